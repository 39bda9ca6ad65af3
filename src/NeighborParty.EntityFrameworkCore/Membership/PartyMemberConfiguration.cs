using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Membership;

namespace NeighborParty.EntityFrameworkCore.Membership;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> builder)
    {
        builder.ToTable("PartyMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(100).IsRequired();
        builder.Property(m => m.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(m => m.Gender).HasConversion<int>();
        builder.Property(m => m.Phone).HasMaxLength(12);
        builder.Property(m => m.Category).HasConversion<int>();
        builder.Property(m => m.SuspensionReason).HasMaxLength(100);
        builder.Property(m => m.ExternalOrganization).HasMaxLength(100);
        builder.Property(m => m.Transfer).HasConversion<int?>();
        builder.Property(m => m.TransferToExternal).HasMaxLength(100);
        builder.Property(m => m.RegisteredGrid).HasMaxLength(100);
        builder.MapPosition(m => m.Unit, "Unit");
        builder.MapPosition(m => m.Residence, "Residence");
        builder.MapPosition(m => m.Registration, "Registration");
        builder.Ignore(m => m.IdCard);
        builder.Ignore(m => m.PhoneNumber);
        builder.Ignore(m => m.Status);
        builder.Ignore(m => m.UnitId);
        builder.Ignore(m => m.ResidenceCompoundId);
        builder.Ignore(m => m.RegisteredCompoundId);
        builder.Ignore(m => m.UnitPath);
        builder.Ignore(m => m.ResidencePath);
        builder.Ignore(m => m.RegistrationPath);
        builder.HasIndex(m => m.IdNumber).IsUnique(); // the ledger's key
        builder.HasIndex(m => new { m.Name, m.Id }); // pages in name order read 50 entries, not a province's ledger (issue 26)
        builder.MapValues(m => m.History, "PartyMemberRelationships", "MemberId", history =>
        {
            history.HasIndex("MemberId");
            history.Property(h => h.ExternalOrganization).HasMaxLength(100);
        });
    }
}
