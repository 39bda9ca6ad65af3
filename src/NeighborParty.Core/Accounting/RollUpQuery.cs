using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>What a roll-up counts: a place subtree over a span of days, with drill-down one level below the node.</summary>
/// <param name="Node">The place whose subtree is summed.</param>
/// <param name="Days">The days (in the library's time zone).</param>
/// <param name="Start">The first instant of the days.</param>
/// <param name="End">The instant after the last day.</param>
/// <param name="BranchLevels">The schema's compound-branch level keys.</param>
/// <param name="KindsByFigure">The activity kinds each activity figure counts (from <see cref="Activities.ActivityPolicy"/>).</param>
public sealed record RollUpQuery(HierarchyPath Node, DateInterval Days, Instant Start, Instant End, IReadOnlyList<string> BranchLevels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> KindsByFigure)
{
    /// <summary>Gets the depth of the drill-down rows (one below the node).</summary>
    public int ChildDepth => Math.Min(Node.Depth + 1, HierarchyPath.MaxDepth);
}
