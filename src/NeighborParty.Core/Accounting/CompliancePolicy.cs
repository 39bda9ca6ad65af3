namespace NeighborParty.Accounting;

/// <summary>The cadence of the regular organisational life (RULES.md ML-1…ML-6); a district changes it here.</summary>
public sealed class CompliancePolicy
{
    private readonly List<RegularMeetingRule> _rules =
    [
        new("ML-1", "支部党员大会", "Member assembly", Cadence.Quarterly, DueFrom.Branch),
        new("ML-2", "支部委员会会议", "Branch committee meeting", Cadence.Monthly, DueFrom.BranchWithCommittee),
        new("ML-3", "党小组会", "Party group meeting", Cadence.Monthly, DueFrom.EachGroup),
        new("ML-4", "党课", "Party lesson", Cadence.Quarterly, DueFrom.Branch),
        new("ML-5", "主题党日", "Theme Party day", Cadence.Monthly, DueFrom.Branch),
        new("ML-6", "组织生活会", "Organisational-life meeting", Cadence.Yearly, DueFrom.Branch),
    ];

    /// <summary>Gets the rules.</summary>
    public IReadOnlyList<RegularMeetingRule> Rules => _rules;

    /// <summary>Replaces a rule's cadence (e.g. ML-4 monthly where a district holds Party lessons monthly).</summary>
    /// <param name="rule">The rule id.</param>
    /// <param name="cadence">The new cadence.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentException">An unknown rule or cadence.</exception>
    public CompliancePolicy SetCadence(string rule, Cadence cadence)
    {
        var index = _rules.FindIndex(r => r.Rule == rule);
        if (index < 0 || !Enum.IsDefined(cadence))
        {
            throw new ArgumentException($"Unknown rule '{rule}' or cadence.", nameof(rule));
        }

        _rules[index] = _rules[index] with { Cadence = cadence };
        return this;
    }
}
