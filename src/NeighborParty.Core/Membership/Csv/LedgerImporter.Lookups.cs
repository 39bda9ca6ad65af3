using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Membership.Csv;

/// <content>The units, compounds and buildings a file's rows may name: everything inside the scope.</content>
public sealed partial class LedgerImporter
{
    private async Task<(Names<OrganizationUnit> Units, Names<Place> Compounds, Names<Place> Buildings, OrganizationUnit? ScopeUnit)> LookupsAsync(Place scope, CancellationToken cancellationToken)
    {
        var levels = _options.Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        var scopeUnit = levels.Count == 0 ? null : (await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [scope.Id]), cancellationToken)).FirstOrDefault();
        var units = new Names<OrganizationUnit>(u => u.Id.Value);
        foreach (var top in scopeUnit is not null ? [scopeUnit] : await TopUnitsInsideAsync(scope, cancellationToken))
        {
            foreach (var unit in await _units.ListAsync(new UnitSubtreeSpec(top.Path, includeDissolved: false), cancellationToken))
            {
                units.Add(unit.Name, unit);
            }
        }

        var compounds = new Names<Place>(p => p.Id.Value);
        foreach (var compound in await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, PlaceKind.Compound), cancellationToken))
        {
            compounds.Add(compound.Name, compound);
        }

        var buildings = new Names<Place>(p => p.Id.Value);
        foreach (var building in await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, PlaceKind.Building), cancellationToken))
        {
            buildings.Add($"{building.ParentId}/{building.Name}", building);
        }

        return (units, compounds, buildings, scopeUnit);
    }

    /// <summary>
    /// With no unit over the scope (e.g. a county whose county committee is not registered), the topmost live units
    /// covering places inside it, so a district-wide import still finds every unit (NP-CSV-006 only for a unit truly absent).
    /// </summary>
    private async Task<List<OrganizationUnit>> TopUnitsInsideAsync(Place scope, CancellationToken cancellationToken)
    {
        var inside = await _places.ListAsync(new PlaceSubtreeSpec(scope.Path), cancellationToken);
        var levels = _options.Schema.Levels.Where(l => l.Covers is not null).Select(l => l.Key).ToList();
        var covering = inside.Count == 0 ? [] : await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [.. inside.Select(p => p.Id)]), cancellationToken);
        return covering.FindAll(u => !covering.Exists(o => o.Id != u.Id && u.Path.IsWithin(o.Path)));
    }
}
