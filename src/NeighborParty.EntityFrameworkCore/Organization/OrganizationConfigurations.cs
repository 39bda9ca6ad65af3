using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Organization;

namespace NeighborParty.EntityFrameworkCore.Organization;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable("Places");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<int>();
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(100);
        builder.Property(p => p.CompoundKind).HasConversion<int?>();
        builder.Ignore(p => p.Path);

        // A subtree is one range on (PathHigh, PathLow); tree order is the index order.
        builder.HasIndex(p => new { p.PathHigh, p.PathLow }).IsUnique();
        builder.HasIndex(p => p.ParentId);
        builder.HasIndex(p => new { p.Kind, p.PathHigh, p.PathLow });
    }
}

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.ToTable("OrganizationUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Level).HasMaxLength(64).IsRequired();
        builder.Property(u => u.Kind).HasConversion<int>();
        builder.Property(u => u.Name).HasMaxLength(100).IsRequired();
        builder.Property(u => u.NameEn).HasMaxLength(100);
        builder.Ignore(u => u.Path);
        builder.Ignore(u => u.Places);

        builder.HasIndex(u => new { u.PathHigh, u.PathLow }).IsUnique();
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => new { u.Level, u.PathHigh, u.PathLow });

        builder.OwnsMany(u => u.Coverage, coverage =>
        {
            coverage.ToTable("OrganizationUnitPlaces");
            coverage.WithOwner().HasForeignKey("UnitId");
            coverage.Property<OrganizationUnitId>("UnitId");
            coverage.Property(c => c.PlaceId);
            coverage.HasKey("UnitId", nameof(CoveredPlace.PlaceId));
            coverage.HasIndex(c => c.PlaceId);
        });
        builder.Navigation(u => u.Coverage).HasField("_coverage").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
