namespace NeighborParty.Organization;

/// <summary>
/// The kind of a Party organisation unit. Which kind may contain which follows the Party Constitution and does not
/// depend on the schema: committees contain committees and branches, branches contain party groups, groups contain nothing.
/// </summary>
public enum OrganizationUnitKind
{
    /// <summary>A Party committee (党委): district committee (区委), community committee (社区党委), township committee (乡镇党委).</summary>
    Committee = 1,

    /// <summary>A working committee (党工委), such as a street working committee (街道党工委).</summary>
    WorkingCommittee = 2,

    /// <summary>A general branch (党总支), formed with the higher organisation's approval (BR-5).</summary>
    GeneralBranch = 3,

    /// <summary>A branch (党支部), formed where there are 3 or more full members (BR-1).</summary>
    Branch = 4,

    /// <summary>A joint branch (联合党支部) of 2 to 5 neighbouring units (BR-3).</summary>
    JointBranch = 5,

    /// <summary>A building party group (楼栋党小组).</summary>
    BuildingGroup = 6,

    /// <summary>A functional party group (功能性党小组: volunteer service, culture, deliberation…); covers a purpose, not a place.</summary>
    FunctionalGroup = 7,

    /// <summary>Any other party group (党小组), such as a villagers' group party group (村民小组党小组) or a 楼院党小组.</summary>
    PartyGroup = 8,
}
