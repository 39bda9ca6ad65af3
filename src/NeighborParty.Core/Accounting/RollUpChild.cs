using NeighborParty.Organization;

namespace NeighborParty.Accounting;

/// <summary>One child's figures in a report (or the node's own, for records placed at the node itself).</summary>
/// <param name="PlaceId">The child place.</param>
/// <param name="Name">Its name.</param>
/// <param name="Figures">Its figures, in report order.</param>
public sealed record RollUpChild(PlaceId PlaceId, string Name, IReadOnlyList<FigureLine> Figures);
