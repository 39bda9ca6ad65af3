namespace NeighborParty.Care;

/// <summary>
/// The neighbourhood-care (邻里守望) policy of a district. Every number is a default the district changes
/// (configuration section <c>NeighborParty:Care</c>); see docs/care.md and the rules CR-1 … CR-6.
/// </summary>
public sealed class CarePolicy
{
    /// <summary>Gets or sets the days a resident living at home may go without contact before the guardians and the branch are reminded (CR-3); default 7.</summary>
    public int HomeContactDays { get; set; } = 7;

    /// <summary>Gets or sets the days a resident in a care home or hospital may go without a visit before the reminder (CR-3, CR-5); default 30.</summary>
    public int FacilityContactDays { get; set; } = 30;

    /// <summary>Gets or sets how many intervals without contact escalate a case to the community (CR-4); default 2.</summary>
    public int EscalateAfterIntervals { get; set; } = 2;

    /// <summary>Gets or sets the days a contact that raised a concern may wait for an action of the branch before the case escalates (CR-4); default 3.</summary>
    public int ConcernActionDays { get; set; } = 3;

    /// <summary>Gets or sets the most guardians serving at once (CR-2); default 6.</summary>
    public int MaxGuardians { get; set; } = 6;

    /// <summary>Checks the numbers.</summary>
    /// <exception cref="InvalidOperationException">A number out of range.</exception>
    public void Validate()
    {
        if (HomeContactDays is < 1 or > 366 || FacilityContactDays is < 1 or > 366)
        {
            throw new InvalidOperationException("Care: HomeContactDays and FacilityContactDays are 1 to 366 days.");
        }

        if (EscalateAfterIntervals is < 1 or > 12 || ConcernActionDays is < 1 or > 90 || MaxGuardians is < 1 or > 50)
        {
            throw new InvalidOperationException("Care: EscalateAfterIntervals is 1–12, ConcernActionDays 1–90, MaxGuardians 1–50.");
        }
    }
}
