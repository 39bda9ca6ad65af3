using Microsoft.Extensions.DependencyInjection;
using NeighborParty.CoBuilding;
using NeighborParty.Persistence;
using NeighborParty.Common;
using NodaTime;
using static NeighborParty.Core.Tests.CoBuilding.CoBuildingFixture;

namespace NeighborParty.Core.Tests.CoBuilding;

public sealed class CoBuildingTests
{
    private static (string Code, RuleViolationKind Kind) Refused(Action act)
    {
        var ex = Assert.Throws<RuleViolationException>(act);
        return (ex.Code, ex.Violation.Kind);
    }

    [Fact]
    public void Partners_are_the_six_kinds_and_mass_organisations_say_which()
    {
        var f = new CoBuildingFixture();
        Assert.False(f.WomensFederation.IsDeputy);
        Assert.True(f.Deputy.IsDeputy);
        Assert.Equal("NP-COB-001", Refused(() => Run(f.Partners.RegisterAsync(new PartnerDetails("某群团", PartnerCategory.MassOrganisation, f.Ledger.Tree.District.Id)))).Code);
        Assert.Equal("NP-COB-001", Refused(() => Run(f.Partners.RegisterAsync(new PartnerDetails("某企业", PartnerCategory.ChamberOrEnterprise, f.Ledger.Tree.District.Id,
            MassOrganisationKind.TradeUnion)))).Code);
        Assert.Equal("NP-COB-001", Refused(() => Run(f.Partners.RegisterAsync(new PartnerDetails("某单位", PartnerCategory.GovernmentOrgan, f.Compound.Id)))).Code);
        Assert.Equal("NP-GEN-004", Refused(() => Run(f.Partners.RegisterAsync(new PartnerDetails("某单位", (PartnerCategory)9, f.Ledger.Tree.District.Id)))).Code);
        Assert.Equal("NP-COB-001", Refused(() => Run(f.Partners.ChangeAsync(f.Deputy.Id, new PartnerDetails("王代表", PartnerCategory.GovernmentOrgan, f.Ledger.Tree.District.Id)))).Code);
    }

