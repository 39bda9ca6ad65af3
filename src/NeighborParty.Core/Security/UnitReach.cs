using NeighborParty.Organization;

namespace NeighborParty.Security;

/// <summary>
/// Where a unit stands and what it reaches: its path, kind and level, and the paths of the places it covers. What a
/// scope check of a unit, or of the members of its scope, reads; remembered by <see cref="ActorScopeCache"/>.
/// </summary>
/// <param name="Path">The unit's path.</param>
/// <param name="Kind">The unit's kind.</param>
/// <param name="Level">The unit's level key.</param>
/// <param name="Places">The paths of the places the unit covers.</param>
internal sealed record UnitReach(HierarchyPath Path, OrganizationUnitKind Kind, string Level, IReadOnlyList<HierarchyPath> Places);
