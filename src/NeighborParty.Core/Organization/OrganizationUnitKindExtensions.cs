namespace NeighborParty.Organization;

/// <summary>Rules that depend only on the kind of a unit.</summary>
public static class OrganizationUnitKindExtensions
{
    /// <summary>Tells whether a unit of kind <paramref name="parent"/> may directly contain one of kind <paramref name="child"/>.</summary>
    /// <param name="parent">The parent's kind.</param>
    /// <param name="child">The child's kind.</param>
    /// <returns><see langword="true"/> if the nesting is allowed.</returns>
    /// <remarks>
    /// Committees and working committees contain committees, general branches and branches; a general branch contains
    /// branches; branches contain party groups (支部条例 art. 13); party groups contain nothing.
    /// </remarks>
    public static bool CanContain(this OrganizationUnitKind parent, OrganizationUnitKind child) => parent switch
    {
        OrganizationUnitKind.Committee or OrganizationUnitKind.WorkingCommittee =>
            child is OrganizationUnitKind.Committee or OrganizationUnitKind.WorkingCommittee or OrganizationUnitKind.GeneralBranch
                or OrganizationUnitKind.Branch or OrganizationUnitKind.JointBranch,
        OrganizationUnitKind.GeneralBranch => child is OrganizationUnitKind.Branch or OrganizationUnitKind.JointBranch,
        OrganizationUnitKind.Branch or OrganizationUnitKind.JointBranch => child.IsGroup(),
        _ => false,
    };

    /// <summary>Tells whether the kind is a party group (楼栋党小组, 功能性党小组 or another 党小组).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for a group.</returns>
    public static bool IsGroup(this OrganizationUnitKind kind) =>
        kind is OrganizationUnitKind.BuildingGroup or OrganizationUnitKind.FunctionalGroup or OrganizationUnitKind.PartyGroup;
}
