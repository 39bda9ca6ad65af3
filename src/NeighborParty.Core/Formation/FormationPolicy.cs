namespace NeighborParty.Formation;

/// <summary>
/// The numbers and counting rules of branch formation (RULES.md BR-1…BR-7 and the counting paragraph), with the
/// regulation defaults. A district changes them in <c>AddNeighborParty(o =&gt; o.Formation…)</c> or from
/// configuration (the sample binds <c>NeighborParty:Formation</c>) — no code changes. The joint-branch limit is
/// <see cref="Organization.OrganizationPolicy.JointBranchMaxUnits"/> (BR-3), shared with the organisation tree.
/// </summary>
public sealed class FormationPolicy
{
    /// <summary>Gets or sets the full members needed to form a branch (BR-1). Default 3.</summary>
    public int MinFullMembersForBranch { get; set; } = 3;

    /// <summary>Gets or sets the members above which a branch should split or seek approval for a general branch (BR-2, BR-5). Default 50.</summary>
    public int MaxMembersPerBranch { get; set; } = 50;

    /// <summary>Gets or sets the full members from which a branch committee is required (BR-4). Default 7.</summary>
    public int CommitteeFromFullMembers { get; set; } = 7;

    /// <summary>Gets or sets the usual smallest committee (BR-4). Default 3.</summary>
    public int CommitteeMinSize { get; set; } = 3;

    /// <summary>Gets or sets the usual largest committee (BR-4). Default 5.</summary>
    public int CommitteeMaxSize { get; set; } = 5;

    /// <summary>Gets or sets the largest committee allowed at all (BR-4). Default 7.</summary>
    public int CommitteeHardMaxSize { get; set; } = 7;

    /// <summary>Gets or sets the members from which a branch should be divided into party groups (BR-6). Default 20.</summary>
    public int GroupsFromMembers { get; set; } = 20;

    /// <summary>Gets or sets the fewest members of a party group (BR-6). Default 3.</summary>
    public int MinMembersPerGroup { get; set; } = 3;

    /// <summary>Gets or sets whether probationary members count toward BR-1, BR-3 and BR-4. Default false (党章 art. 7: they have no vote).</summary>
    public bool CountProbationary { get; set; }

    /// <summary>Gets or sets whether full members with suspended voting rights count. Default true (they stay full members).</summary>
    public bool CountSuspended { get; set; } = true;

    /// <summary>Gets or sets whether members who only registered (报到) count where they live. Default false (教育管理条例 art. 25: the relationship stays at work).</summary>
    public bool CountRegisteredOnly { get; set; }

    /// <summary>Gets or sets whether the size limits (BR-2, BR-6) count probationary members too. Default true (they are members of the branch).</summary>
    public bool SizeIncludesProbationary { get; set; } = true;

    /// <summary>Checks that the numbers are coherent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its rule.</exception>
    public void Validate() => Common.SettingProblems.ThrowIfAny(Check);

    /// <summary>Records every setting that is out of range.</summary>
    /// <param name="problems">The collector.</param>
    internal void Check(Common.SettingProblems problems)
    {
        problems.Require(MinFullMembersForBranch >= 1, nameof(MinFullMembersForBranch), $"is {MinFullMembersForBranch}; expected a whole number ≥ 1.", "BR-1");
        problems.Require(MaxMembersPerBranch >= MinFullMembersForBranch, nameof(MaxMembersPerBranch), $"is {MaxMembersPerBranch}; expected a whole number ≥ MinFullMembersForBranch ({MinFullMembersForBranch}).", "BR-2");
        problems.Require(CommitteeFromFullMembers >= MinFullMembersForBranch, nameof(CommitteeFromFullMembers), $"is {CommitteeFromFullMembers}; expected a whole number ≥ MinFullMembersForBranch ({MinFullMembersForBranch}).", "BR-4");
        problems.Require(CommitteeMinSize >= 1, nameof(CommitteeMinSize), $"is {CommitteeMinSize}; expected a whole number ≥ 1.", "BR-4");
        problems.Require(CommitteeMaxSize >= CommitteeMinSize, nameof(CommitteeMaxSize), $"is {CommitteeMaxSize}; expected a whole number ≥ CommitteeMinSize ({CommitteeMinSize}).", "BR-4");
        problems.Require(CommitteeHardMaxSize >= CommitteeMaxSize, nameof(CommitteeHardMaxSize), $"is {CommitteeHardMaxSize}; expected a whole number ≥ CommitteeMaxSize ({CommitteeMaxSize}).", "BR-4");
        problems.Require(GroupsFromMembers >= 1, nameof(GroupsFromMembers), $"is {GroupsFromMembers}; expected a whole number ≥ 1.", "BR-6");
        problems.Require(MinMembersPerGroup >= 1, nameof(MinMembersPerGroup), $"is {MinMembersPerGroup}; expected a whole number ≥ 1.", "BR-6");
    }
}
