using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>Appointments, owners' committees, coverage and the team on each provider.</summary>
public sealed class StewardPersistenceTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string IdNumber(int n)
    {
        var body = $"350702{new LocalDate(1952, 1, 1).PlusDays(n):yyyyMMdd}{n % 1000:000}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Appointments_and_the_owners_committee_round_trip_and_report(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        Place compound, building, other;
        OrganizationUnit branch, otherBranch, group;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
            var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
            compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭"));
            other = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "百福小区"));
            building = await places.RegisterAsync(compound.Id, new NewPlace(PlaceKind.Building, "1号楼"));
            await places.RegisterAsync(compound.Id, new NewPlace(PlaceKind.Building, "2号楼"));
            var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
            var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
            var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
            branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "武夷香榭小区党支部", [compound.Id]) { Established = new LocalDate(2019, 7, 1) });
            otherBranch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "百福小区党支部", [other.Id]) { Established = new LocalDate(2019, 7, 1) });
            group = await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", []) { Established = new LocalDate(2020, 1, 1) });
        }

        var members = new List<PartyMember>();
        await using (var scope = db.Scope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<MemberLedger>();
            for (var i = 1; i <= 8; i++)
            {
                members.Add(await ledger.RecordAsync(new MemberDetails($"党员{i}", IdNumber(i), new LocalDate(1975, 7, 1), MemberCategory.Retired)
                {
                    MadeFull = new LocalDate(1976, 7, 1), ResidenceCompoundId = compound.Id,
                }, MemberRelationship.InUnit(branch.Id)));
            }
        }

        AppointmentId secretaryId, leaderId;
        await using (var scope = db.Scope())
        {
            var start = new LocalDate(2025, 12, 1);
            secretaryId = (await scope.Get<AppointmentService>().AppointAsync(new NewAppointment("secretary", members[0].Id, null, branch.Id, null, null, start, null, AppointmentBasis.ElectedByCommittee, "剑津社区党委批复"))).Id;
            await scope.Get<AppointmentService>().AppointAsync(new NewAppointment("committee-organisation", members[1].Id, null, branch.Id, null, null, start, null, AppointmentBasis.ElectedByAssembly));
            await scope.Get<GovernanceService>().SetGovernanceAsync(compound.Id, new CompoundGovernanceDetails(PropertyManagement.SelfManaged, OwnersCommittee: new OwnersCommitteeDetails(
                new LocalDate(2025, 11, 20), new DateInterval(start, new LocalDate(2030, 11, 30)),
                [new OwnersCommitteeSeatDetails("陈美华", OwnersCommitteePosition.ViceChair), new OwnersCommitteeSeatDetails(members[0].Name, OwnersCommitteePosition.Chair, members[0].Id)])));
            await scope.Get<AppointmentService>().AppointAsync(new NewAppointment("owners-committee-chair", members[0].Id, null, null, compound.Id, null, start, null, AppointmentBasis.ElectedByOwners));
            leaderId = (await scope.Get<AppointmentService>().AppointAsync(new NewAppointment("building-leader", members[2].Id, null, null, building.Id, null, new LocalDate(2024, 1, 1), null, AppointmentBasis.AppointedLocally))).Id;
            await scope.Get<AppointmentService>().EndAsync(leaderId, new LocalDate(2025, 6, 30), AppointmentEndReason.Resigned, "搬家");
            await scope.Get<AppointmentService>().AppointAsync(new NewAppointment("group-leader", members[3].Id, null, group.Id, null, null, start, null, AppointmentBasis.AppointedLocally));
            await scope.Get<AppointmentService>().ChangeTermAsync(secretaryId, new LocalDate(2031, 6, 30), "紫云街道党工委", new LocalDate(2026, 11, 1));
        }

        await using (var scope = db.Scope())
        {
            var secretary = await scope.Get<AppointmentService>().GetAsync(secretaryId);
            Assert.Equal((new LocalDate(2031, 6, 30), new LocalDate(2030, 11, 30), "紫云街道党工委", "剑津社区党委批复", 2L),
                (secretary.End, secretary.RegularEnd, secretary.TermChangeApprovedBy, secretary.BasisNote, secretary.Version));
            var leader = await scope.Get<AppointmentService>().GetAsync(leaderId);
            Assert.Equal((new LocalDate(2025, 6, 30), AppointmentEndReason.Resigned, "搬家", compound.Id), (leader.EndedOn!.Value, leader.EndReason!.Value, leader.EndNote, leader.CompoundId!.Value));

            var governance = (await scope.Get<GovernanceService>().GetGovernanceAsync(compound.Id))!;
            Assert.Equal(["Chair", "ViceChair"], governance.Seats.Select(s => s.Position.ToString()));
            Assert.Equal(members[0].Id, governance.Chair!.MemberId);
            Assert.Equal(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2030, 11, 30)), governance.CommitteeTerm);

            var team = await scope.Get<StewardReports>().TeamAsync(compound.Id);
            Assert.True(team.CrossHolding);
            Assert.Equal(["secretary", "committee-organisation", "group-leader", "owners-committee-chair"], team.Seats.Select(s => s.Role));

            var coverage = await scope.Get<StewardReports>().CoverageAsync(compound.ParentId!.Value);
            Assert.Equal(members[0].Id, Assert.Single(coverage.CrossHoldings).MemberId);
            Assert.Equal("百福小区党支部", Assert.Single(coverage.BranchesWithoutSecretary).Name);
            Assert.Equal(CommitteeGapKind.TooSmall, Assert.Single(coverage.CommitteeGaps).Kind);
            Assert.Equal(leaderId, Assert.Single(coverage.Vacancies).Id);
            Assert.Equal(2, coverage.BuildingsWithoutLeader.Count);

            // In the database itself, not in some memory of the process.
            var db2 = scope.ServiceProvider.GetRequiredService<NeighborParty.EntityFrameworkCore.Persistence.NeighborPartyDbContext>();
            Assert.Equal(5, db2.Appointments.Count());
            Assert.Equal(2, db2.CompoundGovernance.SelectMany(g => g.Seats).Count());

            var held = await scope.ServiceProvider.GetRequiredService<IReadRepository<Appointment>>()
                .ListAsync(new AppointmentsInScopeSpec(branch.Path, [compound.Path], new AppointmentFilter(HeldOn: new LocalDate(2025, 1, 1))));
            Assert.Equal(leaderId, Assert.Single(held).Id);
        }

        // Moving a group to another branch carries its leader's position along.
        await using (var scope = db.Scope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<OrganizationTree>().MoveAsync(group.Id, otherBranch.Id);
            var appointments = scope.ServiceProvider.GetRequiredService<IReadRepository<Appointment>>();
            var found = Assert.Single(await appointments.ListAsync(new AppointmentsInScopeSpec(otherBranch.Path, [], take: null)));
            Assert.Equal(("group-leader", moved.Path), (found.RoleKey, found.SitePath));
            Assert.DoesNotContain(await appointments.ListAsync(new AppointmentsInScopeSpec(branch.Path, [], take: null)), a => a.RoleKey == "group-leader");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_governance_record_per_compound_even_from_two_writers(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        Place compound;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
            var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
            compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭"));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var scope = db.Scope();
            try
            {
                await scope.Get<GovernanceService>().SetGovernanceAsync(compound.Id,
                    new CompoundGovernanceDetails(PropertyManagement.PropertyCompany, $"物业{i}"), expectedVersion: 0);
                return "stored";
            }
            catch (NeighborParty.Common.RuleViolationException ex)
            {
                return ex.Code;
            }
        }));
        Assert.Contains("stored", outcomes);
        Assert.All(outcomes.Where(o => o != "stored"), o => Assert.StartsWith("NP-CON-00", o, StringComparison.Ordinal));
        await using (var scope = db.Scope())
        {
            Assert.Single(await scope.ServiceProvider.GetRequiredService<IReadRepository<CompoundGovernance>>().ListAsync());
        }
    }
}
