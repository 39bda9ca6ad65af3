using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class DeputyMotionConfiguration : IEntityTypeConfiguration<DeputyMotion>
{
    public void Configure(EntityTypeBuilder<DeputyMotion> builder)
    {
        builder.ToTable("DeputyMotions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.Title).HasMaxLength(100).IsRequired();
        builder.Property(m => m.FiledWith).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Answer).HasMaxLength(100);
        builder.Property(m => m.HandledBy).HasMaxLength(100);
        builder.MapPosition(m => m.Compound, "Compound");
        builder.Ignore(m => m.CompoundId);
        builder.HasIndex(m => m.DeputyId);
    }
}
