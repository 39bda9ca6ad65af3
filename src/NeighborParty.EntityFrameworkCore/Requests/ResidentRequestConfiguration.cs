using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Requests;

namespace NeighborParty.EntityFrameworkCore.Requests;

internal sealed class ResidentRequestConfiguration : IEntityTypeConfiguration<ResidentRequest>
{
    public void Configure(EntityTypeBuilder<ResidentRequest> builder)
    {
        builder.ToTable("ResidentRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Category).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Channel).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.State).HasConversion<int>();
        builder.Property(r => r.AssigneeKind).HasConversion<int?>();
        builder.Property(r => r.AssigneeName).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasMaxLength(100);
        builder.Property(r => r.RatingComment).HasMaxLength(100);
        builder.MapPosition(r => r.Compound, "Compound"); // lists by subtree, category and state (StoreIndexes)
        builder.Ignore(r => r.CompoundId);
        builder.Ignore(r => r.CompoundPath);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.State, r.DueAt }); // overdue
        builder.HasIndex(r => new { r.Category, r.State, r.ReceivedAt }); // a district's open requests of one category, newest first
        builder.HasIndex(r => r.ResidentId);
        builder.HasIndex(r => new { r.ReceivedAt, r.Id }); // pages newest first read 50 entries, not the whole desk (issue 26)
        builder.HasIndex(r => new { r.IsPublic, r.ReceivedAt });
        builder.MapValues(r => r.Transitions, "RequestTransitions", "RequestId", t =>
        {
            t.Property(x => x.State).HasConversion<int>();
            t.Property(x => x.Actor).HasMaxLength(200).IsRequired();
            t.Property(x => x.Note).HasMaxLength(100);
        });
        builder.MapValues(r => r.Media, "RequestMedia", "RequestId", m => m.Property(x => x.Url).HasMaxLength(500).IsRequired());
        builder.MapValues(r => r.Attributes, "RequestAttributes", "RequestId", a =>
        {
            a.Property(x => x.Code).HasMaxLength(64).IsRequired();
            a.Property(x => x.Value).HasMaxLength(500).IsRequired();
        });
    }
}
