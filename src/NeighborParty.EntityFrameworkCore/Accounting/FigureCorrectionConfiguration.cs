using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Accounting;

namespace NeighborParty.EntityFrameworkCore.Accounting;

internal sealed class FigureCorrectionConfiguration : IEntityTypeConfiguration<FigureCorrection>
{
    public void Configure(EntityTypeBuilder<FigureCorrection> builder)
    {
        builder.ToTable("FigureCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Figure).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(100).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        builder.MapPosition(c => c.Place, "Place");
        builder.Ignore(c => c.PlaceId);
        builder.Ignore(c => c.PlacePath);
    }
}
