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
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its rule.</exception>
    public void Validate() => Common.SettingProblems.ThrowIfAny(Check);

    /// <summary>Records every setting that is out of range.</summary>
    /// <param name="problems">The collector.</param>
    internal void Check(Common.SettingProblems problems)
    {
        problems.Require(HomeContactDays is >= 1 and <= 366, nameof(HomeContactDays), $"is {HomeContactDays}; expected 1 to 366 days.", "CR-3");
        problems.Require(FacilityContactDays is >= 1 and <= 366, nameof(FacilityContactDays), $"is {FacilityContactDays}; expected 1 to 366 days.", "CR-3");
        problems.Require(EscalateAfterIntervals is >= 1 and <= 12, nameof(EscalateAfterIntervals), $"is {EscalateAfterIntervals}; expected 1 to 12 intervals.", "CR-4");
        problems.Require(ConcernActionDays is >= 1 and <= 90, nameof(ConcernActionDays), $"is {ConcernActionDays}; expected 1 to 90 days.", "CR-4");
        problems.Require(MaxGuardians is >= 1 and <= 50, nameof(MaxGuardians), $"is {MaxGuardians}; expected 1 to 50 guardians.", "CR-2");
    }
}
