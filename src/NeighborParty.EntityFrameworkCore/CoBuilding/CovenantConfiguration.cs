using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> builder)
    {
        builder.ToTable("Covenants");
        builder.HasIndex(c => new { c.Title, c.Id }); // pages in title order read 50 entries (issue 26)
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(100).IsRequired();
        builder.Property(c => c.TerminationReason).HasMaxLength(100);
        builder.MapPosition(c => c.Unit, "Unit");
        builder.Ignore(c => c.UnitId);
        builder.Ignore(c => c.UnitPath);
        builder.Ignore(c => c.Latest);
        builder.Ignore(c => c.Effective);
        builder.MapValues(c => c.Partners, "CovenantPartners", "CovenantId", p => p.HasIndex(x => x.PartnerId)); // a partner finds the covenants it is party to
        builder.MapValues(c => c.Versions, "CovenantVersions", "CovenantId", v =>
        {
            v.Property(x => x.State).HasConversion<int>();
            v.Ignore(x => x.Validity);
        });
        builder.MapValues(c => c.Commitments, "CovenantCommitments", "CovenantId", m =>
        {
            m.Property(x => x.Kind).HasConversion<int>();
            m.Property(x => x.Description).HasMaxLength(100).IsRequired();
            m.Property(x => x.Unit).HasMaxLength(100);
            m.Property(x => x.Schedule).HasMaxLength(100);
            m.Property(x => x.Quantity).HasPrecision(18, 2);
        });
        builder.MapValues(c => c.Signatures, "CovenantSignatures", "CovenantId", s => s.Property(x => x.Signer).HasMaxLength(100).IsRequired());
        builder.MapValues(c => c.Fulfilments, "CovenantFulfilments", "CovenantId", f =>
        {
            f.Property(y => y.Source).HasConversion<int>();
            f.Property(y => y.Quantity).HasPrecision(18, 2);
            f.Property(y => y.Note).HasMaxLength(100);
        });
    }
}
