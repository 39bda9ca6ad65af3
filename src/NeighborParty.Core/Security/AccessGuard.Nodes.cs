using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Security;

/// <content>
/// Scope checks aimed at one unit or place: loading the aggregate (<see cref="EnsureUnitAsync"/>,
/// <see cref="EnsurePlaceAsync"/>), or, for read paths that need only where the target stands, its path keys (one
/// projected row) or its remembered reach, refusing exactly the same way.
/// </content>
public sealed partial class AccessGuard
{
    /// <summary>Loads a unit and refuses unless the actor may do <paramref name="action"/> on it.</summary>
    /// <param name="action">An action aimed at units (or nodes).</param>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such unit" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    public async Task<OrganizationUnit> EnsureUnitAsync(AccessAction action, OrganizationUnitId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var unit = await _units.GetByIdAsync(id, cancellationToken);
        if (unit is null || _policy.Decide(scope, action, AccessTarget.Unit(unit.Path)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.UnitNotFound(id);
        }

        return unit;
    }

    /// <summary>Loads a place and refuses unless the actor may do <paramref name="action"/> on it.</summary>
    /// <param name="action">An action aimed at places (or nodes).</param>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The place.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such place" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    public async Task<Place> EnsurePlaceAsync(AccessAction action, PlaceId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var place = await _places.GetByIdAsync(id, cancellationToken);
        if (place is null || _policy.Decide(scope, action, AccessTarget.Place(place.Path)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.PlaceNotFound(id);
        }

        return place;
    }

    /// <summary>Refuses unless the actor may do <paramref name="action"/> on the unit; reads only its path.</summary>
    /// <param name="action">An action aimed at units (or nodes).</param>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The unit's path.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such unit" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    internal async Task<HierarchyPath> EnsureUnitPathAsync(AccessAction action, OrganizationUnitId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var path = _scopes is not null && _scopes.TryGet(id, out var remembered)
            ? remembered.Path
            : (await _units.SingleOrDefaultAsync(new UnitPathByIdSpec(id), cancellationToken))?.Path;
        if (path is null || _policy.Decide(scope, action, AccessTarget.Unit(path.Value)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.UnitNotFound(id);
        }

        return path.Value;
    }

    /// <summary>Refuses unless the actor may do <paramref name="action"/> on the place; reads only its path.</summary>
    /// <param name="action">An action aimed at places (or nodes).</param>
    /// <param name="id">The place.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The place's path.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such place" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    internal async Task<HierarchyPath> EnsurePlacePathAsync(AccessAction action, PlaceId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var keys = await _places.SingleOrDefaultAsync(new PlacePathByIdSpec(id), cancellationToken);
        if (keys is null || _policy.Decide(scope, action, AccessTarget.Place(keys.Path)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.PlaceNotFound(id);
        }

        return keys.Path;
    }

    /// <summary>
    /// Refuses unless the actor may do <paramref name="action"/> on the unit; returns where it stands and what it
    /// reaches (the member pages of its scope read that), remembered in <see cref="ActorScopeCache"/> like actor scopes.
    /// </summary>
    /// <param name="action">An action aimed at units (or nodes).</param>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The unit's reach.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such unit" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    internal async Task<UnitReach> EnsureUnitReachAsync(AccessAction action, OrganizationUnitId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        UnitReach? reach = null;
        if (_scopes is null || !_scopes.TryGet(id, out reach))
        {
            var generation = _scopes?.Generation ?? 0;
            var unit = await _units.GetByIdAsync(id, cancellationToken);
            if (unit is not null)
            {
                reach = await ReachOfAsync(unit, cancellationToken);
                _scopes?.Put(id, generation, reach);
            }
        }

        if (reach is null || _policy.Decide(scope, action, AccessTarget.Unit(reach.Path)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.UnitNotFound(id);
        }

        return reach;
    }

    /// <summary>A loaded unit's reach: the paths of the places it covers are read as projections.</summary>
    private async Task<UnitReach> ReachOfAsync(OrganizationUnit unit, CancellationToken cancellationToken)
    {
        if (unit.Places.Count == 0)
        {
            return new UnitReach(unit.Path, unit.Kind, unit.Level, []);
        }

        var paths = (await _places.ListAsync(new PlaceNodesByIdSpec([.. unit.Places]), cancellationToken)).ToDictionary(p => p.Id, p => p.Path);
        return new UnitReach(unit.Path, unit.Kind, unit.Level, [.. unit.Places.Where(paths.ContainsKey).Select(id => paths[id])]); // in the unit's order
    }
}
