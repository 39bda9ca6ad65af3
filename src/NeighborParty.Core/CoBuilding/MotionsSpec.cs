using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The motions arising from the compounds of a place subtree, or filed by a deputy.</summary>
public sealed class MotionsSpec : Specification<DeputyMotion>
{
    /// <summary>Initializes a new instance of the <see cref="MotionsSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public MotionsSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, m => m.Compound)
            .OrderByDescending(m => m.FiledOn).ThenBy(m => m.Id).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="MotionsSpec"/> class for a deputy.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="take">How many to return.</param>
    public MotionsSpec(PartnerId deputy, int take = 500) => Query.Where(m => m.DeputyId == deputy).OrderByDescending(m => m.FiledOn).ThenBy(m => m.Id).Take(take);
}
