using System.Linq.Expressions;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Organization;

/// <summary>
/// Reads many units for a whole-tree report as flat rows (a unit's columns and one place it covers per row) and
/// rebuilds each through its snapshot, read-only. A store materializing 18,000 aggregates with their owned rows spent
/// most of a province's sweep on it (issue 26); rows cost a fraction, and what the report gets is the same unit.
/// </summary>
internal static class UnitRows
{
    private static readonly Expression<Func<OrganizationUnit, TreePosition>> Position = u => u.Position;

    /// <summary>The live units at some levels inside a unit's subtree, in path order, read-only (one range of the (level, position) index per level).</summary>
    /// <param name="queries">The store's queries.</param>
    /// <param name="root">The subtree's root.</param>
    /// <param name="levels">The levels.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The units, each with its places in stored order.</returns>
    public static Task<List<OrganizationUnit>> LiveAtLevelsAsync(IAggregateQueries queries, HierarchyPath root, IReadOnlyCollection<string> levels, CancellationToken cancellationToken)
    {
        var within = TreeQueries.WithinAnyExpression([(TreeKind.Unit, root)], [Position]);
        var levelList = levels.ToList();
        return ReadAsync(queries, q => q.Where(within).Where(u => u.Dissolved == null && levelList.Contains(u.Level)), cancellationToken);
    }

    /// <summary>
    /// The live units at some levels that cover any of some places, in path order, read-only: what
    /// <see cref="Specifications.LiveUnitsCoveringSpec"/> selects, found from the places' side (a store can look a place
    /// up in its coverage rows instead of testing every unit; SQLite tested all 57,600 units of a province per lookup).
    /// </summary>
    /// <param name="queries">The store's queries.</param>
    /// <param name="levels">The levels.</param>
    /// <param name="places">The places.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The units, each with all its places in stored order.</returns>
    public static async Task<List<OrganizationUnit>> LiveCoveringAsync(IAggregateQueries queries, IReadOnlyCollection<string> levels, IReadOnlyCollection<PlaceId> places,
        CancellationToken cancellationToken)
    {
        var levelList = levels.ToList();
        var placeList = places.ToList();
        if (levelList.Count == 0 || placeList.Count == 0)
        {
            return [];
        }

        var ids = await queries.ListAsync<OrganizationUnit, OrganizationUnitId>(q => q.SelectMany(u => u.Coverage, (u, c) => new { Unit = u, c.PlaceId })
            .Where(x => placeList.Contains(x.PlaceId) && x.Unit.Dissolved == null && levelList.Contains(x.Unit.Level)).Select(x => x.Unit.Id).Distinct(), cancellationToken);
        return ids.Count == 0 ? [] : await ReadAsync(queries, q => q.Where(u => ids.Contains(u.Id)), cancellationToken);
    }

    private static async Task<List<OrganizationUnit>> ReadAsync(IAggregateQueries queries, Func<IQueryable<OrganizationUnit>, IQueryable<OrganizationUnit>> filter,
        CancellationToken cancellationToken)
    {
        var rows = await queries.ListAsync<OrganizationUnit, Row>(q => filter(q)
            .SelectMany(u => u.Coverage.DefaultIfEmpty(), (u, c) => new Row(u.Id, u.Level, u.Kind, u.Name, u.NameEn, u.ParentId, u.Position.Tree, u.Position.NodeId,
                u.Position.PathHigh, u.Position.PathLow, u.LastChildSegment, u.Established, u.Dissolved, u.Version, c != null ? (PlaceId?)c.PlaceId : null)), cancellationToken);

        // A unit's rows in the order the store gives them (its places in stored order), however the rows of units interleave.
        var byUnit = new Dictionary<OrganizationUnitId, (Row First, List<CoveredPlace> Places)>();
        foreach (var row in rows)
        {
            ref var unit = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byUnit, row.Id, out var seen);
            if (!seen)
            {
                unit = (row, []);
            }

            if (row.Place is { } place)
            {
                unit.Places.Add(new CoveredPlace(place));
            }
        }

        var units = new List<OrganizationUnit>(byUnit.Count);
        foreach (var (first, places) in byUnit.Values)
        {
            units.Add(OrganizationUnit.FromSnapshot(new OrganizationUnitSnapshot(first.Id, first.Level, first.Kind, first.Name, first.NameEn, first.ParentId,
                new TreePosition(first.Tree, first.NodeId, first.High, first.Low), first.LastChildSegment, first.Established, first.Dissolved, places), first.Version));
        }

        units.Sort((a, b) => (a.Position.PathHigh, a.Position.PathLow).CompareTo((b.Position.PathHigh, b.Position.PathLow)));
        return units;
    }

    /// <summary>One unit and one place it covers (none: a unit that covers nothing).</summary>
    internal sealed record Row(OrganizationUnitId Id, string Level, OrganizationUnitKind Kind, string Name, string? NameEn, OrganizationUnitId? ParentId, TreeKind Tree,
        Guid NodeId, long High, long Low, int LastChildSegment, LocalDate Established, LocalDate? Dissolved, long Version, PlaceId? Place);
}
