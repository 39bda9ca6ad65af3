using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>Where a member's organisational relationship is: a unit of the tree, or an organisation outside it (e.g. a work unit's branch).</summary>
/// <param name="UnitId">The unit, or null.</param>
/// <param name="ExternalOrganization">The outside organisation's name, or null.</param>
public sealed record MemberRelationship(OrganizationUnitId? UnitId, string? ExternalOrganization = null)
{
    /// <summary>A relationship with a unit of the tree.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The relationship.</returns>
    public static MemberRelationship InUnit(OrganizationUnitId unitId) => new(unitId);

    /// <summary>A relationship with an organisation outside the tree, such as the work unit's branch of an in-service member.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <returns>The relationship.</returns>
    public static MemberRelationship Outside(string name) => new(null, name);
}
