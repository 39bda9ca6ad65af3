using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Accounting;

namespace NeighborParty.EntityFrameworkCore.Accounting;

internal sealed class PeriodClosingConfiguration : IEntityTypeConfiguration<PeriodClosing>
{
    public void Configure(EntityTypeBuilder<PeriodClosing> builder)
    {
        builder.ToTable("PeriodClosings");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClosedBy).HasMaxLength(200).IsRequired();
        builder.MapPosition(c => c.Place, "Place");
        builder.Ignore(c => c.PlaceId);
        builder.Ignore(c => c.PlacePath);
        builder.Ignore(c => c.Days);
        builder.MapValues(c => c.Figures, "FrozenFigures", "ClosingId", f => f.Property(x => x.Figure).HasMaxLength(64).IsRequired());
    }
}
