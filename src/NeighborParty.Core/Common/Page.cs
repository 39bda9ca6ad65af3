namespace NeighborParty.Common;

/// <summary>
/// One page of a list in its key order, and the token that continues it (keyset paging): the first, a middle and the
/// last page cost the same, however long the list, and a row added or removed meanwhile never repeats or skips one.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
/// <param name="Items">The page's items, at most the number asked for.</param>
/// <param name="Next">The token of the next page (pass it as <c>after</c>), or null when this is the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
