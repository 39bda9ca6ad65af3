using NeighborParty.Organization;

namespace NeighborParty.Formation;

/// <summary>One outcome of an assessment, with the rule behind it.</summary>
/// <param name="Verdict">Which outcome.</param>
/// <param name="RuleId">The rule id of RULES.md, such as <c>BR-1</c>.</param>
/// <param name="Citation">The regulation and article.</param>
/// <param name="Message">What to do, in English, with the numbers.</param>
/// <param name="MessageZh">What to do, in Chinese.</param>
public sealed record FormationOutcome(FormationVerdict Verdict, string RuleId, string Citation, string Message, string MessageZh)
{
    /// <summary>Gets the outcome in Chinese (e.g. 应划分党小组).</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);

    /// <summary>Gets the compounds that could join a joint branch with this one (same community, no branch yet).</summary>
    public IReadOnlyList<PlaceId> CandidateNeighbours { get; init; } = [];
}