    [Fact]
    public void A_covenant_goes_draft_awaiting_in_force_once_every_party_signed()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Draft(f.WomensFederation, f.YouthLeague);
        Assert.Equal(CovenantStatus.Draft, covenant.StatusOn(Today));
        covenant = Run(f.Covenants.SubmitAsync(covenant.Id));
        Assert.Equal(CovenantStatus.AwaitingSignatures, covenant.StatusOn(Today));
        covenant = Run(f.Covenants.SignAsync(covenant.Id, f.WomensFederation.Id, "林主席"));
        covenant = Run(f.Covenants.SignAsync(covenant.Id, null, "沈仲连"));
        Assert.Equal(CovenantStatus.AwaitingSignatures, covenant.StatusOn(Today));
        Assert.Equal([f.YouthLeague.Id], covenant.MissingSignatures());
        covenant = Run(f.Covenants.SignAsync(covenant.Id, f.YouthLeague.Id, "陈书记"));
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(Today));
        Assert.Equal(CovenantStatus.FullySigned, covenant.StatusOn(new LocalDate(2025, 12, 31)));
        Assert.Equal(CovenantStatus.Expired, covenant.StatusOn(new LocalDate(2027, 1, 1)));
        Assert.Equal(3, covenant.SignaturesOf(1).Count);
    }

    [Fact]
    public void Each_party_signs_once_only_parties_sign_and_only_what_was_sent()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Draft();
        Assert.Equal(("NP-COB-004", RuleViolationKind.Conflict), Refused(() => Run(f.Covenants.SignAsync(covenant.Id, null, "沈仲连"))));
        covenant = Run(f.Covenants.SubmitAsync(covenant.Id));
        covenant = Run(f.Covenants.SignAsync(covenant.Id, null, "沈仲连"));
        Assert.Equal(("NP-COB-005", RuleViolationKind.Conflict), Refused(() => Run(f.Covenants.SignAsync(covenant.Id, null, "另一人"))));
        Assert.Equal(("NP-COB-005", RuleViolationKind.Refused), Refused(() => Run(f.Covenants.SignAsync(covenant.Id, f.YouthLeague.Id, "陈书记"))));
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.EditDraftAsync(covenant.Id, Year, [Lessons]))).Code);
        Assert.Equal("NP-GEN-001", Refused(() => Run(f.Covenants.SignAsync(covenant.Id, f.WomensFederation.Id, " "))).Code);
    }

    [Fact]
    public void Drafts_are_checked()
    {
        var f = new CoBuildingFixture();
        Assert.Equal("NP-COB-003", Refused(() => Run(f.Covenants.DraftAsync("盟约", f.Branch.Id, [], Year, [Lessons]))).Code);
        Assert.Equal("NP-COB-003", Refused(() => Run(f.Covenants.DraftAsync("盟约", f.Branch.Id, [f.WomensFederation.Id, f.WomensFederation.Id], Year, [Lessons]))).Code);
        Assert.Equal("NP-COB-003", Refused(() => Run(f.Covenants.DraftAsync("盟约", f.Ledger.Root.Id, [f.WomensFederation.Id], Year, [Lessons]))).Code);
        Assert.Equal("NP-COB-007", Refused(() => Run(f.Covenants.DraftAsync("盟约", f.Branch.Id, [f.WomensFederation.Id], Year,
            [Lessons with { Quantity = -1 }]))).Code);
        Assert.Equal("NP-COB-007", Refused(() => Run(f.Covenants.DraftAsync("盟约", f.Branch.Id, [f.WomensFederation.Id], Year,
            [Lessons with { PartnerId = f.YouthLeague.Id }]))).Code);
        var empty = Run(f.Covenants.DraftAsync("盟约", f.Ledger.Community.Id, [f.WomensFederation.Id], Year, []));
        Assert.Equal("NP-COB-007", Refused(() => Run(f.Covenants.SubmitAsync(empty.Id))).Code);
        empty = Run(f.Covenants.EditDraftAsync(empty.Id, Year, [Lessons]));
        empty = Run(f.Covenants.SubmitAsync(empty.Id));
    }

    [Fact]
    public void An_amendment_is_a_new_version_signed_again_while_the_signed_one_stays_in_force()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Signed();
        var key = covenant.CommitmentsOf(1)[0].Key;
        covenant = Run(f.Covenants.AmendAsync(covenant.Id, Year, [Lessons with { Quantity = 24, Key = key }, new CommitmentDetails(CommitmentKind.Venue, "妇女微家场地")]));
        Assert.Equal(2, covenant.Latest.Number);
        Assert.Equal(1, covenant.Effective!.Number);
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(Today));
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.AmendAsync(covenant.Id, Year, [Lessons]))).Code); // one pending at a time
        covenant = Run(f.Covenants.SubmitAsync(covenant.Id));
        covenant = Run(f.Covenants.SignAsync(covenant.Id, null, "沈仲连"));
        Assert.Equal(1, covenant.Effective!.Number);
        covenant = Run(f.Covenants.SignAsync(covenant.Id, f.WomensFederation.Id, "林主席"));
        Assert.Equal(2, covenant.Effective!.Number);
        Assert.Equal(24m, covenant.CommitmentsOf(2).Single(c => c.Key == key).Quantity);
        Assert.Equal(12m, covenant.CommitmentsOf(1).Single().Quantity); // the signed version never changed

        covenant = Run(f.Covenants.AmendAsync(covenant.Id, Year, [Lessons]));
        covenant = Run(f.Covenants.WithdrawAmendmentAsync(covenant.Id));
        Assert.Equal(CovenantVersionState.Withdrawn, covenant.Latest.State);
        Assert.Equal(2, covenant.Effective!.Number);
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.WithdrawAmendmentAsync(covenant.Id))).Code);
    }

    [Fact]
    public void Termination_renewal_and_fulfilment()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Signed();
        var key = covenant.CommitmentsOf(1)[0].Key;
        covenant = Run(f.Covenants.RecordFulfilmentAsync(covenant.Id, key, 3, new LocalDate(2026, 10, 1), FulfilmentSource.Manual, note: "三场讲座"));
        Assert.Equal(3m, covenant.FulfilledQuantity(key));
        Assert.Equal("NP-COB-007", Refused(() => Run(f.Covenants.RecordFulfilmentAsync(covenant.Id, key, 1, new LocalDate(2025, 10, 1), FulfilmentSource.Manual))).Code);
        Assert.Equal("NP-COB-007", Refused(() => Run(f.Covenants.RecordFulfilmentAsync(covenant.Id, Guid.NewGuid(), 1, Today, FulfilmentSource.Manual))).Code);

        var successor = Run(f.Covenants.RenewAsync(covenant.Id, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31))));
        covenant = Run(f.Covenants.GetAsync(covenant.Id));
        Assert.Equal((covenant.Id, successor.Id), (successor.PredecessorId!.Value, covenant.SuccessorId!.Value));
        Assert.Equal(CovenantStatus.Draft, successor.StatusOn(Today));
        Assert.Equal("百合姐姐法理家庭服务", successor.CommitmentsOf(1).Single().Description);
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.RenewAsync(covenant.Id, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31))))).Code);

        Assert.Equal("NP-COB-006", Refused(() => Run(f.Covenants.TerminateAsync(covenant.Id, new LocalDate(2026, 1, 5), "提前终止"))).Code);
        covenant = Run(f.Covenants.TerminateAsync(covenant.Id, Today, "妇联调整工作安排"));
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(Today)); // CV-1: the termination date is the last day in force
        Assert.Equal(CovenantStatus.Terminated, covenant.StatusOn(Today.PlusDays(1)));
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.TerminateAsync(covenant.Id, Today, "再次终止"))).Code);
        Assert.Equal("NP-COB-004", Refused(() => Run(f.Covenants.TerminateAsync(f.Draft().Id, Today, "草稿"))).Code);
    }

    [Fact]
    public void An_order_goes_ordered_accepted_scheduled_delivered_rated()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Signed();
        var offering = f.Offering(covenant: covenant);
        var order = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "家庭矛盾调解需要法律咨询", new LocalDate(2026, 12, 5)));
        Assert.Equal(OrderState.Ordered, order.State);
        order = Run(f.Menu.AcceptAsync(order.Id));
        Assert.Equal(new LocalDate(2026, 12, 1), order.BookedPeriod);
        Assert.Equal(1, Run(f.Menu.GetOfferingAsync(offering.Id)).BookedIn(new LocalDate(2026, 12, 1)));
        Assert.Equal("NP-COB-006", Refused(() => Run(f.Menu.ScheduleAsync(order.Id, new LocalDate(2026, 11, 1)))).Code);
        order = Run(f.Menu.ScheduleAsync(order.Id, Today));
        offering = Run(f.Menu.GetOfferingAsync(offering.Id));
        Assert.Equal((0, 1), (offering.BookedIn(new LocalDate(2026, 12, 1)), offering.BookedIn(new LocalDate(2026, 11, 1)))); // moved to November
        Assert.Equal("NP-COB-006", Refused(() => Run(f.Menu.DeliverAsync(order.Id, Today.PlusDays(1)))).Code);
        order = Run(f.Menu.DeliverAsync(order.Id, Today, 35));
        Assert.Equal("NP-GEN-003", Refused(() => Run(f.Menu.RateAsync(order.Id, 6))).Code);
        order = Run(f.Menu.RateAsync(order.Id, 5, "很实用"));
        Assert.Equal([OrderState.Ordered, OrderState.Accepted, OrderState.Scheduled, OrderState.Delivered, OrderState.Rated], order.Steps.Select(s => s.State));
        Assert.All(order.Steps, s => Assert.Equal("t:clerk", s.Actor));
        Assert.Equal(("NP-COB-009", RuleViolationKind.Conflict), Refused(() => Run(f.Menu.CancelAsync(order.Id, "晚了"))));
    }

    [Fact]
    public void Capacity_is_respected_and_given_back()
    {
        var f = new CoBuildingFixture();
        var offering = f.Offering(capacity: 1);
        var first = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "第一单", new LocalDate(2026, 12, 5)));
        var second = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "第二单", new LocalDate(2026, 12, 20)));
        var january = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "一月", new LocalDate(2027, 1, 5)));
        first = Run(f.Menu.AcceptAsync(first.Id));
        Assert.Equal(("NP-COB-010", RuleViolationKind.Conflict), Refused(() => Run(f.Menu.AcceptAsync(second.Id))));
        january = Run(f.Menu.AcceptAsync(january.Id));
        Assert.Equal("NP-COB-010", Refused(() => Run(f.Menu.ScheduleAsync(first.Id, new LocalDate(2027, 1, 10)))).Code); // January is full too
        first = Run(f.Menu.CancelAsync(first.Id, "居民另有安排"));
        second = Run(f.Menu.AcceptAsync(second.Id));
        Run(f.Menu.DeclineAsync(Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "第四单", Today)).Id, "人手不足"));
        Assert.Equal(1, Run(f.Menu.GetOfferingAsync(offering.Id)).BookedIn(new LocalDate(2026, 12, 1)));
    }

    [Fact]
    public void Orders_need_a_served_compound_an_active_offering_and_a_future_day()
    {
        var f = new CoBuildingFixture();
        var offering = f.Offering();
        Assert.Equal("NP-COB-009", Refused(() => Run(f.Menu.OrderAsync(offering.Id, f.Ledger.Compounds[1].Id, "需要", Today))).Code);
        Assert.Equal("NP-COB-006", Refused(() => Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", Today.PlusDays(-1)))).Code);
        Assert.Equal("NP-COB-008", Refused(() => Run(f.Menu.PublishAsync(f.YouthLeague.Id, new OfferingDetails("astrology", "占卜", ServiceMode.Menu, 1, CapacityPeriod.Month, [f.Compound.Id])))).Code);
        Assert.Equal("NP-GEN-003", Refused(() => Run(f.Menu.PublishAsync(f.YouthLeague.Id, new OfferingDetails("tutoring", "课业辅导", ServiceMode.Menu, 0, CapacityPeriod.Month, [f.Compound.Id])))).Code);
        Assert.Equal("NP-COB-008", Refused(() => Run(f.Menu.PublishAsync(f.YouthLeague.Id, new OfferingDetails("tutoring", "课业辅导", ServiceMode.Menu, 1, CapacityPeriod.Month, [f.Compound.Id],
            CovenantId: f.Signed().Id, CommitmentKey: Guid.NewGuid())))).Code);
        offering = Run(f.Menu.ChangeOfferingAsync(offering.Id, new OfferingDetails("family-service", "百合姐姐", ServiceMode.Menu, 2, CapacityPeriod.Month, [f.Compound.Id]), active: false));
        Assert.Equal("NP-COB-009", Refused(() => Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", Today))).Code);
    }

    [Fact]
    public void Delivering_an_order_counts_against_the_commitment_it_serves()
    {
        var f = new CoBuildingFixture();
        var covenant = f.Signed();
        var offering = f.Offering(covenant: covenant);
        var order = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", Today));
        order = Run(f.Menu.AcceptAsync(order.Id));
        order = Run(f.Menu.ScheduleAsync(order.Id, Today));
        order = Run(f.Menu.DeliverAsync(order.Id, Today, 20));
        Assert.Empty(order.DomainEvents); // dispatched within the delivery's commit
        var fulfilment = Assert.Single(Run(f.Covenants.GetAsync(covenant.Id)).Fulfilments); // the handler's change joined that commit
        Assert.Equal((1m, FulfilmentSource.Order, order.Id.Value), (fulfilment.Quantity, fulfilment.Source, fulfilment.SourceId!.Value));
    }

    [Fact]
    public void Positions_teams_and_motions()
    {
        var f = new CoBuildingFixture();
        var position = Run(f.Deployments.OpenPositionAsync("women-home", "豫轩里妇女微家", f.Compound.Id, f.WomensFederation.Id, new LocalDate(2022, 3, 8)));
        Assert.True(position.IsOpenOn(Today));
        Assert.Equal("NP-COB-011", Refused(() => Run(f.Deployments.OpenPositionAsync("casino", "赌场", f.Compound.Id, null, Today))).Code);
        Assert.Equal("NP-COB-006", Refused(() => Run(f.Deployments.ClosePositionAsync(position.Id, new LocalDate(2022, 3, 8)))).Code);
        position = Run(f.Deployments.ClosePositionAsync(position.Id, Today));
        Assert.False(position.IsOpenOn(Today));

        var team = Run(f.Deployments.DeployTeamAsync("women-post", "巾帼文明岗", f.WomensFederation.Id, f.Ledger.CommunityPlace.Id, [f.Compound.Id, f.Ledger.Compounds[1].Id], new LocalDate(2025, 1, 1)));
        Assert.True(team.ServesOn(Today));
        Assert.Equal("NP-COB-011", Refused(() => Run(f.Deployments.DeployTeamAsync("women-post", "巾帼文明岗", null, f.Ledger.CommunityPlace.Id,
            [f.Ledger.Tree.Compounds.Last().Id], new LocalDate(2025, 1, 1)))).Code); // outside the community
        team = Run(f.Deployments.EndTeamAsync(team.Id, Today));

        var motion = Run(f.Deployments.FileMotionAsync(f.Deputy.Id, MotionKind.Suggestion, "关于豫轩里停车难问题的建议", f.Compound.Id, "延平区人大常委会", new LocalDate(2026, 3, 1)));
        Assert.Equal("NP-COB-012", Refused(() => Run(f.Deployments.FileMotionAsync(f.WomensFederation.Id, MotionKind.Proposal, "提案", f.Compound.Id, "区政协", Today))).Code);
        Assert.Equal(("NP-COB-012", RuleViolationKind.Conflict), Refused(() => Run(f.Deployments.MoveMotionAsync(motion.Id, MotionStatus.Answered, Today, "已答复"))));
        motion = Run(f.Deployments.MoveMotionAsync(motion.Id, MotionStatus.Accepted, new LocalDate(2026, 3, 20), handledBy: "区住建局"));
        Assert.Equal("NP-COB-012", Refused(() => Run(f.Deployments.MoveMotionAsync(motion.Id, MotionStatus.Answered, Today))).Code); // needs the answer
        motion = Run(f.Deployments.MoveMotionAsync(motion.Id, MotionStatus.Answered, new LocalDate(2026, 6, 1), "新增停车位120个"));
        motion = Run(f.Deployments.MoveMotionAsync(motion.Id, MotionStatus.Closed, new LocalDate(2026, 6, 10), "满意"));
        Assert.Equal((MotionStatus.Closed, "区住建局"), (motion.Status, motion.HandledBy));
    }

    [Fact]
    public void An_accept_from_a_stale_read_is_refused_whole_the_order_stays_declined_and_no_slot_is_taken()
    {
        // Clerk A reads an order, clerk B declines it, clerk A accepts from what it read: the commit is refused and
        // stores neither the accept nor the booking (they used to be saved one after the other).
        var f = new CoBuildingFixture();
        var offering = f.Offering(capacity: 1);
        var order = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", new LocalDate(2026, 12, 10)));
        using var clerkA = f.Ledger.Tree.Provider.CreateScope();
        var staleRead = Run(clerkA.ServiceProvider.GetRequiredService<IRepository<ServiceOrder>>().GetByIdAsync(order.Id))!;
        Assert.Equal(OrderState.Ordered, staleRead.State);
        Run(f.Menu.DeclineAsync(order.Id, "人手不足")); // clerk B, in another scope

        var refused = Assert.Throws<RuleViolationException>(() => Run(clerkA.ServiceProvider.GetRequiredService<MenuService>().AcceptAsync(order.Id)));
        Assert.Equal("NP-CON-002", refused.Code);
        Assert.Equal(OrderState.Declined, Run(f.Menu.GetOrderAsync(order.Id)).State);
        Assert.Equal(0, Run(f.Menu.GetOfferingAsync(offering.Id)).BookedIn(new LocalDate(2026, 12, 1)));
    }
}
