using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Auditing;

namespace NeighborParty.EntityFrameworkCore.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(128).IsRequired();
        builder.Property(e => e.ActorKind).HasConversion<int>();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(2000).IsRequired();
        builder.MapPosition(e => e.Node, "Node"); // a node's trail is one range on (tree, path), newest first (StoreIndexes)
        builder.Ignore(e => e.Tree);
        builder.Ignore(e => e.NodeId);
    }
}
