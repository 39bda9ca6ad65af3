using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Requests;

namespace NeighborParty.EntityFrameworkCore.Requests;

internal sealed class MicroWishConfiguration : IEntityTypeConfiguration<MicroWish>
{
    public void Configure(EntityTypeBuilder<MicroWish> builder)
    {
        builder.ToTable("MicroWishes");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Wish).HasMaxLength(100).IsRequired();
        builder.Property(w => w.State).HasConversion<int>();
        builder.Property(w => w.Evidence).HasMaxLength(100);
        builder.MapPosition(w => w.Compound, "Compound");
        builder.Ignore(w => w.CompoundId);
        builder.Ignore(w => w.CompoundPath);
        builder.HasIndex(w => w.ResidentId);
    }
}
