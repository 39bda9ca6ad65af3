using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Security;

/// <content>
/// Scope checks of read paths that need only where the target stands: they read the target's path keys (one projected
/// row) instead of the aggregate, and refuse exactly as <see cref="EnsureUnitAsync"/> and <see cref="EnsurePlaceAsync"/> do.
/// </content>
public sealed partial class AccessGuard
{
    /// <summary>Refuses unless the actor may do <paramref name="action"/> on the unit; reads only its path.</summary>
    /// <param name="action">An action aimed at units (or nodes).</param>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The unit's path.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such unit" (<c>NP-ORG-001</c>) also when it lies outside the scope.</exception>
    internal async Task<HierarchyPath> EnsureUnitPathAsync(AccessAction action, OrganizationUnitId id, CancellationToken cancellationToken = default)
    {
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var keys = await _units.SingleOrDefaultAsync(new UnitPathByIdSpec(id), cancellationToken);
        if (keys is null || _policy.Decide(scope, action, AccessTarget.Unit(keys.Path)) != AccessOutcome.Allowed)
        {
            throw OrganizationRules.UnitNotFound(id);
        }

        return keys.Path;
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
}
