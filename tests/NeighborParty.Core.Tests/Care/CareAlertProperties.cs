using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Care;
using NodaTime;

namespace NeighborParty.Core.Tests.Care;

/// <summary>The alert rules CR-3 and CR-4 as laws over random histories of contacts and actions.</summary>
public sealed class CareAlertProperties
{
    private static readonly Instant Registered = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly CarePolicy Policy = new();

    /// <summary>A history: contacts (hours after registration, concern or not) and actions (hours after registration).</summary>
    public sealed record History((int Hours, bool Concern)[] Contacts, int[] Actions, bool InFacility)
    {
        public IReadOnlyList<CareContact> ContactList => [.. Contacts.Select(c => new CareContact(Registered + Duration.FromHours(c.Hours), null, "邻居", ContactMode.Visit, "探访", c.Concern))];

        public IReadOnlyList<CareAction> ActionList => [.. Actions.Select((h, i) => new CareAction(i + 1, EscalationLevel.Branch, CareActionKind.MedicalHelp, "送医", Registered + Duration.FromHours(h), null, null))];

        public CareStatus Status => InFacility ? CareStatus.InCareFacility : CareStatus.AtHome;

        public override string ToString() => $"contacts [{string.Join(", ", Contacts)}] actions [{string.Join(", ", Actions)}] facility {InFacility}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<History> Histories() =>
            Gen.Choose(0, 24 * 120).SelectMany(h => Gen.Elements(false, false, false, true).Select(c => (h, c))).ArrayOf()
                .SelectMany(contacts => Gen.Choose(0, 24 * 120).ArrayOf().SelectMany(actions => Gen.Elements(false, true).Select(f => new History(contacts, actions, f))))
                .ToArbitrary();
    }

    private static CareAlert At(History h, int hours, CareStatus? status = null) =>
        CareAlerts.Evaluate(status ?? h.Status, Registered, h.ContactList, h.ActionList, Policy, Registered + Duration.FromHours(hours));

    /// <summary>The alert at an hour within 150 days, the interval in hours, and the hour of the last contact up to then (the registration when none).</summary>
    private static (int Now, CareAlert Alert, int Interval, int Last) Observe(History history, PositiveInt hour)
    {
        var now = hour.Get % (24 * 150);
        var interval = 24 * (history.InFacility ? Policy.FacilityContactDays : Policy.HomeContactDays);
        var last = history.Contacts.Where(c => c.Hours <= now).Select(c => c.Hours).DefaultIfEmpty(0).Max();
        return (now, At(history, now), interval, last);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public Property Due_exactly_when_no_contact_within_the_interval(History history, PositiveInt hour)
    {
        var (now, alert, interval, last) = Observe(history, hour);
        var overdue = now - last >= interval;
        return ((alert.Level != CareAlertLevel.None) == (overdue || alert.UnansweredConcern)).Label($"level {alert.Level}, last {last}, now {now}")
            .And(alert.LastContactAt == Registered + Duration.FromHours(last)).Label("the last contact is the latest one up to now");
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public Property Without_new_contacts_the_alert_never_softens_as_time_passes(History history, PositiveInt a, PositiveInt b)
    {
        var later = 24 * 120 + (b.Get % 1000);
        var earlier = Math.Min(later, 24 * 120 + (a.Get % 1000)); // after every contact and action of the history
        return (At(history, earlier).Level <= At(history, later).Level).Label($"{earlier} → {later}");
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public Property A_contact_now_silences_the_interval_alerts(History history, PositiveInt hour)
    {
        var now = 24 * 121 + (hour.Get % 1000);
        var visited = history with { Contacts = [.. history.Contacts, (now, false)] };
        var alert = At(visited, now);
        return (alert.Level == CareAlertLevel.None || alert.UnansweredConcern).Label($"{alert}");
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public Property Escalated_after_two_intervals_or_an_unanswered_concern_and_never_when_closed(History history, PositiveInt hour)
    {
        var (now, alert, interval, last) = Observe(history, hour);
        var expected = now - last >= interval * Policy.EscalateAfterIntervals || alert.UnansweredConcern;
        var concernExpected = history.Contacts.Any(c => c.Concern && c.Hours <= now && now - c.Hours >= 24 * Policy.ConcernActionDays
            && !history.Actions.Any(x => x >= c.Hours && x <= c.Hours + (24 * Policy.ConcernActionDays)));
        return ((alert.Level == CareAlertLevel.Escalated) == expected).Label($"escalated {alert.Level}")
            .And(alert.UnansweredConcern == concernExpected).Label("concern rule")
            .And(At(history, now, CareStatus.Closed).Level == CareAlertLevel.None).Label("closed never alerts");
    }
}
