using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;

namespace NeighborParty.EntityFrameworkCore.Organization;

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
        builder.MapPosition(u => u.Position, "Position");
        builder.Ignore(u => u.Path);
        builder.Ignore(u => u.Places);
        builder.Ignore(u => u.IsLive);
        builder.HasIndex(u => u.ParentId);
        builder.MapValues(u => u.Coverage, "OrganizationUnitPlaces", "UnitId", coverage => coverage.HasIndex(c => c.PlaceId));
    }
}
