namespace NeighborParty.Accounting;

/// <summary>A figure of the district report (DOMAIN §8): its key, names and nature.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="NameZh">The Chinese name, as the report reads.</param>
/// <param name="Name">The English name.</param>
/// <param name="Nature">Stock or flow.</param>
/// <param name="Definition">What exactly is counted.</param>
public sealed record FigureDefinition(string Key, string NameZh, string Name, FigureNature Nature, string Definition);
