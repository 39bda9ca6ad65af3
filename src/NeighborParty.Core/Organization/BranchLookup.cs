using NeighborParty.Persistence;

namespace NeighborParty.Organization;

/// <summary>
/// Finds the branch of a compound under any schema: the live units at a branch level covering the compound itself, or
/// (when the schema's branches cover places above compounds, such as villages) the place above it of that kind.
/// </summary>
internal static class BranchLookup
{
    /// <summary>The live branches of a compound, read-only, found from the coverage rows of the place they cover.</summary>
    /// <param name="queries">The store's queries.</param>
    /// <param name="places">The places.</param>
    /// <param name="schema">The hierarchy schema.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The branches (normally one; none when the compound has no branch).</returns>
    public static async Task<List<OrganizationUnit>> OfCompoundAsync(IAggregateQueries queries, IReadRepository<Place> places,
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

        return await UnitRows.LiveCoveringAsync(queries, schema.BranchLevels, [at], cancellationToken);
    }
}
