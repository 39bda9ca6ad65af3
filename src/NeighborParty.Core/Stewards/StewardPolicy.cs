using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// The numbers and choices behind appointments (TR-1…TR-6, 一肩挑) — every one a policy default a district may change
/// (<c>NeighborParty:Stewards</c> in the sample's configuration). The committee numbers of BR-4 live in
/// <see cref="Formation.FormationPolicy"/>, shared with the formation assessment.
/// </summary>
public sealed class StewardPolicy
{
    private readonly Dictionary<string, StewardRole> _roles = StewardRole.Library.ToDictionary(r => r.Key, StringComparer.Ordinal);

    /// <summary>Gets or sets the term, in years, of a basic-level Party committee (基层党委, e.g. a township, street or community committee) wherever it is (TR-2); default 5.</summary>
    public int CommitteeTermYears { get; set; } = 5;

    /// <summary>Gets or sets the term, in years, of a general branch or branch in a community or village (TR-2); default 5.</summary>
    public int CommunityTermYears { get; set; } = 5;

    /// <summary>Gets or sets the term, in years, of a general branch or branch elsewhere (TR-2); default 3.</summary>
    public int OtherTermYears { get; set; } = 3;

    /// <summary>Gets or sets the shortest term allowed (TR-1); default 3.</summary>
    public int MinTermYears { get; set; } = 3;

    /// <summary>Gets or sets the longest term allowed (TR-1); default 5.</summary>
    public int MaxTermYears { get; set; } = 5;

    /// <summary>Gets or sets how far an election may be postponed or advanced with the higher committee's approval (TR-3); default 1 year.</summary>
    public Period ElectionShiftLimit { get; set; } = Period.FromYears(1);

    /// <summary>Gets or sets how long before a term ends the higher organisation reminds (TR-4); default 6 months.</summary>
    public Period ReminderBefore { get; set; } = Period.FromMonths(6);

    /// <summary>Gets or sets the Party standing (党龄, counted from the day made full) a secretary needs (TR-6, which names the secretary only; a role asks for it with <see cref="StewardRole.RequiresStanding"/>); default 1 year.</summary>
    public Period SecretaryMinimumStanding { get; set; } = Period.FromYears(1);

    /// <summary>Gets or sets a value indicating whether the secretary may also chair the owners' committee (一肩挑); allowed and flagged by default.</summary>
    public bool AllowCrossHolding { get; set; } = true;

    /// <summary>Gets or sets the term, in years, of local roles such as building leader and grid worker; default 3.</summary>
    public int LocalRoleTermYears { get; set; } = 3;

    /// <summary>Gets or sets the longest term of an owners' committee (业委会), in years; default 5.</summary>
    public int OwnersCommitteeMaxTermYears { get; set; } = 5;

    /// <summary>Gets the roles known to the library and the district, by key.</summary>
    public IReadOnlyDictionary<string, StewardRole> Roles => _roles;

    /// <summary>Adds a district's own role (e.g. a volunteer-team captain) or replaces one with the same key.</summary>
    /// <param name="role">The role.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    public StewardPolicy AddRole(StewardRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        _roles[role.Key] = role;
        return this;
    }

    /// <summary>Returns the role with <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="role">The role.</param>
    /// <returns>Whether it is known.</returns>
    public bool TryGetRole(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StewardRole? role)
    {
        role = null;
        return key is not null && _roles.TryGetValue(key, out role);
    }

    /// <summary>Returns the role of an appointment, or a stand-in for a role this policy no longer knows (so old records still read).</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The role.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    public StewardRole RoleOf(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return TryGetRole(appointment.RoleKey, out var role) ? role
            : new StewardRole(appointment.RoleKey, appointment.RoleKey, appointment.RoleKey, appointment.Site, RoleHolders.MemberOrResident) { MaxHolders = null };
    }

    /// <summary>Checks that the numbers are consistent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its rule.</exception>
    public void Validate() => Common.SettingProblems.ThrowIfAny(Check);

    /// <summary>Records every setting that is out of range.</summary>
    /// <param name="problems">The collector.</param>
    internal void Check(Common.SettingProblems problems)
    {
        problems.Require(MinTermYears is >= 1 and <= 10, nameof(MinTermYears), $"is {MinTermYears}; expected 1 to 10 years.", "TR-1");
        problems.Require(MaxTermYears >= MinTermYears && MaxTermYears <= 10, nameof(MaxTermYears), $"is {MaxTermYears}; expected MinTermYears ({MinTermYears}) to 10 years.", "TR-1");
        foreach (var (years, name) in new[] { (CommitteeTermYears, nameof(CommitteeTermYears)), (CommunityTermYears, nameof(CommunityTermYears)), (OtherTermYears, nameof(OtherTermYears)) })
        {
            problems.Require(years >= MinTermYears && years <= MaxTermYears, name, $"is {years}; expected a term in the TR-1 range, {MinTermYears} to {MaxTermYears} years.", "TR-2");
        }

        problems.Require(LocalRoleTermYears is >= 1 and <= 10, nameof(LocalRoleTermYears), $"is {LocalRoleTermYears}; expected 1 to 10 years.");
        problems.Require(OwnersCommitteeMaxTermYears is >= 1 and <= 10, nameof(OwnersCommitteeMaxTermYears), $"is {OwnersCommitteeMaxTermYears}; expected 1 to 10 years.");
        foreach (var (period, name) in new[] { (ElectionShiftLimit, nameof(ElectionShiftLimit)), (ReminderBefore, nameof(ReminderBefore)), (SecretaryMinimumStanding, nameof(SecretaryMinimumStanding)) })
        {
            problems.Require(period is not null && !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0,
                name, $"is {period?.ToString() ?? "empty"}; expected a date period of zero or more (ISO 8601, e.g. P1Y, P6M).");
        }
    }
}
