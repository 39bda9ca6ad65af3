using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Testing;

/// <content>The steps that build the world, capability by capability.</content>
public sealed partial class ConformanceWorld
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid mainland ID-card number (checksum included) for the <paramref name="n"/>-th person.</summary>
    /// <param name="n">A small number.</param>
    /// <returns>The 18-character number.</returns>
    public static string IdNumber(int n)
    {
        var body = $"350702{new LocalDate(1952, 1, 1).PlusDays(n):yyyyMMdd}{n % 1000:000}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    private async Task BuildTreesAsync(IServiceProvider services, CancellationToken ct) =>
        await InScopeAsync(services, async sp =>
        {
            var places = sp.GetRequiredService<PlaceDirectory>();
            var tree = sp.GetRequiredService<OrganizationTree>();
            District = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"), ct);
            Street = await places.RegisterAsync(District.Id, new NewPlace(PlaceKind.Street, "紫云街道"), ct);
            Community = await places.RegisterAsync(Street.Id, new NewPlace(PlaceKind.Community, "剑津社区"), ct);
            Compound = await places.RegisterAsync(Community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭") { CompoundKind = CompoundKind.Open, Households = 310, Latitude = 26.6412, Longitude = 118.1735 }, ct);
            OtherCompound = await places.RegisterAsync(Community.Id, new NewPlace(PlaceKind.Compound, "百福小区"), ct);
            Building = await places.RegisterAsync(Compound.Id, new NewPlace(PlaceKind.Building, "1号楼"), ct);
            await places.RegisterAsync(OtherCompound.Id, new NewPlace(PlaceKind.Building, "1号楼"), ct);
            Root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [District.Id]) { Established = new LocalDate(1994, 1, 1) }, ct);
            StreetUnit = await tree.AddChildAsync(Root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [Street.Id])
                { Established = new LocalDate(2002, 1, 1) }, ct);
            CommunityUnit = await tree.AddChildAsync(StreetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [Community.Id])
                { Established = new LocalDate(2010, 1, 1) }, ct);
            Branch = await tree.AddChildAsync(CommunityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "武夷香榭小区党支部", [Compound.Id])
                { Established = new LocalDate(2019, 7, 1) }, ct);
            OtherBranch = await tree.AddChildAsync(CommunityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "百福小区党支部", [OtherCompound.Id])
                { Established = new LocalDate(2019, 7, 1) }, ct);
            Group = await tree.AddChildAsync(Branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", [])
                { Established = new LocalDate(2020, 1, 1) }, ct);
            return 0;
        });

    private async Task<List<PartyMember>> BuildLedgerAsync(IServiceProvider services, CancellationToken ct) =>
        await InScopeAsync(services, async sp =>
        {
            var ledger = sp.GetRequiredService<MemberLedger>();
            var members = new List<PartyMember>();
            for (var i = 1; i <= 4; i++)
            {
                members.Add(await ledger.RecordAsync(new MemberDetails($"党员{i}", IdNumber(i), new LocalDate(1975, 7, 1), MemberCategory.Retired)
                {
                    MadeFull = new LocalDate(1976, 7, 1), ResidenceCompoundId = Compound.Id, ResidenceBuildingId = Building.Id,
                }, MemberRelationship.InUnit(i == 4 ? Group.Id : Branch.Id), cancellationToken: ct));
            }

            // An in-service member held outside the tree, registered (报到) where they live (MR-5).
            var commuter = await ledger.RecordAsync(new MemberDetails("在职党员", IdNumber(9), new LocalDate(2001, 7, 1), MemberCategory.InService)
            {
                MadeFull = new LocalDate(2002, 7, 1), Phone = "13905991234",
            }, MemberRelationship.Outside("南平市某局机关党支部"), cancellationToken: ct);
            members.Add(await ledger.RegisterAsync(commuter.Id, Compound.Id, Building.Id, "一网格", cancellationToken: ct));

            var appointments = sp.GetRequiredService<AppointmentService>();
            var start = new LocalDate(2025, 12, 1);
            await appointments.AppointAsync(new NewAppointment("secretary", members[0].Id, null, Branch.Id, null, null, start, null, AppointmentBasis.ElectedByCommittee, "剑津社区党委批复"), ct);
            await appointments.AppointAsync(new NewAppointment("building-leader", members[1].Id, null, null, Building.Id, null, start, null, AppointmentBasis.AppointedLocally), ct);
            await appointments.AppointAsync(new NewAppointment("group-leader", members[3].Id, null, Group.Id, null, null, start, null, AppointmentBasis.AppointedLocally), ct);
            var resident = await ledger.RecordResidentAsync("陈美华", Compound.Id, Building.Id, "13905990001", ct);
            await sp.GetRequiredService<GovernanceService>().SetGovernanceAsync(Compound.Id, new CompoundGovernanceDetails(PropertyManagement.PropertyCompany, "南平某物业服务有限公司",
                "13905990002", new OwnersCommitteeDetails(new LocalDate(2025, 11, 20), new DateInterval(start, new LocalDate(2030, 11, 30)),
                [new OwnersCommitteeSeatDetails(resident.Name, OwnersCommitteePosition.Chair, null, resident.Id), new OwnersCommitteeSeatDetails(members[2].Name, OwnersCommitteePosition.Member, members[2].Id)])),
                cancellationToken: ct);
            return members;
        });

    private async Task<(Partner Federation, Partner Deputy)> BuildCoBuildingAsync(IServiceProvider services, List<PartyMember> members, CancellationToken ct) =>
        await InScopeAsync(services, async sp =>
        {
            var partners = sp.GetRequiredService<PartnerService>();
            var federation = await partners.RegisterAsync(new PartnerDetails("延平区妇联", PartnerCategory.MassOrganisation, District.Id, MassOrganisationKind.WomensFederation,
                ContactPhone: "13905991235"), ct);
            var deputy = await partners.RegisterAsync(new PartnerDetails("王代表", PartnerCategory.PeoplesCongressDeputy, Community.Id), ct);
            var covenants = sp.GetRequiredService<CovenantService>();
            var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
            var covenant = await covenants.DraftAsync("武夷香榭共建盟约", Branch.Id, [federation.Id], year,
                [new CommitmentDetails(CommitmentKind.Service, "百合姐姐法理家庭服务", 12, "场次", "每月一次", federation.Id)], ct);
            await covenants.SubmitAsync(covenant.Id, cancellationToken: ct);
            await covenants.SignAsync(covenant.Id, null, members[0].Name, cancellationToken: ct);
            covenant = await covenants.SignAsync(covenant.Id, federation.Id, "林主席", cancellationToken: ct);
            var menu = sp.GetRequiredService<MenuService>();
            var offering = await menu.PublishAsync(federation.Id, new OfferingDetails("family-service", "百合姐姐", ServiceMode.Menu, 4, CapacityPeriod.Month, [Compound.Id],
                CovenantId: covenant.Id, CommitmentKey: covenant.CommitmentsOf(1)[0].Key), ct);
            var order = await menu.OrderAsync(offering.Id, Compound.Id, "家庭纠纷调解", Today, ct);
            await menu.AcceptAsync(order.Id, cancellationToken: ct);
            await menu.ScheduleAsync(order.Id, Today, cancellationToken: ct);
            await menu.DeliverAsync(order.Id, Today, 12, cancellationToken: ct); // records an activity and a fulfilment in the same commit
            var deployments = sp.GetRequiredService<DeploymentService>();
            await deployments.OpenPositionAsync("women-home", "武夷香榭妇女微家", Compound.Id, federation.Id, new LocalDate(2022, 3, 8), ct);
            await deployments.DeployTeamAsync("women-post", "巾帼文明岗", federation.Id, Community.Id, [Compound.Id], new LocalDate(2025, 1, 1), cancellationToken: ct);
            await deployments.FileMotionAsync(deputy.Id, MotionKind.Suggestion, "关于武夷香榭停车难的建议", Compound.Id, "延平区人大常委会", new LocalDate(2026, 3, 1), ct);
            return (federation, deputy);
        });

    private async Task BuildRequestsAndActivitiesAsync(IServiceProvider services, List<PartyMember> members, (Partner Federation, Partner Deputy) partners, CancellationToken ct) =>
        await InScopeAsync(services, async sp =>
        {
            var zone = sp.GetRequiredService<NeighborPartyOptions>().TimeZone;
            var accounting = sp.GetRequiredService<AccountingService>();
            await sp.GetRequiredService<ActivityLedger>().RecordAsync(new NewActivity("volunteer-service", "楼道清洁", Compound.Id,
                new LocalDate(2026, 10, 17).At(new LocalTime(9, 0)).InZoneLeniently(zone), 15, Group.Id, [(members[3].Id, 2m), (members[4].Id, 1.5m)], [partners.Federation.Id]), ct);
            await accounting.CloseAsync(Compound.Id, new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)), ct);
            await accounting.CorrectAsync(new NewCorrection(Figures.VolunteerServices, Compound.Id, 1, new LocalDate(2026, 10, 20), "补登一次志愿服务"), ct);

            var desk = sp.GetRequiredService<RequestDesk>();
            var residents = await sp.GetRequiredService<Persistence.IReadRepository<Resident>>().ListAsync(ct);
            var request = await desk.SubmitAsync(new NewRequest("parking", "doorstep-post", Compound.Id, "小区门口乱停车", residents[0].Id, Building.Id, 26.64, 118.17, true), ct);
            await desk.AcceptAsync(request.Id, cancellationToken: ct);
            await desk.PostWishAsync(residents[0].Id, "希望有人帮忙修自行车", ct);
            var deliberation = await sp.GetRequiredService<DeliberationService>().ConveneAsync(new NewDeliberation("停车秩序议事", Compound.Id, "listening-garden", Now,
                [request.Id], [new NewParticipant(ParticipantParty.Branch, members[0].Name, members[0].Id.Value), new NewParticipant(ParticipantParty.ResidentRepresentative, residents[0].Name)]), ct);
            await sp.GetRequiredService<DeliberationService>().ProposeAsync(deliberation.Id, "划定临时停车位", 1, cancellationToken: ct);
            await sp.GetRequiredService<ProjectService>().PlanAsync(new NewProject("停车位改造", Branch.Id, Compound.Id, new LocalDate(2026, 11, 20), [partners.Federation.Id], [request.Id]), ct);

            // A resident under neighbourhood care, with guardians, a contact and an action: every value collection of the record.
            var care = sp.GetRequiredService<Care.CareService>();
            var record = await care.RegisterAsync(new Care.NewCareRecord(residents[0].Id, Care.CareNeeds.IsolatedElderly | Care.CareNeeds.SeriousIllness,
                new Care.CareConsent("陈美华", "本人", new LocalDate(2026, 11, 1), "书面签字"),
                [new Care.NewGuardian(Care.GuardianKind.Neighbour, "熊万勤", "每天上门看看"), new Care.NewGuardian(Care.GuardianKind.PartyMember, members[0].Name, "每周探访", members[0].Id)],
                "高血压，独居"), ct);
            await care.RecordContactAsync(record.Id, new Care.CareContact(Now, 1, "熊万勤", Care.ContactMode.Visit, "精神尚好", Concern: true), cancellationToken: ct);
            await care.EscalateAsync(record.Id, Care.EscalationLevel.Branch, Care.CareActionKind.MedicalHelp, "联系家庭医生上门", cancellationToken: ct);
            return 0;
        });
}
