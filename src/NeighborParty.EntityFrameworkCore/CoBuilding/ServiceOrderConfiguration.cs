using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class ServiceOrderConfiguration : IEntityTypeConfiguration<ServiceOrder>
{
    public void Configure(EntityTypeBuilder<ServiceOrder> builder)
    {
        builder.ToTable("ServiceOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Needs).HasMaxLength(100).IsRequired();
        builder.Property(o => o.State).HasConversion<int>();
        builder.Property(o => o.Reason).HasMaxLength(100);
        builder.Property(o => o.RatingComment).HasMaxLength(100);
        builder.MapPosition(o => o.Compound, "Compound");
        builder.Ignore(o => o.CompoundId);
        builder.Ignore(o => o.CompoundPath);
        builder.HasIndex(o => o.PartnerId);
        builder.HasIndex(o => o.OfferingId);
        builder.MapValues(o => o.Steps, "ServiceOrderSteps", "OrderId", s =>
        {
            s.Property(x => x.State).HasConversion<int>();
            s.Property(x => x.Actor).HasMaxLength(200).IsRequired();
        });
    }
}
