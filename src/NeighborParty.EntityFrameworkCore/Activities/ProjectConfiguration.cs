using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Activities;

namespace NeighborParty.EntityFrameworkCore.Activities;

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
        builder.MapPosition(p => p.Place, "Place");
        builder.Ignore(p => p.PlaceId);
        builder.Ignore(p => p.PlacePath);
        builder.MapValues(p => p.Partners, "ProjectPartners", "ProjectId");
        builder.MapValues(p => p.Requests, "ProjectRequests", "ProjectId", o => o.HasIndex(x => x.RequestId));
    }
}
