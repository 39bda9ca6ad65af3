namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>An index on position columns.</summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Unique">Whether the index is unique.</param>
/// <param name="Given">A name of its own, for an index whose columns make too long a name (PostgreSQL keeps 63 characters).</param>
internal sealed record StoreIndex(string Table, IReadOnlyList<string> Columns, bool Unique = false, string? Given = null)
{
    /// <summary>Gets the index name: the given one, or as EF Core would name it.</summary>
    public string Name => Given ?? $"IX_{Table}_{string.Join('_', Columns)}";
}
