using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
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
        builder.MapPosition(p => p.Position, "Position"); // a subtree is one range on the position's keys (StoreIndexes)
        builder.Ignore(p => p.Path);
        builder.HasIndex(p => p.ParentId);
    }
}
