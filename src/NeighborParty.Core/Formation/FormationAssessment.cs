using NeighborParty.Organization;

namespace NeighborParty.Formation;

/// <summary>The assessment of a place (a compound, grid or village, as the schema has it), a set of them or a branch: the counts and every outcome that applies.</summary>
/// <param name="Subject">What was assessed.</param>
/// <param name="Places">The places assessed, of the schema's branch level (for a branch, those it covers).</param>
/// <param name="Branch">The branch, when there is one.</param>
/// <param name="Counts">The counts.</param>
/// <param name="Counted">The members who count toward BR-1, BR-3 and BR-4 under the policy.</param>
/// <param name="Size">The size for BR-2 and BR-6 under the policy.</param>
/// <param name="Verdict">The outcomes, as flags.</param>
/// <param name="Outcomes">The outcomes, with rule ids, citations and messages.</param>
public sealed record FormationAssessment(FormationSubjectKind Subject, IReadOnlyList<PlaceId> Places, OrganizationUnitId? Branch,
    MemberCounts Counts, int Counted, int Size, FormationVerdict Verdict, IReadOnlyList<FormationOutcome> Outcomes)
{
    /// <summary>Gets the verdict in Chinese; several are joined with 、.</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);

    /// <summary>Gets what was assessed, in Chinese and in the schema's words (小区, 拟联合的村, 网格党支部); the service sets it from its schema.</summary>
    public string SubjectZh { get; init; } = Common.ChineseLabels.Of(Subject);

    /// <summary>Gets what was assessed, in English and in the schema's words (compound, proposed joint villages, grid branch).</summary>
    public string SubjectEn { get; init; } = Common.SchemaLabels.English(Subject, Organization.HierarchySchema.Yanping);
}
