namespace NeighborParty.Accounting;

/// <summary>One figure's value in a report.</summary>
/// <param name="Key">The figure's key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="Nature">Stock or flow.</param>
/// <param name="Value">The value (corrections included).</param>
public sealed record FigureLine(string Key, string NameZh, string Name, FigureNature Nature, long Value);
