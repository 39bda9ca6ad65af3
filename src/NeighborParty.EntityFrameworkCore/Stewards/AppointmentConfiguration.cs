using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
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
        builder.MapPosition(a => a.Location, "Location"); // seat checks read one site; scopes and coverage read ranges (StoreIndexes)
        builder.Ignore(a => a.UnitId);
        builder.Ignore(a => a.PlaceId);
        builder.Ignore(a => a.SitePath);
        builder.Ignore(a => a.LastDay);
        builder.Ignore(a => a.Term);
        builder.Ignore(a => a.EndedEarly);
        builder.HasIndex(a => a.MemberId); // a member's roles, for 一肩挑
    }
}
