using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Accounting;
using NeighborParty.Activities;

namespace NeighborParty.EntityFrameworkCore.Accounting;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(100).IsRequired();
        builder.Property(p => p.State).HasConversion<int>();
        builder.Property(p => p.Outcome).HasMaxLength(100);
        builder.Ignore(p => p.PlacePath);
        builder.HasIndex(p => new { p.PlacePathHigh, p.PlacePathLow, p.PlannedOn });
        builder.OwnsMany(p => p.Partners, o =>
        {
            o.ToTable("ProjectPartners");
            o.WithOwner().HasForeignKey("ProjectId");
            o.Property<Guid>("Id").ValueGeneratedOnAdd();
            o.HasKey("Id");
        });
        builder.Navigation(p => p.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(p => p.Requests, o =>
        {
            o.ToTable("ProjectRequests");
            o.WithOwner().HasForeignKey("ProjectId");
            o.Property<Guid>("Id").ValueGeneratedOnAdd();
            o.HasKey("Id");
            o.HasIndex(x => x.RequestId);
        });
        builder.Navigation(p => p.Requests).HasField("_requests").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PeriodClosingConfiguration : IEntityTypeConfiguration<PeriodClosing>
{
    public void Configure(EntityTypeBuilder<PeriodClosing> builder)
    {
        builder.ToTable("PeriodClosings");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClosedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(c => c.PlacePath);
        builder.Ignore(c => c.Days);
        builder.HasIndex(c => new { c.PlacePathHigh, c.PlacePathLow, c.From });
        builder.OwnsMany(c => c.Figures, f =>
        {
            f.ToTable("FrozenFigures");
            f.WithOwner().HasForeignKey("ClosingId");
            f.Property<Guid>("Id").ValueGeneratedOnAdd();
            f.HasKey("Id");
            f.Property(x => x.Figure).HasMaxLength(64).IsRequired();
        });
        builder.Navigation(c => c.Figures).HasField("_figures").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

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
        builder.Ignore(c => c.PlacePath);
        builder.HasIndex(c => new { c.PlacePathHigh, c.PlacePathLow, c.AttributedTo });
    }
}
