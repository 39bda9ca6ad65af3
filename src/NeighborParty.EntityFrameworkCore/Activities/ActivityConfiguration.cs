using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
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
        builder.MapPosition(a => a.Unit, "Unit"); // roll-ups read a place (or unit) subtree over a period of days (StoreIndexes)
        builder.MapPosition(a => a.Place, "Place");
        builder.Ignore(a => a.UnitId);
        builder.Ignore(a => a.PlaceId);
        builder.Ignore(a => a.PlacePath);
        builder.Ignore(a => a.VolunteerHours);
        builder.Property(a => a.Hours).HasPrecision(10, 2); // a 活动台账 row's hours for the whole activity
        builder.HasIndex(a => a.ServiceOrderId);
        builder.MapValues(a => a.Members, "ActivityMembers", "ActivityId", m =>
        {
            m.Property(x => x.Hours).HasPrecision(6, 2);
            m.HasIndex(x => x.MemberId); // a member's volunteer-hours statement
        });
        builder.MapValues(a => a.Partners, "ActivityPartners", "ActivityId");
    }
}
