using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NeighborParty.EntityFrameworkCore.Persistence.Bulk;

/// <summary>
/// One table as a bulk write sees it, read from the EF Core model once per model: its name and, per column, how to
/// get the stored value from a row (scalar properties, the columns of complex properties such as a tree position,
/// the aggregate's version, and for owned rows their generated key and their owner's key), and the owned collections
/// whose rows go to their own tables.
/// </summary>
/// <remarks>
/// What EF Core would store for an added aggregate, column for column and converted by the same type mappings, so a
/// row written in bulk reads back exactly as one written by <c>SaveChanges</c> (a test checks every aggregate kind).
/// Immutable and thread-safe once built.
/// </remarks>
internal sealed class BulkTable
{
    private BulkTable(string name, string? schema, IReadOnlyList<BulkColumn> columns, IReadOnlyList<(Func<object, object?> Getter, BulkTable Table)> owned)
    {
        Name = name;
        Schema = schema;
        Columns = columns;
        Owned = owned;
    }

    /// <summary>Gets the table's name.</summary>
    public string Name { get; }

    /// <summary>Gets the table's schema, or null for the default.</summary>
    public string? Schema { get; }

    /// <summary>Gets the columns, in the order they are written.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>Gets the owned collections of a row: how to read each, and the table its items go to.</summary>
    public IReadOnlyList<(Func<object, object?> Getter, BulkTable Table)> Owned { get; }

    /// <summary>Describes the table of <paramref name="entityType"/>, with its owned collections.</summary>
    /// <param name="entityType">An aggregate's entity type (not owned).</param>
    /// <returns>The table.</returns>
    /// <exception cref="NotSupportedException">The type maps something a bulk write cannot store (e.g. an owned single row, table splitting).</exception>
    public static BulkTable Of(IEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return Build(entityType, owner: null);
    }

    /// <summary>Reads the items of an owned collection of <paramref name="row"/>.</summary>
    /// <param name="getter">The collection's getter.</param>
    /// <param name="row">The owning row.</param>
    /// <returns>The items (none when the collection is null).</returns>
    public static IEnumerable<object> Items(Func<object, object?> getter, object row) =>
        getter(row) is IEnumerable items ? items.Cast<object>() : [];

    private static BulkTable Build(IEntityType entityType, IEntityType? owner)
    {
        var name = entityType.GetTableName() ?? throw new NotSupportedException($"{entityType.DisplayName()} is not mapped to a table.");
        var schema = entityType.GetSchema();
        var table = StoreObjectIdentifier.Table(name, schema);
        var columns = new List<BulkColumn>();
        var ownerKey = owner is null ? null : entityType.FindOwnership()!.Properties;
        foreach (var property in entityType.GetProperties())
        {
            var column = property.GetColumnName(table) ?? throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} has no column in {name}.");
            var mapping = property.GetRelationalTypeMapping();
            if (owner is not null && ownerKey!.Contains(property))
            {
                columns.Add(new BulkColumn(column, mapping, BulkValueSource.OwnerKey, null));
            }
            else if (property.IsShadowProperty() && property.IsPrimaryKey() && property.ClrType == typeof(Guid))
            {
                columns.Add(new BulkColumn(column, mapping, BulkValueSource.NewKey, null)); // an owned row's client-made key
            }
            else if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a shadow property a bulk write cannot fill.");
            }
            else if (owner is null && property.Name == nameof(Domain.IAggregateRoot.Version))
            {
                columns.Add(new BulkColumn(column, mapping, BulkValueSource.Version, null));
            }
            else
            {
                columns.Add(new BulkColumn(column, mapping, BulkValueSource.Property, property.GetGetter()));
            }
        }

        AddComplex(entityType.GetComplexProperties(), table, columns);
        var owned = new List<(Func<object, object?>, BulkTable)>();
        foreach (var navigation in entityType.GetNavigations())
        {
            if (!navigation.TargetEntityType.IsOwned() || !navigation.IsCollection || navigation.TargetEntityType.GetTableName() == name)
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{navigation.Name} is not an owned collection in its own table; a bulk write cannot store it.");
            }

            owned.Add((CollectionGetter(navigation), Build(navigation.TargetEntityType, entityType)));
        }

        return new BulkTable(name, schema, columns, owned);
    }

    /// <summary>
    /// Reads a collection through its public property where there is one, not the backing field EF Core fills: an
    /// aggregate rebuilt from a snapshot (the in-memory store's copies) may keep its items elsewhere until it changes.
    /// </summary>
    private static Func<object, object?> CollectionGetter(INavigation navigation)
    {
        if (navigation.PropertyInfo is not { GetMethod: not null } property)
        {
            var getter = navigation.GetGetter();
            return getter.GetClrValue;
        }

        var row = Expression.Parameter(typeof(object), "row");
        var read = Expression.Convert(Expression.Property(Expression.Convert(row, navigation.DeclaringEntityType.ClrType), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(read, row).Compile();
    }

    private static void AddComplex(IEnumerable<IComplexProperty> complexProperties, StoreObjectIdentifier table, List<BulkColumn> columns)
    {
        foreach (var complex in complexProperties)
        {
            if (complex.IsCollection)
            {
                throw new NotSupportedException($"{complex.Name} is a complex collection; a bulk write cannot store it.");
            }

            foreach (var property in complex.ComplexType.GetProperties())
            {
                var column = property.GetColumnName(table) ?? throw new NotSupportedException($"{complex.Name}.{property.Name} has no column.");
                columns.Add(new BulkColumn(column, property.GetRelationalTypeMapping(), BulkValueSource.ContainedProperty, property.GetGetter()));
            }

            AddComplex(complex.ComplexType.GetComplexProperties(), table, columns);
        }
    }
}
