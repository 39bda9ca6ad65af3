using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>
/// The open terms (nobody succeeded them yet) inside a unit's subtree or a place's, projected to
/// <see cref="CoverageTerm"/>: the coverage report's read, with no aggregate built. In no particular order: the
/// report sorts its compact rows itself, which costs less than a database sorting 150,000 rows by four keys.
/// </summary>
internal sealed class CoverageTermsSpec : Specification<Appointment, CoverageTerm>
{
    /// <summary>Initializes a new instance of the <see cref="CoverageTermsSpec"/> class.</summary>
    /// <param name="tree">The tree of <paramref name="scope"/>.</param>
    /// <param name="scope">The subtree.</param>
    public CoverageTermsSpec(TreeKind tree, HierarchyPath scope)
    {
        Query.AsNoTracking();
        Query.Within(tree, scope, a => a.Location);
        Query.Where(a => a.SucceededBy == null);
        Query.Select(a => new CoverageTerm(a.Id, a.RoleKey, a.HolderName, a.MemberId, a.ResidentId, a.Site,
            new TreePosition(a.Location.Tree, a.Location.NodeId, a.Location.PathHigh, a.Location.PathLow), a.CompoundId, a.Grid, a.Start, a.End, a.EndedOn, a.EndReason));
    }
}
