using Ardalis.Specification;

namespace NeighborParty.Organization.Specifications;

/// <summary>The live units of the given levels that cover any of the given places.</summary>
public sealed class LiveUnitsCoveringSpec : Specification<OrganizationUnit>
{
    /// <summary>Initializes a new instance of the <see cref="LiveUnitsCoveringSpec"/> class.</summary>
    /// <param name="levels">The level keys.</param>
    /// <param name="places">The places.</param>
    /// <param name="readOnly">Whether the units are only read (a store need not track them; never stage them).</param>
    public LiveUnitsCoveringSpec(IReadOnlyCollection<string> levels, IReadOnlyCollection<PlaceId> places, bool readOnly = false)
    {
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(places);
        var levelList = levels.ToList();
        var placeList = places.ToList();
        Query.Where(u => u.Dissolved == null && levelList.Contains(u.Level) && u.Coverage.Any(c => placeList.Contains(c.PlaceId)))
            .OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}
