namespace NeighborParty.Organization;

/// <summary>
/// The numbers of the organisation tree that a district may change (RULES.md: every number is a policy default).
/// </summary>
/// <remarks>Set through <c>AddNeighborParty(o =&gt; o.Organization.JointBranchMaxUnits = …)</c>; read-only once registered.</remarks>
public sealed class OrganizationPolicy
{
    /// <summary>Gets or sets the most units a joint branch covers (BR-3, 支部条例 art. 5: "normally no more than 5"). Default 5.</summary>
    public int JointBranchMaxUnits { get; set; } = 5;

    /// <summary>Gets or sets the fewest units a joint branch covers; a joint branch joins at least two. Default 2.</summary>
    public int JointBranchMinUnits { get; set; } = 2;

    /// <summary>Checks that the numbers are coherent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its rule.</exception>
    public void Validate() => Common.SettingProblems.ThrowIfAny(Check);

    /// <summary>Records every setting that is out of range.</summary>
    /// <param name="problems">The collector.</param>
    internal void Check(Common.SettingProblems problems)
    {
        problems.Require(JointBranchMinUnits >= 2, nameof(JointBranchMinUnits), $"is {JointBranchMinUnits}; a joint branch joins at least 2 units.", "BR-3");
        problems.Require(JointBranchMaxUnits >= JointBranchMinUnits, nameof(JointBranchMaxUnits), $"is {JointBranchMaxUnits}; expected a whole number ≥ JointBranchMinUnits ({JointBranchMinUnits}).", "BR-3");
    }
}
