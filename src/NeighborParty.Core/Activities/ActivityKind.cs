namespace NeighborParty.Activities;

/// <summary>A kind of activity: its key, names, category, and the regular-life rule it fulfils (ML-1…ML-6), if any.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="Category">What it counts as.</param>
/// <param name="Rule">The rule id it fulfils (e.g. <c>ML-1</c>), or null.</param>
public sealed record ActivityKind(string Key, string NameZh, string Name, ActivityCategory Category, string? Rule = null);
