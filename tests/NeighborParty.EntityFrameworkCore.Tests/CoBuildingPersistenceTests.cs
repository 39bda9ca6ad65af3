using Microsoft.Extensions.DependencyInjection;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>Co-building on each provider: covenants with versions and signatures, the menu with bookings, orders, positions, teams, motions.</summary>
public sealed class CoBuildingPersistenceTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private static async Task<(Place Compound, OrganizationUnit Branch, Place Community)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区"));
        var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "水南街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "江南社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "豫轩里小区党支部", [compound.Id]) { Established = new LocalDate(2020, 5, 1) });
        return (compound, branch, community);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Covenants_menu_orders_positions_teams_and_motions_round_trip(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (compound, branch, community) = await SeedAsync(db);
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        CovenantId covenantId;
        ServiceOrderId orderId;
        OfferingId offeringId;
        PartnerId federation;
        await using (var scope = db.Scope())
        {
            federation = (await scope.Get<PartnerService>().RegisterAsync(new PartnerDetails("延平区妇联", PartnerCategory.MassOrganisation, compound.ParentId!.Value, MassOrganisationKind.WomensFederation,
                ContactPhone: "13905991234"))).Id;
            var deputy = await scope.Get<PartnerService>().RegisterAsync(new PartnerDetails("王代表", PartnerCategory.PeoplesCongressDeputy, community.Id));
            var covenant = await scope.Get<CovenantService>().DraftAsync("豫轩里共建盟约", branch.Id, [federation], year,
                [new CommitmentDetails(CommitmentKind.Service, "百合姐姐法理家庭服务", 12, "场次", "每月一次", federation)]);
            covenantId = covenant.Id;
            await scope.Get<CovenantService>().SubmitAsync(covenantId);
            await scope.Get<CovenantService>().SignAsync(covenantId, null, "沈仲连");
            await scope.Get<CovenantService>().SignAsync(covenantId, federation, "林主席");
            var key = covenant.CommitmentsOf(1)[0].Key;
            await scope.Get<CovenantService>().AmendAsync(covenantId, year, [new CommitmentDetails(CommitmentKind.Service, "百合姐姐法理家庭服务", 24, "场次", Key: key)]);
            var offering = await scope.Get<MenuService>().PublishAsync(federation, new OfferingDetails("family-service", "百合姐姐", ServiceMode.Menu, 1, CapacityPeriod.Month, [compound.Id],
                CovenantId: covenantId, CommitmentKey: key));
            offeringId = offering.Id;
            var order = await scope.Get<MenuService>().OrderAsync(offeringId, compound.Id, "家庭纠纷调解", new LocalDate(2026, 11, 27));
            orderId = order.Id;
            await scope.Get<MenuService>().AcceptAsync(orderId);
            await scope.Get<MenuService>().ScheduleAsync(orderId, new LocalDate(2026, 11, 27));
            await scope.Get<MenuService>().DeliverAsync(orderId, new LocalDate(2026, 11, 27), 30);
            await scope.Get<MenuService>().RateAsync(orderId, 5, "很好");
            await scope.Get<DeploymentService>().OpenPositionAsync("women-home", "豫轩里妇女微家", compound.Id, federation, new LocalDate(2022, 3, 8));
            await scope.Get<DeploymentService>().DeployTeamAsync("women-post", "巾帼文明岗", federation, community.Id, [compound.Id], new LocalDate(2025, 1, 1));
            var motion = await scope.Get<DeploymentService>().FileMotionAsync(deputy.Id, MotionKind.Suggestion, "关于豫轩里停车难的建议", compound.Id, "延平区人大常委会", new LocalDate(2026, 3, 1));
            await scope.Get<DeploymentService>().MoveMotionAsync(motion.Id, MotionStatus.Accepted, new LocalDate(2026, 3, 20), handledBy: "区住建局");
        }

        await using (var scope = db.Scope())
        {
            var covenant = await scope.Get<CovenantService>().GetAsync(covenantId);
            Assert.Equal((2, 1), (covenant.Latest.Number, covenant.Effective!.Number));
            Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(new LocalDate(2026, 11, 27)));
            Assert.Equal(2, covenant.SignaturesOf(1).Count);
            Assert.Equal(12m, covenant.CommitmentsOf(1).Single().Quantity);
            Assert.Equal(24m, covenant.CommitmentsOf(2).Single().Quantity);
            var fulfilment = Assert.Single(covenant.Fulfilments); // the delivery counted, in the same transaction
            Assert.Equal((FulfilmentSource.Order, orderId.Value), (fulfilment.Source, fulfilment.SourceId!.Value));

            var order = await scope.Get<MenuService>().GetOrderAsync(orderId);
            Assert.Equal((OrderState.Rated, 5, 30), (order.State, order.Rating!.Value, order.Participants!.Value));
            Assert.Equal(5, order.Steps.Count);
            var offering = await scope.Get<MenuService>().GetOfferingAsync(offeringId);
            Assert.Equal(1, offering.BookedIn(new LocalDate(2026, 11, 1)));
            Assert.True(offering.Serves(compound.Id));

            var context = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
            Assert.Equal(2, context.Partners.Count());
            Assert.Equal(1, context.Positions.Count());
            Assert.Equal(1, context.DeployedTeams.Count());
            Assert.Equal(MotionStatus.Accepted, context.DeputyMotions.Single().Status);

            // The delivery became an activity of the ledger, in the same transaction.
            var activity = context.Activities.Single();
            Assert.Equal(("service-delivery", 30, orderId), (activity.Kind, activity.Participants, activity.ServiceOrderId!.Value));
            Assert.Equal(federation, activity.Partners.Single().PartnerId);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_clerks_accepting_the_last_unit_of_capacity_at_once_book_it_once(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (compound, _, _) = await SeedAsync(db);
        var orders = new List<ServiceOrderId>();
        OfferingId offeringId;
        await using (var scope = db.Scope())
        {
            var partner = await scope.Get<PartnerService>().RegisterAsync(new PartnerDetails("某律所", PartnerCategory.ChamberOrEnterprise, compound.ParentId!.Value));
            offeringId = (await scope.Get<MenuService>().PublishAsync(partner.Id, new OfferingDetails("legal-advice", "法律咨询", ServiceMode.Menu, 1, CapacityPeriod.Month, [compound.Id]))).Id;
            for (var i = 0; i < 4; i++)
            {
                orders.Add((await scope.Get<MenuService>().OrderAsync(offeringId, compound.Id, "咨询" + i, new LocalDate(2026, 12, 10))).Id);
            }
        }

        var outcomes = await Task.WhenAll(orders.Select(async id =>
        {
            await using var scope = db.Scope();
            try
            {
                await scope.Get<MenuService>().AcceptAsync(id);
                return "accepted";
            }
            catch (RuleViolationException ex)
            {
                return ex.Code;
            }
        }));
        Assert.Single(outcomes, o => o == "accepted");
        Assert.All(outcomes.Where(o => o != "accepted"), o => Assert.True(o is "NP-COB-010" or "NP-CON-002" or "NP-CON-001", o));
        await using (var scope = db.Scope())
        {
            Assert.Equal(1, (await scope.Get<MenuService>().GetOfferingAsync(offeringId)).BookedIn(new LocalDate(2026, 12, 1)));
            var states = new List<OrderState>();
            foreach (var id in orders)
            {
                states.Add((await scope.Get<MenuService>().GetOrderAsync(id)).State);
            }

            Assert.Single(states, s => s == OrderState.Accepted);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_accept_from_a_stale_read_is_refused_whole_the_order_stays_declined_and_no_slot_is_taken(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (compound, _, _) = await SeedAsync(db);
        OfferingId offeringId;
        ServiceOrderId orderId;
        await using (var setup = db.Scope())
        {
            var partner = await setup.Get<PartnerService>().RegisterAsync(new PartnerDetails("某律所", PartnerCategory.ChamberOrEnterprise, compound.ParentId!.Value));
            offeringId = (await setup.Get<MenuService>().PublishAsync(partner.Id, new OfferingDetails("legal-advice", "法律咨询", ServiceMode.Menu, 1, CapacityPeriod.Month, [compound.Id]))).Id;
            orderId = (await setup.Get<MenuService>().OrderAsync(offeringId, compound.Id, "咨询", new LocalDate(2026, 12, 10))).Id;
        }

        // Clerk A reads the order; clerk B declines it; clerk A accepts from what it read.
        await using var clerkA = db.Scope();
        var staleRead = await clerkA.ServiceProvider.GetRequiredService<NeighborParty.Persistence.IRepository<ServiceOrder>>().GetByIdAsync(orderId);
        Assert.Equal(OrderState.Ordered, staleRead!.State);
        await using (var clerkB = db.Scope())
        {
            await clerkB.Get<MenuService>().DeclineAsync(orderId, "人手不足");
        }

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => clerkA.Get<MenuService>().AcceptAsync(orderId));
        Assert.Equal("NP-CON-002", refused.Code);
        await using var check = db.Scope();
        var menu = check.Get<MenuService>();
        Assert.Equal(OrderState.Declined, (await menu.GetOrderAsync(orderId)).State);
        Assert.Equal(0, (await menu.GetOfferingAsync(offeringId)).BookedIn(new LocalDate(2026, 12, 1))); // the month's slot was not taken
    }
}
