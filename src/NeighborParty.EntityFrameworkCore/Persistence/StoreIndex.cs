namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>An index on position columns.</summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Unique">Whether the index is unique.</param>
internal sealed record StoreIndex(string Table, IReadOnlyList<string> Columns, bool Unique = false)
{
    /// <summary>Gets the index name, as EF Core would name it.</summary>
    public string Name => $"IX_{Table}_{string.Join('_', Columns)}";
}
