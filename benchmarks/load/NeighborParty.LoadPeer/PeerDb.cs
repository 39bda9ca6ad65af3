using Microsoft.EntityFrameworkCore;

namespace NeighborParty.LoadPeer;

/// <summary>
/// The peer's own mapping of the tables it reads, written by hand against the schema the sample's migrations create:
/// plain classes, no value objects, no owned types, nothing tracked.
/// </summary>
internal sealed class PeerDb(DbContextOptions<PeerDb> options) : DbContext(options)
{
    public DbSet<UnitRow> Units => Set<UnitRow>();

    public DbSet<UnitPlaceRow> UnitPlaces => Set<UnitPlaceRow>();

    public DbSet<PlaceRow> Places => Set<PlaceRow>();

    public DbSet<MemberRow> Members => Set<MemberRow>();

    public DbSet<RelationshipRow> Relationships => Set<RelationshipRow>();

    public DbSet<RequestRow> Requests => Set<RequestRow>();

    public DbSet<MediaRow> Media => Set<MediaRow>();

    public DbSet<ActivityRow> Activities => Set<ActivityRow>();

    public DbSet<PlacedRow> Positions => Set<PlacedRow>();

    public DbSet<CareRow> Care => Set<CareRow>();

    public DbSet<TeamRow> Teams => Set<TeamRow>();

    public DbSet<PartnerRow> Partners => Set<PartnerRow>();

    public DbSet<ProjectRow> Projects => Set<ProjectRow>();

    public DbSet<ClosingRow> Closings => Set<ClosingRow>();

    public DbSet<CorrectionRow> Corrections => Set<CorrectionRow>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<UnitRow>().ToTable("OrganizationUnits");
        b.Entity<UnitPlaceRow>().ToTable("OrganizationUnitPlaces");
        b.Entity<PlaceRow>().ToTable("Places");
        b.Entity<MemberRow>().ToTable("PartyMembers");
        b.Entity<RelationshipRow>().ToTable("PartyMemberRelationships");
        var requests = b.Entity<RequestRow>().ToTable("ResidentRequests");
        b.Entity<MediaRow>().ToTable("RequestMedia");
        b.Entity<ActivityRow>().ToTable("Activities");
        b.Entity<PlacedRow>().ToTable("Positions");
        b.Entity<TeamRow>().ToTable("DeployedTeams");
        b.Entity<ProjectRow>().ToTable("Projects");
        b.Entity<ClosingRow>().ToTable("PeriodClosings");
        b.Entity<CorrectionRow>().ToTable("FigureCorrections");
        var care = b.Entity<CareRow>().ToTable("CareRecords");
        var partners = b.Entity<PartnerRow>().ToTable("Partners");
        if (Database.IsSqlite())
        {
            // The sample's SQLite schema stores an instant as Unix ticks (INTEGER); PostgreSQL has timestamptz.
            var ticks = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, long>(
                t => t.Ticks - DateTime.UnixEpoch.Ticks, t => new DateTime(t + DateTime.UnixEpoch.Ticks, DateTimeKind.Utc));
            requests.Property(r => r.ReceivedAt).HasConversion(ticks);
            requests.Property(r => r.DueAt).HasConversion(ticks);
            requests.Property(r => r.UpdatedAt).HasConversion(ticks);
            requests.Property(r => r.FirstResolvedAt).HasConversion(ticks);
            care.Property(c => c.RegisteredAt).HasConversion(ticks);
            care.Property(c => c.ClosedAt).HasConversion(ticks);
            partners.Property(p => p.Registered).HasConversion(ticks);
        }
    }
}
