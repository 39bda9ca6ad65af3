using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Membership.Csv;

/// <content>The units, compounds and buildings a file's rows may name: everything inside the scope, read once and read-only.</content>
public sealed partial class LedgerImporter
{
    private async Task<Lookups> LookupsAsync(Place scope, CancellationToken cancellationToken)
    {
        // Projections (id, name, parent, position), not tracked aggregates: a province's root names 170,000 of them.
        var levels = _options.Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        var scopeUnit = levels.Count == 0 ? null : (await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [scope.Id]), cancellationToken)).FirstOrDefault();
        var units = new Names<UnitRef>(u => u.Id.Value);
        var tops = scopeUnit is not null ? [scopeUnit.Path] : (await TopUnitsInsideAsync(scope, cancellationToken)).ConvertAll(u => u.Path);
        foreach (var top in tops)
        {
            foreach (var unit in await _units.ListAsync(new UnitRefsInSubtreeSpec(top), cancellationToken))
            {
                units.Add(unit.Name, unit);
            }
        }

        var compounds = new Names<PlaceRef>(p => p.Id.Value);
        var buildings = new Names<PlaceRef>(p => p.Id.Value);
        foreach (var place in await _places.ListAsync(new PlaceRefsInSubtreeSpec(scope.Path), cancellationToken))
        {
            if (place.Kind == PlaceKind.Compound)
            {
                compounds.Add(place.Name, place);
            }
            else if (place.Kind == PlaceKind.Building)
            {
                buildings.Add($"{place.ParentId}/{place.Name}", place);
            }
        }

        var scopeRef = scopeUnit is null ? null : new UnitRef(scopeUnit.Id, scopeUnit.Name, scopeUnit.Level, scopeUnit.Position.PathHigh, scopeUnit.Position.PathLow);
        return new Lookups(units, compounds, buildings, scopeRef);
    }

    /// <summary>
    /// With no unit over the scope (e.g. a county whose county committee is not registered), the topmost live units
    /// covering places inside it, so a district-wide import still finds every unit (NP-CSV-006 only for a unit truly absent).
    /// </summary>
    private async Task<List<OrganizationUnit>> TopUnitsInsideAsync(Place scope, CancellationToken cancellationToken)
    {
        var inside = await _places.ListAsync(new PlaceRefsInSubtreeSpec(scope.Path), cancellationToken);
        var levels = _options.Schema.Levels.Where(l => l.Covers is not null).Select(l => l.Key).ToList();
        var covering = inside.Count == 0 ? [] : await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [.. inside.Where(p => p.Kind != PlaceKind.Building).Select(p => p.Id)]), cancellationToken);
        return covering.FindAll(u => !covering.Exists(o => o.Id != u.Id && u.Path.IsWithin(o.Path)));
    }

    /// <summary>What the rows of a file may name, and the unit over the scope (whose members are the scope's by relationship).</summary>
    private sealed record Lookups(Names<UnitRef> Units, Names<PlaceRef> Compounds, Names<PlaceRef> Buildings, UnitRef? ScopeUnit);

    /// <summary>Items by name (a repeated name is ambiguous) and by id.</summary>
    private sealed class Names<T>(Func<T, Guid> id)
    {
        private readonly Dictionary<string, T?> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, T> _byId = [];

        public void Add(string name, T item)
        {
            _byName[name] = _byName.ContainsKey(name) ? default : item; // a repeated name is ambiguous
            _byId[id(item)] = item;
        }

        public bool TryFind(string text, out T? item, out bool ambiguous)
        {
            ambiguous = false;
            if (Guid.TryParse(text, out var guid))
            {
                return _byId.TryGetValue(guid, out item);
            }

            if (_byName.TryGetValue(text, out item))
            {
                ambiguous = item is null;
                return item is not null;
            }

            return false;
        }

        /// <summary>The name when it names only this item, else the id: what an export writes so that the file imports again.</summary>
        public string Display(Guid key, Func<T, string> name, string? prefix = null) =>
            _byId.TryGetValue(key, out var item) && _byName.TryGetValue(prefix + name(item), out var named) && named is not null
                ? name(item) : key.ToString();
    }
}
