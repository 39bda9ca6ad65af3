using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Care;
using NeighborParty.EntityFrameworkCore.Persistence;

namespace NeighborParty.EntityFrameworkCore.Care;

internal sealed class CareRecordConfiguration : IEntityTypeConfiguration<CareRecord>
{
    public void Configure(EntityTypeBuilder<CareRecord> builder)
    {
        builder.ToTable("CareRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Needs).HasConversion<int>();
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property(c => c.Circumstances).HasMaxLength(200);
        builder.Property(c => c.Facility).HasMaxLength(100);
        builder.Property(c => c.ClosedBecause).HasMaxLength(100);
        builder.ComplexProperty(c => c.Consent, consent =>
        {
            consent.IsRequired();
            consent.Property(x => x.GivenBy).HasColumnName("ConsentGivenBy").HasMaxLength(100).IsRequired();
            consent.Property(x => x.Relation).HasColumnName("ConsentRelation").HasMaxLength(100).IsRequired();
            consent.Property(x => x.On).HasColumnName("ConsentOn");
            consent.Property(x => x.Means).HasColumnName("ConsentMeans").HasMaxLength(100).IsRequired();
        });
        builder.MapPosition(c => c.Compound, "Compound");
        builder.Ignore(c => c.CompoundId);
        builder.Ignore(c => c.Serving);
        builder.HasIndex(c => c.ResidentId);
        builder.MapValues(c => c.Guardians, "CareGuardians", "CareRecordId", g =>
        {
            g.Property(x => x.Kind).HasConversion<int>();
            g.Property(x => x.Name).HasMaxLength(100).IsRequired();
            g.Property(x => x.Duty).HasMaxLength(100).IsRequired();
            g.Ignore(x => x.Serving);
        });
        builder.MapValues(c => c.Contacts, "CareContacts", "CareRecordId", c =>
        {
            c.Property(x => x.Mode).HasConversion<int>();
            c.Property(x => x.By).HasMaxLength(100).IsRequired();
            c.Property(x => x.Note).HasMaxLength(200).IsRequired();
        });
        builder.MapValues(c => c.Actions, "CareActions", "CareRecordId", a =>
        {
            a.Property(x => x.Level).HasConversion<int>();
            a.Property(x => x.Kind).HasConversion<int>();
            a.Property(x => x.Description).HasMaxLength(100).IsRequired();
            a.Property(x => x.Outcome).HasMaxLength(100);
            a.Ignore(x => x.IsOpen);
        });
    }
}
