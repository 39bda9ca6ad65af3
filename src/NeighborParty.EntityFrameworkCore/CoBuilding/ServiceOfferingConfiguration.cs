using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> builder)
    {
        builder.ToTable("ServiceOfferings");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Category).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(100);
        builder.Property(o => o.Mode).HasConversion<int>();
        builder.Property(o => o.Period).HasConversion<int>();
        builder.MapPosition(o => o.Home, "Home");
        builder.HasIndex(o => new { o.Category, o.Active });
        builder.HasIndex(o => o.PartnerId);
        builder.MapValues(o => o.Compounds, "OfferingCompounds", "OfferingId", c => c.HasIndex(x => x.CompoundId)); // the menu of a compound
        builder.MapValues(o => o.Bookings, "OfferingBookings", "OfferingId");
    }
}
