using Microsoft.EntityFrameworkCore;
using NeighborParty.Auditing;
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

    /// <summary>Gets the neighbourhood-care records (邻里守望).</summary>
    public DbSet<NeighborParty.Care.CareRecord> CareRecords => Set<NeighborParty.Care.CareRecord>();

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
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(Domain.IAggregateRoot).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(Domain.IAggregateRoot.Version)).IsConcurrencyToken();
            modelBuilder.Entity(entity.ClrType).Ignore(nameof(Domain.IHasDomainEvents.DomainEvents));
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every strongly typed id of the library is stored as its GUID, through one generic converter.
        foreach (var type in typeof(Place).Assembly.GetExportedTypes().Where(IsStronglyTypedId))
        {
            configurationBuilder.Properties(type).HaveConversion(typeof(StronglyTypedIdConverter<>).MakeGenericType(type));
        }
    }

    private static bool IsStronglyTypedId(Type type) =>
        type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Domain.IStronglyTypedId<>));
}
