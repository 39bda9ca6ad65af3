using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>Where a column's value comes from in a bulk write.</summary>
internal enum BulkValueSource
{
    /// <summary>A property of the row itself.</summary>
    Property,

    /// <summary>A property of a complex property of the row (a tree position's path keys).</summary>
    ContainedProperty,

    /// <summary>The version the write gives the aggregate.</summary>
    Version,

    /// <summary>A new key made for an owned row.</summary>
    NewKey,

    /// <summary>The key of the row that owns this one.</summary>
    OwnerKey,
}

/// <summary>One column of a <see cref="BulkTable"/>: its name, the type mapping that converts a value for the database, and where the value comes from.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Mapping">The type mapping (its converter turns a model value into the stored one).</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Getter">The property's getter, for <see cref="BulkValueSource.Property"/> and <see cref="BulkValueSource.ContainedProperty"/>.</param>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, BulkValueSource Source, IClrPropertyGetter? Getter)
{
    /// <summary>Gets the value to store for <paramref name="row"/>, converted as EF Core would.</summary>
    /// <param name="row">The row's object (an aggregate or an owned item).</param>
    /// <param name="version">The version written (for an aggregate's row).</param>
    /// <param name="newKey">The key made for an owned row.</param>
    /// <param name="ownerKey">The model value of the owner's key (for an owned row).</param>
    /// <returns>The stored value, or null.</returns>
    public object? ValueOf(object row, long version, Guid newKey, object? ownerKey)
    {
        var value = Source switch
        {
            BulkValueSource.Property => Getter!.GetClrValue(row),
            BulkValueSource.ContainedProperty => Getter!.GetClrValueUsingContainingEntity(row),
            BulkValueSource.Version => version,
            BulkValueSource.NewKey => newKey,
            BulkValueSource.OwnerKey => ownerKey,
            _ => throw new InvalidOperationException($"Unknown source {Source}."),
        };
        return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
