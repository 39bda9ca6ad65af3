using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The covenants of the units in a unit subtree, or those a partner is party to, newest first.</summary>
public sealed class CovenantsSpec : Specification<Covenant>
{
    /// <summary>Initializes a new instance of the <see cref="CovenantsSpec"/> class for a unit subtree.</summary>
    /// <param name="unitScope">The unit subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public CovenantsSpec(HierarchyPath unitScope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Unit, unitScope, c => c.Unit)
            .OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="CovenantsSpec"/> class for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public CovenantsSpec(PartnerId partner, int skip = 0, int take = 100) =>
        Query.Where(c => c.Partners.Any(p => p.PartnerId == partner)).OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(skip).Take(take);

    /// <summary>Initializes a new instance of the <see cref="CovenantsSpec"/> class for a partner, limited to the covenants of a unit subtree (what one actor may read).</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="unitScope">The unit subtree the covenants' units must lie in.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public CovenantsSpec(PartnerId partner, HierarchyPath unitScope, int skip = 0, int take = 100) =>
        Query.Where(c => c.Partners.Any(p => p.PartnerId == partner)).Within(TreeKind.Unit, unitScope, c => c.Unit)
            .OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(skip).Take(take);
}
