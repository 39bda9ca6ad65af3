using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Activities;

namespace NeighborParty.EntityFrameworkCore.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(100).IsRequired();
        builder.Property(a => a.TimeZone).HasMaxLength(64).IsRequired();
        builder.Ignore(a => a.PlacePath);
        builder.Ignore(a => a.VolunteerHours);

        // Roll-ups read a place (or unit) subtree over a period of days.
        builder.HasIndex(a => new { a.PlacePathHigh, a.PlacePathLow, a.Day });
        builder.HasIndex(a => new { a.Day, a.PlacePathHigh, a.PlacePathLow, a.Kind }); // covers a district's roll-up over a period: no table lookups
        builder.HasIndex(a => new { a.UnitPathHigh, a.UnitPathLow, a.Day });
        builder.HasIndex(a => a.ServiceOrderId);

        builder.OwnsMany(a => a.Members, m =>
        {
            m.ToTable("ActivityMembers");
            m.WithOwner().HasForeignKey("ActivityId");
            m.Property<Guid>("Id").ValueGeneratedOnAdd();
            m.HasKey("Id");
            m.Property(x => x.Hours).HasPrecision(6, 2);
            m.HasIndex(x => x.MemberId); // a member's volunteer-hours statement
        });
        builder.Navigation(a => a.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.Partners, p =>
        {
            p.ToTable("ActivityPartners");
            p.WithOwner().HasForeignKey("ActivityId");
            p.Property<Guid>("Id").ValueGeneratedOnAdd();
            p.HasKey("Id");
        });
        builder.Navigation(a => a.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
