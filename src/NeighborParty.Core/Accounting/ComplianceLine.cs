using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>One rule's due and held meetings for a branch (or one of its groups) over a span.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="NameZh">The meeting's Chinese name.</param>
/// <param name="UnitId">The branch, or the group it is due from.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Due">How many cadence periods ended within the span (while the unit, or its committee, existed).</param>
/// <param name="Met">How many of those periods had at least one meeting.</param>
/// <param name="Held">How many meetings were held within those periods.</param>
/// <param name="Missed">The periods without a meeting (their first days).</param>
public sealed record ComplianceLine(string Rule, string NameZh, OrganizationUnitId UnitId, string UnitName, int Due, int Met, int Held, IReadOnlyList<LocalDate> Missed)
{
    /// <summary>Gets a value indicating whether a due meeting was missed.</summary>
    public bool Behind => Met < Due;
}
