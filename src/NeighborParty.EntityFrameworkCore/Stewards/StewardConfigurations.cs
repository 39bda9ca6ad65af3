using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Stewards;

namespace NeighborParty.EntityFrameworkCore.Stewards;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.RoleKey).HasMaxLength(64).IsRequired();
        builder.Property(a => a.HolderKind).HasConversion<int>();
        builder.Property(a => a.HolderName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Site).HasConversion<int>();
        builder.Property(a => a.Grid).HasMaxLength(100);
        builder.Property(a => a.Basis).HasConversion<int>();
        builder.Property(a => a.BasisNote).HasMaxLength(100);
        builder.Property(a => a.EndReason).HasConversion<int?>();
        builder.Property(a => a.EndNote).HasMaxLength(100);
        builder.Property(a => a.TermChangeApprovedBy).HasMaxLength(100);
        builder.Ignore(a => a.SitePath);
        builder.Ignore(a => a.LastDay);
        builder.Ignore(a => a.Term);
        builder.Ignore(a => a.EndedEarly);

        // Seat checks read one site; scopes and coverage read path ranges; a member's roles are read for 一肩挑.
        builder.HasIndex(a => a.UnitId);
        builder.HasIndex(a => new { a.PlaceId, a.Grid });
        builder.HasIndex(a => new { a.SitePathHigh, a.SitePathLow });
        builder.HasIndex(a => a.MemberId);
    }
}

internal sealed class CompoundGovernanceConfiguration : IEntityTypeConfiguration<CompoundGovernance>
{
    public void Configure(EntityTypeBuilder<CompoundGovernance> builder)
    {
        builder.ToTable("CompoundGovernance");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasIndex(g => g.CompoundId).IsUnique();
        builder.HasIndex(g => new { g.CompoundPathHigh, g.CompoundPathLow });
        builder.Property(g => g.Management).HasConversion<int>();
        builder.Property(g => g.PropertyCompany).HasMaxLength(100);
        builder.Property(g => g.PropertyContact).HasMaxLength(12);
        builder.Ignore(g => g.HasOwnersCommittee);
        builder.Ignore(g => g.CommitteeTerm);
        builder.Ignore(g => g.Chair);
        builder.OwnsMany(g => g.Seats, seat =>
        {
            seat.ToTable("OwnersCommitteeSeats");
            seat.WithOwner().HasForeignKey("GovernanceId");
            seat.Property<Guid>("Id").ValueGeneratedOnAdd(); // made by EF on the client, on every provider
            seat.HasKey("Id");
            seat.HasIndex("GovernanceId");
            seat.Property(s => s.Name).HasMaxLength(100).IsRequired();
            seat.Property(s => s.Position).HasConversion<int>();
        });
        builder.Navigation(g => g.Seats).HasField("_seats").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
