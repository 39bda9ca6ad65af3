using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.SampleApi.Auditing;

/// <summary>One recorded change.</summary>
public sealed record AuditEntryResponse(Guid Id, Instant At, string ActorId, ActorKind ActorKind, string Action, TreeKind Tree, Guid NodeId, string Summary);

/// <summary>The audit endpoints' query string and answer: the use cases read the trail after their own access check.</summary>
internal static class AuditQueries
{
    /// <summary>Parses 'before' (an ISO 8601 instant) and 'take' (1–500); 400 with every bad argument.</summary>
    public static (Instant? Before, int Take) Page(string? before, int? take)
    {
        var errors = new List<RuleViolation>();
        Instant? beforeInstant = null;
        if (before is not null)
        {
            var parsed = before.Length <= 40 ? InstantPattern.ExtendedIso.Parse(before) : null;
            if (parsed is { Success: true })
            {
                beforeInstant = parsed.Value;
            }
            else
            {
                errors.Add(new RuleViolation("NP-GEN-007", "'before' must be an ISO 8601 instant such as 2026-11-27T08:00:00Z.",
                    "“before”须为 ISO 8601 时间，如 2026-11-27T08:00:00Z。", target: "before"));
            }
        }

        if (FieldRules.Range(take, 1, 500, "take") is { } badTake)
        {
            errors.Add(badTake);
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (beforeInstant, take ?? 100);
    }

    public static List<AuditEntryResponse> Show(List<AuditEntry> page) =>
        page.ConvertAll(e => new AuditEntryResponse(e.Id.Value, e.At, e.ActorId, e.ActorKind, e.Action, e.Tree, e.NodeId, e.Summary));
}
