using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Stewards;

namespace NeighborParty.EntityFrameworkCore.Stewards;

internal sealed class CompoundGovernanceConfiguration : IEntityTypeConfiguration<CompoundGovernance>
{
    public void Configure(EntityTypeBuilder<CompoundGovernance> builder)
    {
        builder.ToTable("CompoundGovernance");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.MapPosition(g => g.Compound, "Compound"); // one record per compound (StoreIndexes: unique)
        builder.Property(g => g.Management).HasConversion<int>();
        builder.Property(g => g.PropertyCompany).HasMaxLength(100);
        builder.Property(g => g.PropertyContact).HasMaxLength(12);
        builder.Ignore(g => g.CompoundId);
        builder.Ignore(g => g.HasOwnersCommittee);
        builder.Ignore(g => g.CommitteeTerm);
        builder.Ignore(g => g.Chair);
        builder.MapValues(g => g.Seats, "OwnersCommitteeSeats", "GovernanceId", seat =>
        {
            seat.HasIndex("GovernanceId");
            seat.Property(s => s.Name).HasMaxLength(100).IsRequired();
            seat.Property(s => s.Position).HasConversion<int>();
        });
    }
}
