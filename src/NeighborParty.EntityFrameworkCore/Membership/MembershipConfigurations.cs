using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.Ignore(m => m.IdCard);
        builder.Ignore(m => m.PhoneNumber);
        builder.Ignore(m => m.Status);
        builder.Ignore(m => m.UnitPath);
        builder.Ignore(m => m.ResidencePath);
        builder.Ignore(m => m.RegistrationPath);

        // The ID number is the ledger's key; scopes are ranges on the three paths.
        builder.HasIndex(m => m.IdNumber).IsUnique();
        builder.HasIndex(m => new { m.UnitPathHigh, m.UnitPathLow });
        builder.HasIndex(m => new { m.ResidencePathHigh, m.ResidencePathLow });
        builder.HasIndex(m => new { m.RegistrationPathHigh, m.RegistrationPathLow });
        builder.HasIndex(m => m.UnitId);

        builder.OwnsMany(m => m.History, history =>
        {
            history.ToTable("PartyMemberRelationships");
            history.WithOwner().HasForeignKey("MemberId");
            history.Property<Guid>("Id").ValueGeneratedOnAdd(); // made by EF on the client, on every provider
            history.HasKey("Id");
            history.HasIndex("MemberId");
            history.Property(h => h.ExternalOrganization).HasMaxLength(100);
        });
        builder.Navigation(m => m.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("Residents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Contact).HasMaxLength(12);
        builder.Ignore(r => r.ContactNumber);
        builder.Ignore(r => r.CompoundPath);
        builder.HasIndex(r => new { r.CompoundPathHigh, r.CompoundPathLow });
    }
}
