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

/// <summary>A row of <c>OrganizationUnits</c>.</summary>
internal sealed class UnitRow
{
    public Guid Id { get; set; }

    public string Level { get; set; } = "";

    public int Kind { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public Guid? ParentId { get; set; }

    public DateOnly Established { get; set; }

    public DateOnly? Dissolved { get; set; }

    public long PositionPathHigh { get; set; }

    public long PositionPathLow { get; set; }

    public long Version { get; set; }
}

/// <summary>A row of <c>OrganizationUnitPlaces</c>.</summary>
internal sealed class UnitPlaceRow
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid PlaceId { get; set; }
}

/// <summary>A row of <c>Places</c> (the columns the peer reads).</summary>
internal sealed class PlaceRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public Guid? ParentId { get; set; }

    public int PositionTree { get; set; }

    public long PositionPathHigh { get; set; }

    public long PositionPathLow { get; set; }
}

/// <summary>A row of <c>PartyMembers</c> (the columns a page shows and scopes by).</summary>
internal sealed class MemberRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string IdNumber { get; set; } = "";

    public int Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    public string? Phone { get; set; }

    public DateOnly Joined { get; set; }

    public DateOnly? MadeFull { get; set; }

    public int Category { get; set; }

    public bool IsMobile { get; set; }

    public string? SuspensionReason { get; set; }

    public DateOnly? SuspendedFrom { get; set; }

    public DateOnly? SuspendedTo { get; set; }

    public string? ExternalOrganization { get; set; }

    public DateOnly RelationshipSince { get; set; }

    public int? Transfer { get; set; }

    public Guid? TransferToUnitId { get; set; }

    public string? TransferToExternal { get; set; }

    public DateOnly? TransferStarted { get; set; }

    public Guid? ResidenceBuildingId { get; set; }

    public Guid? RegisteredBuildingId { get; set; }

    public string? RegisteredGrid { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public Guid RegistrationId { get; set; }

    public int RegistrationTree { get; set; }

    public long RegistrationPathHigh { get; set; }

    public long RegistrationPathLow { get; set; }

    public Guid ResidenceId { get; set; }

    public int ResidenceTree { get; set; }

    public long ResidencePathHigh { get; set; }

    public long ResidencePathLow { get; set; }

    public Guid UnitId { get; set; }

    public int UnitTree { get; set; }

    public long UnitPathHigh { get; set; }

    public long UnitPathLow { get; set; }

    public long Version { get; set; }
}

/// <summary>A row of <c>PartyMemberRelationships</c> (a member's past relationships).</summary>
internal sealed class RelationshipRow
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid? UnitId { get; set; }

    public string? ExternalOrganization { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}

/// <summary>A row of <c>ResidentRequests</c> (the columns the Open311 list shows).</summary>
internal sealed class RequestRow
{
    public Guid Id { get; set; }

    public string Category { get; set; } = "";

    public Guid? BuildingId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string Description { get; set; } = "";

    public bool IsPublic { get; set; }

    public int State { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime DueAt { get; set; }

    public string? AssigneeName { get; set; }

    public Guid? DuplicateOf { get; set; }

    public string? Outcome { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid CompoundId { get; set; }

    public string Channel { get; set; } = "";

    public DateTime? FirstResolvedAt { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>RequestMedia</c>.</summary>
internal sealed class MediaRow
{
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public string Url { get; set; } = "";
}

/// <summary>A row of <c>Activities</c> (where, when, what kind).</summary>
internal sealed class ActivityRow
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = "";

    public DateOnly Day { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}

/// <summary>A row of <c>Positions</c>.</summary>
internal sealed class PlacedRow
{
    public Guid Id { get; set; }

    public DateOnly Opened { get; set; }

    public DateOnly? Closed { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>CareRecords</c>.</summary>
internal sealed class CareRow
{
    public Guid Id { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>DeployedTeams</c>.</summary>
internal sealed class TeamRow
{
    public Guid Id { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public int HomeTree { get; set; }

    public long HomePathHigh { get; set; }

    public long HomePathLow { get; set; }
}

/// <summary>A row of <c>Partners</c>.</summary>
internal sealed class PartnerRow
{
    public Guid Id { get; set; }

    public int Category { get; set; }

    public DateTime Registered { get; set; }

    public int HomeTree { get; set; }

    public long HomePathHigh { get; set; }

    public long HomePathLow { get; set; }
}

/// <summary>A row of <c>Projects</c>.</summary>
internal sealed class ProjectRow
{
    public Guid Id { get; set; }

    public DateOnly PlannedOn { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}

/// <summary>A row of <c>PeriodClosings</c>.</summary>
internal sealed class ClosingRow
{
    public Guid Id { get; set; }

    public Guid PlaceId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}

/// <summary>A row of <c>FigureCorrections</c>.</summary>
internal sealed class CorrectionRow
{
    public Guid Id { get; set; }

    public DateOnly AttributedTo { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}
