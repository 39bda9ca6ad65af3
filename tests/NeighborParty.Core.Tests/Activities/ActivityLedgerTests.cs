using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Core.Tests.CoBuilding;
using NeighborParty.Persistence;
using NodaTime;
using static NeighborParty.Core.Tests.CoBuilding.CoBuildingFixture;

namespace NeighborParty.Core.Tests.Activities;

public sealed class ActivityLedgerTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static (CoBuildingFixture F, IRepository<Activity> Activities, ActivityLedger Ledger) Make()
    {
        var f = new CoBuildingFixture();
        return (f, f.Ledger.Tree.Get<IRepository<Activity>>(), f.Ledger.Tree.Get<ActivityLedger>());
    }

    private static ZonedDateTime At(int year, int month, int day, int hour = 9) => new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Shanghai);

    [Fact]
    public void An_activity_records_who_where_when_and_the_hours_given()
    {
        var (f, _, ledger) = Make();
        var members = f.Ledger.Add(2, f.Branch, f.Compound);
        var activity = Run(ledger.RecordAsync(new NewActivity("volunteer-service", "助老扶困", f.Compound.Id, At(2026, 11, 20), 12, f.Branch.Id,
            [(members[0].Id, 2.5m), (members[1].Id, 3m)], [f.WomensFederation.Id])));
        Assert.Equal((new LocalDate(2026, 11, 20), "Asia/Shanghai", 5.5m, 12), (activity.Day, activity.TimeZone, activity.VolunteerHours, activity.Participants));
        Assert.Equal(f.WomensFederation.Id, Assert.Single(activity.Partners).PartnerId);
        Assert.Equal(At(2026, 11, 20).ToInstant(), activity.StartsAt);
    }

    [Fact]
    public void The_ledger_refuses_what_does_not_fit()
    {
        var (f, _, ledger) = Make();
        var member = f.Ledger.Add(1, f.Branch, f.Compound)[0];
        string Refused(NewActivity a) => Assert.Throws<RuleViolationException>(() => Run(ledger.RecordAsync(a))).Code;
        Assert.Equal("NP-ACT-001", Refused(new NewActivity("karaoke", "x", f.Compound.Id, At(2026, 11, 20), 1)));
        Assert.Equal("NP-ACT-003", Refused(new NewActivity("co-learning", "x", f.Compound.Id, At(2026, 12, 20), 1))); // in the future
        Assert.Equal("NP-ACT-003", Refused(new NewActivity("co-learning", "x", f.Compound.Id, At(2026, 11, 20), 0, Members: [(member.Id, 1m)]))); // fewer than listed
        Assert.Equal("NP-ACT-003", Refused(new NewActivity("volunteer-service", "x", f.Compound.Id, At(2026, 11, 20), 1, Members: [(member.Id, 25m)])));
        Assert.Equal("NP-ACT-002", Refused(new NewActivity("co-learning", "x", f.Compound.Id, At(2019, 11, 20), 1, f.Branch.Id))); // before the branch existed
        Assert.Equal("NP-ACT-002", Refused(new NewActivity("co-learning", "x", f.Compound.Id, At(2026, 11, 20), 1, Partners: [PartnerId.New()])));
        Assert.Equal("NP-GEN-001", Refused(new NewActivity("co-learning", " ", f.Compound.Id, At(2026, 11, 20), 1)));
    }

    [Fact]
    public void A_delivered_order_is_recorded_as_an_activity_of_the_compound()
    {
        var (f, activities, ledger) = Make();
        var covenant = f.Signed();
        var offering = f.Offering(covenant: covenant);
        var order = Run(f.Menu.OrderAsync(offering.Id, f.Compound.Id, "需要", Today));
        order = Run(f.Menu.AcceptAsync(order.Id));
        order = Run(f.Menu.ScheduleAsync(order.Id, Today));
        order = Run(f.Menu.DeliverAsync(order.Id, Today, 40)); // the delivery's commit records the activity (RecordDeliveredOrders)
        var activity = Assert.Single(Run(activities.ListAsync()));
        Assert.Equal((ActivityPolicy.ServiceDeliveryKey, f.Compound.Id, f.Branch.Id, 40, Today), (activity.Kind, activity.PlaceId, activity.UnitId!.Value, activity.Participants, activity.Day));
        Assert.Equal((order.Id, covenant.Id), (activity.ServiceOrderId!.Value, activity.CovenantId!.Value));
        Assert.Equal(f.WomensFederation.Id, Assert.Single(activity.Partners).PartnerId);
        Assert.Equal(ActivityCategory.ServiceDelivery, f.Ledger.Tree.Options.Activities.Kinds[activity.Kind].Category);
    }

    [Fact]
    public void An_activity_naming_a_commitment_counts_against_it_while_the_covenant_is_in_force()
    {
        var (f, _, ledger) = Make();
        var covenant = f.Signed();
        var key = covenant.CommitmentsOf(1)[0].Key;
        var lesson = Run(ledger.RecordAsync(new NewActivity("co-learning", "百合姐姐讲座", f.Compound.Id, At(2026, 11, 20), 30, f.Branch.Id,
            Partners: [f.WomensFederation.Id], Links: new ActivityLinks(covenant.Id, CommitmentKey: key))));
        covenant = Run(f.Covenants.GetAsync(covenant.Id)); // FulfilCommitmentsOnActivity ran in the recording's commit
        Assert.Equal((1m, FulfilmentSource.Activity, lesson.Id.Value), (covenant.FulfilledQuantity(key), covenant.Fulfilments[0].Source, covenant.Fulfilments[0].SourceId!.Value));

        var before = Run(ledger.RecordAsync(new NewActivity("co-learning", "盟约生效前", f.Compound.Id, At(2025, 11, 20), 30, Links: new ActivityLinks(covenant.Id, CommitmentKey: key))));
        Assert.Equal(before.Id, Run(f.Ledger.Tree.Get<IRepository<Activity>>().GetByIdAsync(before.Id))!.Id);
        Assert.Equal(1m, Run(f.Covenants.GetAsync(covenant.Id)).FulfilledQuantity(key)); // not in force that day: the activity stands, nothing is counted
    }

    [Fact]
    public void The_catalogue_knows_the_regular_organisational_life_and_takes_a_districts_kinds()
    {
        var policy = new ActivityPolicy();
        Assert.Equal("ML-4", policy.Kinds["courtyard-lesson"].Rule);
        Assert.Equal(7, policy.Kinds.Values.Count(k => k.Category == ActivityCategory.OrganisationalLife));
        policy.AddKind(new ActivityKind("dragon-boat", "端午包粽子", "Dragon-boat dumplings", ActivityCategory.NeighbourhoodEvent));
        Assert.True(policy.Kinds.ContainsKey("dragon-boat"));
        Assert.Throws<ArgumentException>(() => policy.AddKind(new ActivityKind("Bad Key", "x", "x", ActivityCategory.Other)));
    }
}
