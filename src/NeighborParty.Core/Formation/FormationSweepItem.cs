namespace NeighborParty.Formation;

/// <summary>One place (of the schema's branch level) or branch found by a sweep.</summary>
/// <param name="Subject">A place without a branch, or a branch.</param>
/// <param name="Id">The place's or branch's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Counted">The members who count toward BR-1/BR-3/BR-4.</param>
/// <param name="Size">The size for BR-2/BR-6.</param>
/// <param name="Verdict">Every outcome that applies.</param>
public sealed record FormationSweepItem(FormationSubjectKind Subject, Guid Id, string Name, int Counted, int Size, FormationVerdict Verdict)
{
    /// <summary>Gets the verdict in Chinese (e.g. 应当成立党支部).</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);

    /// <summary>Gets what the item is, in Chinese and in the schema's words (小区, 村, 网格党支部); the sweep sets it from its schema.</summary>
    public string SubjectZh { get; init; } = Common.ChineseLabels.Of(Subject);

    /// <summary>Gets what the item is, in English and in the schema's words (compound, village, grid branch).</summary>
    public string SubjectEn { get; init; } = Common.SchemaLabels.English(Subject, Organization.HierarchySchema.Yanping);
}
