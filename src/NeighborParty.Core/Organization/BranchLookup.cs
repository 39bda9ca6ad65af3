using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;

namespace NeighborParty.Organization;

/// <summary>
/// Finds the branch of a compound under any schema: the live units at a branch level covering the compound itself, or
/// (when the schema's branches cover places above compounds, such as villages) the place above it of that kind.
/// </summary>
internal static class BranchLookup
{
    public static async Task<List<OrganizationUnit>> OfCompoundAsync(IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        HierarchySchema schema, PlaceId compound, CancellationToken cancellationToken)
    {
        var at = compound;
        if (schema.BranchPlaceKind != PlaceKind.Compound)
        {
            var place = await places.GetByIdAsync(compound, cancellationToken);
            while (place is not null && place.Kind != schema.BranchPlaceKind && place.ParentId is { } parent)
            {
                place = await places.GetByIdAsync(parent, cancellationToken);
            }

            if (place is null || place.Kind != schema.BranchPlaceKind)
            {
                return [];
            }

            at = place.Id;
        }

        return await units.ListAsync(new LiveUnitsCoveringSpec(schema.BranchLevels, [at]), cancellationToken);
    }
}
