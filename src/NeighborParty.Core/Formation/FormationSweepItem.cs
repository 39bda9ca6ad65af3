namespace NeighborParty.Formation;

/// <summary>One compound or branch found by a sweep.</summary>
/// <param name="Subject">A compound without a branch, or a branch.</param>
/// <param name="Id">The compound's or branch's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Counted">The members who count toward BR-1/BR-3/BR-4.</param>
/// <param name="Size">The size for BR-2/BR-6.</param>
/// <param name="Verdict">Every outcome that applies.</param>
public sealed record FormationSweepItem(FormationSubjectKind Subject, Guid Id, string Name, int Counted, int Size, FormationVerdict Verdict)
{
    /// <summary>Gets the verdict in Chinese (e.g. 应当成立党支部).</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);
}
