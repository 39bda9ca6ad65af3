using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Accounting;

/// <summary>The closings of the places on a path (the place and its ancestors): what freezes a day there.</summary>
public sealed class ClosingsOnPathSpec : Specification<PeriodClosing>
{
    /// <summary>Initializes a new instance of the <see cref="ClosingsOnPathSpec"/> class.</summary>
    /// <param name="path">The place's path.</param>
    public ClosingsOnPathSpec(HierarchyPath path)
    {
        var highs = Enumerable.Range(1, path.Depth).Select(d => path.AncestorAt(d).SortKeyHigh).Distinct().ToList();
        Query.Where(c => highs.Contains(c.Place.PathHigh)).OrderBy(c => c.From);
    }
}
