using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Category).HasConversion<int>();
        builder.Property(p => p.MassOrganisation).HasConversion<int?>();
        builder.Property(p => p.ParentBody).HasMaxLength(100);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.ContactPhone).HasMaxLength(12);
        builder.MapPosition(p => p.Home, "Home");
        builder.Ignore(p => p.HomePlaceId);
        builder.Ignore(p => p.HomePath);
        builder.Ignore(p => p.IsDeputy);
    }
}
