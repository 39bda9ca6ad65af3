using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Membership;

namespace NeighborParty.EntityFrameworkCore.Membership;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("Residents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Contact).HasMaxLength(12);
        builder.MapPosition(r => r.Compound, "Compound");
        builder.Ignore(r => r.CompoundId);
        builder.Ignore(r => r.ContactNumber);
        builder.Ignore(r => r.CompoundPath);
    }
}
