using NodaTime;

namespace NeighborParty.Care;

/// <summary>
/// The alert rules, as a pure function of a record's state, the policy and the instant (CR-3, CR-4): no contact
/// within the interval (7 days at home, 30 in a facility, by default) is due; no contact within the escalation
/// interval (two intervals), or a concern without an action of the branch or community within the concern days, is
/// escalated. A closed record never alerts.
/// </summary>
public static class CareAlerts
{
    /// <summary>Evaluates a record at <paramref name="now"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="policy">The district's care policy.</param>
    /// <param name="now">The instant.</param>
    /// <returns>The alert (level <see cref="CareAlertLevel.None"/> for a closed record).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CareAlert Evaluate(CareRecord record, CarePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(policy);
        return Evaluate(record.Status, record.RegisteredAt, record.Contacts, record.Actions, policy, now);
    }

    /// <summary>Evaluates the parts of a record that the rules read.</summary>
    /// <param name="status">Where the resident is.</param>
    /// <param name="registeredAt">When the record was registered.</param>
    /// <param name="contacts">The contacts, in any order.</param>
    /// <param name="actions">The actions taken, in any order.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="now">The instant.</param>
    /// <returns>The alert.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CareAlert Evaluate(CareStatus status, Instant registeredAt, IReadOnlyList<CareContact> contacts, IReadOnlyList<CareAction> actions,
        CarePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(policy);
        var last = registeredAt;
        foreach (var contact in contacts)
        {
            if (contact.At > last && contact.At <= now)
            {
                last = contact.At;
            }
        }

        var interval = Duration.FromDays(status == CareStatus.InCareFacility ? policy.FacilityContactDays : policy.HomeContactDays);
        var dueBy = last + interval;
        var escalatesAt = last + (interval * policy.EscalateAfterIntervals);
        var concern = status != CareStatus.Closed && UnansweredConcern(contacts, actions, Duration.FromDays(policy.ConcernActionDays), now);
        var level = status == CareStatus.Closed ? CareAlertLevel.None
            : now >= escalatesAt || concern ? CareAlertLevel.Escalated
            : now >= dueBy ? CareAlertLevel.Due
            : CareAlertLevel.None;
        return new CareAlert(level, last, dueBy, escalatesAt, concern);
    }

    private static bool UnansweredConcern(IReadOnlyList<CareContact> contacts, IReadOnlyList<CareAction> actions, Duration wait, Instant now)
    {
        foreach (var contact in contacts)
        {
            if (!contact.Concern || contact.At > now || now < contact.At + wait)
            {
                continue;
            }

            var answered = false;
            foreach (var action in actions)
            {
                if (action.OpenedAt >= contact.At && action.OpenedAt <= contact.At + wait)
                {
                    answered = true;
                    break;
                }
            }

            if (!answered)
            {
                return true;
            }
        }

        return false;
    }
}
