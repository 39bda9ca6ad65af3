namespace NeighborParty.CoBuilding;

/// <summary>An entry of a catalogue.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
public sealed record CatalogueEntry(string Key, string NameZh, string Name);
