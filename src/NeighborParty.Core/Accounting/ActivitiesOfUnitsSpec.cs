using Ardalis.Specification;
using NeighborParty.Activities;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>The activities organised by the units of a subtree within a span.</summary>
public sealed class ActivitiesOfUnitsSpec : Specification<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivitiesOfUnitsSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree.</param>
    /// <param name="days">The days.</param>
    public ActivitiesOfUnitsSpec(HierarchyPath unitScope, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var (from, to) = (days.Start, days.End);
        Query.Within(TreeKind.Unit, unitScope, a => a.Unit).Where(a => a.Day >= from && a.Day <= to);
    }
}
