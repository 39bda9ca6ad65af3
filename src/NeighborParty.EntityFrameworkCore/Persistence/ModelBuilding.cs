using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Organization;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// How the package maps the library's public persistence contract: tree positions as complex properties (four columns
/// each), immutable value objects inside aggregates as owned rows built through their public constructor, and
/// collections through their conventional backing field.
/// </summary>
internal static class ModelBuilding
{
    /// <summary>Maps a <see cref="TreePosition"/> as the columns <c>{prefix}Tree</c>, <c>{prefix}Id</c>, <c>{prefix}PathHigh</c>, <c>{prefix}PathLow</c>.</summary>
    public static void MapPosition<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, TreePosition>> position, string prefix)
        where T : class =>
        builder.ComplexProperty(position, p =>
        {
            p.IsRequired();
            p.Property(x => x.Tree).HasColumnName(prefix + "Tree").HasConversion<int>();
            p.Property(x => x.NodeId).HasColumnName(prefix + "Id");
            p.Property(x => x.PathHigh).HasColumnName(prefix + "PathHigh");
            p.Property(x => x.PathLow).HasColumnName(prefix + "PathLow");
            p.Ignore(x => x.IsPlaced);
            p.Ignore(x => x.Path);
        });

    /// <summary>
    /// Maps a collection of immutable value objects as rows of <paramref name="table"/>, keyed by a client-made GUID and
    /// holding exactly the values their public constructor takes.
    /// </summary>
    public static void MapValues<TOwner, TValue>(this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, IEnumerable<TValue>?>> collection, string table,
        string ownerKey, Action<OwnedNavigationBuilder<TOwner, TValue>>? configure = null)
        where TOwner : class
        where TValue : class
    {
        builder.OwnsMany(collection, rows =>
        {
            rows.ToTable(table);
            rows.WithOwner().HasForeignKey(ownerKey);
            rows.Property<Guid>("Id").ValueGeneratedOnAdd(); // made by EF on the client, on every provider
            rows.HasKey("Id");
            foreach (var name in StoredProperties(typeof(TValue)))
            {
                rows.Property(name);
            }

            configure?.Invoke(rows);
        });
        builder.Navigation(collection).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>The properties an immutable value object stores: those its public constructor takes.</summary>
    private static IEnumerable<string> StoredProperties(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
        foreach (var parameter in constructor.GetParameters())
        {
            var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new InvalidOperationException($"{type.Name} takes '{parameter.Name}' but has no such property: it cannot be stored.");
            yield return property.Name;
        }
    }
}
