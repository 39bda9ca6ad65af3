using NeighborParty.Organization;

namespace NeighborParty.Common;

/// <summary>One child place's counts in a <see cref="ReportSummary"/>.</summary>
/// <param name="PlaceId">The child place (drill down by asking for its summary).</param>
/// <param name="Name">Its name.</param>
/// <param name="Counts">How many items each list holds there.</param>
public sealed record ReportSummaryRow(PlaceId PlaceId, string Name, IReadOnlyDictionary<string, int> Counts);
