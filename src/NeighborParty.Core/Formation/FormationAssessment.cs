using NeighborParty.Organization;

namespace NeighborParty.Formation;

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
    MemberCounts Counts, int Counted, int Size, FormationVerdict Verdict, IReadOnlyList<FormationOutcome> Outcomes)
{
    /// <summary>Gets the verdict in Chinese; several are joined with 、.</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);

    /// <summary>Gets what was assessed, in Chinese (小区, 拟联合的小区, 党支部).</summary>
    public string SubjectZh => Common.ChineseLabels.Of(Subject);
}
