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
    /// <summary>Gets the compounds that could join a joint branch with this one (same community, no branch yet).</summary>
    public IReadOnlyList<PlaceId> CandidateNeighbours { get; init; } = [];
}

/// <summary>What was assessed.</summary>
public enum FormationSubjectKind
{
    /// <summary>One compound without a branch.</summary>
    Compound = 1,

    /// <summary>A set of neighbouring compounds, as a proposed joint branch.</summary>
    Compounds = 2,

    /// <summary>An existing branch (or joint or general branch).</summary>
    Branch = 3,
}

/// <summary>The assessment of a compound, a set of compounds or a branch: the counts and every outcome that applies.</summary>
/// <param name="Subject">What was assessed.</param>
/// <param name="Compounds">The compounds assessed (for a branch, those it covers).</param>
/// <param name="Branch">The branch, when there is one.</param>
/// <param name="Counts">The counts.</param>
/// <param name="Counted">The members who count toward BR-1, BR-3 and BR-4 under the policy.</param>
/// <param name="Size">The size for BR-2 and BR-6 under the policy.</param>
/// <param name="Verdict">The outcomes, as flags.</param>
/// <param name="Outcomes">The outcomes, with rule ids, citations and messages.</param>
public sealed record FormationAssessment(FormationSubjectKind Subject, IReadOnlyList<PlaceId> Compounds, OrganizationUnitId? Branch,
    MemberCounts Counts, int Counted, int Size, FormationVerdict Verdict, IReadOnlyList<FormationOutcome> Outcomes);
