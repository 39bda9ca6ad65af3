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
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(JointBranchMinUnits, 2, nameof(JointBranchMinUnits));
        ArgumentOutOfRangeException.ThrowIfLessThan(JointBranchMaxUnits, JointBranchMinUnits, nameof(JointBranchMaxUnits));
    }
}
