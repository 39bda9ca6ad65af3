namespace NeighborParty.Requests;

/// <summary>A channel requests come in through (门口驿站, 邻听园 …).</summary>
/// <param name="Key">The key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
public sealed record RequestChannel(string Key, string NameZh, string Name);
