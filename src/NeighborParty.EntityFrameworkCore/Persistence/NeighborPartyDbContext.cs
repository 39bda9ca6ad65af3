using Microsoft.EntityFrameworkCore;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// The Entity Framework Core context of NeighborParty: every aggregate of the library and the audit trail. One
/// subclass per provider carries that provider's migrations: <see cref="SqliteNeighborPartyDbContext"/> and
/// <see cref="PostgreSqlNeighborPartyDbContext"/>.
/// </summary>
/// <remarks>
/// Ids are GUIDs, tree positions two indexed 64-bit keys, and every aggregate's <c>Version</c> is a concurrency
/// token. Not thread-safe, as any <see cref="DbContext"/>; register it scoped.
/// </remarks>
public abstract class NeighborPartyDbContext : DbContext
{
    /// <summary>Initializes a new instance of the <see cref="NeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options (provider, connection).</param>
    protected NeighborPartyDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the places.</summary>
    public DbSet<Place> Places => Set<Place>();

    /// <summary>Gets the organisation units.</summary>
    public DbSet<OrganizationUnit> OrganizationUnits => Set<OrganizationUnit>();

    /// <summary>Gets the member ledger.</summary>
    public DbSet<NeighborParty.Membership.PartyMember> PartyMembers => Set<NeighborParty.Membership.PartyMember>();

    /// <summary>Gets the residents who are not (necessarily) members.</summary>
    public DbSet<NeighborParty.Membership.Resident> Residents => Set<NeighborParty.Membership.Resident>();

    /// <summary>Gets the appointments of Red Stewards.</summary>
    public DbSet<NeighborParty.Stewards.Appointment> Appointments => Set<NeighborParty.Stewards.Appointment>();

    /// <summary>Gets the owners' committees and property records of compounds.</summary>
    public DbSet<NeighborParty.Stewards.CompoundGovernance> CompoundGovernance => Set<NeighborParty.Stewards.CompoundGovernance>();

    /// <summary>Gets the co-building partners.</summary>
    public DbSet<NeighborParty.CoBuilding.Partner> Partners => Set<NeighborParty.CoBuilding.Partner>();

    /// <summary>Gets the co-building covenants.</summary>
    public DbSet<NeighborParty.CoBuilding.Covenant> Covenants => Set<NeighborParty.CoBuilding.Covenant>();

    /// <summary>Gets the service menu.</summary>
    public DbSet<NeighborParty.CoBuilding.ServiceOffering> ServiceOfferings => Set<NeighborParty.CoBuilding.ServiceOffering>();

    /// <summary>Gets the service orders.</summary>
    public DbSet<NeighborParty.CoBuilding.ServiceOrder> ServiceOrders => Set<NeighborParty.CoBuilding.ServiceOrder>();

    /// <summary>Gets the neighbourhood positions.</summary>
    public DbSet<NeighborParty.CoBuilding.Position> Positions => Set<NeighborParty.CoBuilding.Position>();

    /// <summary>Gets the teams deployed to compounds.</summary>
    public DbSet<NeighborParty.CoBuilding.DeployedTeam> DeployedTeams => Set<NeighborParty.CoBuilding.DeployedTeam>();

    /// <summary>Gets the deputies' motions.</summary>
    public DbSet<NeighborParty.CoBuilding.DeputyMotion> DeputyMotions => Set<NeighborParty.CoBuilding.DeputyMotion>();

    /// <summary>Gets the activity ledger.</summary>
    public DbSet<NeighborParty.Activities.Activity> Activities => Set<NeighborParty.Activities.Activity>();

    /// <summary>Gets the residents' requests.</summary>
    public DbSet<NeighborParty.Requests.ResidentRequest> ResidentRequests => Set<NeighborParty.Requests.ResidentRequest>();

    /// <summary>Gets the micro-wishes.</summary>
    public DbSet<NeighborParty.Requests.MicroWish> MicroWishes => Set<NeighborParty.Requests.MicroWish>();

    /// <summary>Gets the neighbourhood projects.</summary>
    public DbSet<NeighborParty.Activities.Project> Projects => Set<NeighborParty.Activities.Project>();

