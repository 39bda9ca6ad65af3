using Ardalis.Specification;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>The activities held in a place subtree between two days (inclusive), by day.</summary>
public sealed class ActivitiesInScopeSpec : Specification<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivitiesInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="period">The days, or null for all.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public ActivitiesInScopeSpec(HierarchyPath scope, DateInterval? period = null, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, a => a.Place);
        if (period is not null)
        {
            var (from, to) = (period.Start, period.End);
            Query.Where(a => a.Day >= from && a.Day <= to);
        }

        Query.OrderBy(a => a.Day).ThenBy(a => a.Id).Skip(skip).Take(take);
    }
}