    /// <summary>Gets the closed periods with their frozen figures.</summary>
    public DbSet<NeighborParty.Accounting.PeriodClosing> PeriodClosings => Set<NeighborParty.Accounting.PeriodClosing>();

    /// <summary>Gets the corrections of closed periods.</summary>
    public DbSet<NeighborParty.Accounting.FigureCorrection> FigureCorrections => Set<NeighborParty.Accounting.FigureCorrection>();

    /// <summary>Gets the deliberations.</summary>
    public DbSet<NeighborParty.Requests.Deliberation> Deliberations => Set<NeighborParty.Requests.Deliberation>();

    /// <summary>Gets the audit trail.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeighborPartyDbContext).Assembly);

        // Every aggregate carries a version checked on update: a write from a stale copy fails instead of overwriting.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && IsAggregate(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(AggregateRoot<>.Version)).IsConcurrencyToken();
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PlaceId>().HaveConversion<PlaceIdConverter>();
        configurationBuilder.Properties<OrganizationUnitId>().HaveConversion<OrganizationUnitIdConverter>();
        configurationBuilder.Properties<AuditEntryId>().HaveConversion<AuditEntryIdConverter>();
        configurationBuilder.Properties<NeighborParty.Membership.PartyMemberId>().HaveConversion<PartyMemberIdConverter>();
        configurationBuilder.Properties<NeighborParty.Membership.ResidentId>().HaveConversion<ResidentIdConverter>();
        configurationBuilder.Properties<NeighborParty.Stewards.AppointmentId>().HaveConversion<AppointmentIdConverter>();
        configurationBuilder.Properties<NeighborParty.Stewards.CompoundGovernanceId>().HaveConversion<CompoundGovernanceIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.PartnerId>().HaveConversion<PartnerIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.CovenantId>().HaveConversion<CovenantIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.OfferingId>().HaveConversion<OfferingIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.ServiceOrderId>().HaveConversion<ServiceOrderIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.PositionId>().HaveConversion<PositionIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.DeployedTeamId>().HaveConversion<DeployedTeamIdConverter>();
        configurationBuilder.Properties<NeighborParty.CoBuilding.MotionId>().HaveConversion<MotionIdConverter>();
        configurationBuilder.Properties<NeighborParty.Activities.ActivityId>().HaveConversion<ActivityIdConverter>();
        configurationBuilder.Properties<NeighborParty.Requests.RequestId>().HaveConversion<RequestIdConverter>();
        configurationBuilder.Properties<NeighborParty.Requests.MicroWishId>().HaveConversion<MicroWishIdConverter>();
        configurationBuilder.Properties<NeighborParty.Requests.DeliberationId>().HaveConversion<DeliberationIdConverter>();
        configurationBuilder.Properties<NeighborParty.Activities.ProjectId>().HaveConversion<ProjectIdConverter>();
        configurationBuilder.Properties<NeighborParty.Accounting.PeriodClosingId>().HaveConversion<PeriodClosingIdConverter>();
        configurationBuilder.Properties<NeighborParty.Accounting.CorrectionId>().HaveConversion<CorrectionIdConverter>();
    }

    private static bool IsAggregate(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AggregateRoot<>))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The context on SQLite: NodaTime values stored as <see cref="DateOnly"/> and Unix ticks; SQLite migrations.</summary>
public sealed class SqliteNeighborPartyDbContext : NeighborPartyDbContext
{
    /// <summary>Initializes a new instance of the <see cref="SqliteNeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options.</param>
    public SqliteNeighborPartyDbContext(DbContextOptions<SqliteNeighborPartyDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<NodaTime.Instant>().HaveConversion<InstantTicksConverter>();
    }
}

/// <summary>
/// The context on PostgreSQL: NodaTime values mapped natively by Npgsql's NodaTime plugin (<c>date</c>,
/// <c>timestamp with time zone</c>); PostgreSQL migrations.
/// </summary>
public sealed class PostgreSqlNeighborPartyDbContext : NeighborPartyDbContext
{
    /// <summary>Initializes a new instance of the <see cref="PostgreSqlNeighborPartyDbContext"/> class.</summary>
    /// <param name="options">The context options.</param>
    public PostgreSqlNeighborPartyDbContext(DbContextOptions<PostgreSqlNeighborPartyDbContext> options)
        : base(options)
    {
    }
}
