using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Testing;

/// <summary>
/// A small district holding at least one of every aggregate the library stores, built through the library's own
/// services (so every write goes through the unit of work and the store under test): places and units, members and a
/// resident, appointments and a governance record, partners, a covenant, an offering and a delivered order, a
/// position, a team and a motion, an activity and a project, a request, a wish and a deliberation, a closed period
/// with a correction, and the audit entries they leave.
/// </summary>
/// <remarks>
/// Its schema is Yanping's with one addition, so that a compound branch can be moved: a street working committee may
/// hold a compound branch directly (街道直管). Today is <see cref="Today"/>; configure the options with <see cref="Configure"/>.
/// </remarks>
public sealed partial class ConformanceWorld
{
    private ConformanceWorld()
    {
    }

    /// <summary>Gets the instant the world is built at (10:00 in Asia/Shanghai).</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 27, 2, 0);

    /// <summary>Gets today in the district.</summary>
    public static LocalDate Today { get; } = new(2026, 11, 27);

    /// <summary>Gets the schema: Yanping's, with compound branches also allowed directly under a street working committee.</summary>
    public static HierarchySchema Schema { get; } = new HierarchySchema.Builder("conformance")
        .Level("district", "区委", "District committee", [OrganizationUnitKind.Committee], PlaceKind.District, 1, 1)
        .Level("street", "街道党工委", "Street working committee", [OrganizationUnitKind.WorkingCommittee], PlaceKind.Street, 1, 1, parents: ["district"])
        .Level("community", "社区党委", "Community committee", [OrganizationUnitKind.Committee, OrganizationUnitKind.GeneralBranch], PlaceKind.Community, 1, 1, parents: ["street"])
        .Level("compound", "小区党支部", "Compound branch", [OrganizationUnitKind.Branch, OrganizationUnitKind.JointBranch, OrganizationUnitKind.GeneralBranch], PlaceKind.Compound, 1, 1,
            parents: ["community", "street"])
        .Level("compound-sub-branch", "小区党总支下属党支部", "Branch under a compound general branch", [OrganizationUnitKind.Branch], PlaceKind.Building, 1, null, parents: ["compound"])
        .Level("building-group", "楼栋党小组", "Building group", [OrganizationUnitKind.BuildingGroup], PlaceKind.Building, 1, null, parents: ["compound", "compound-sub-branch"])
        .Level("functional-group", "功能性党小组", "Functional group", [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["compound", "compound-sub-branch"])
        .Build();

    /// <summary>Gets the district.</summary>
    public Place District { get; private set; } = null!;

    /// <summary>Gets the street.</summary>
    public Place Street { get; private set; } = null!;

    /// <summary>Gets the community.</summary>
    public Place Community { get; private set; } = null!;

    /// <summary>Gets the compound where most things happen.</summary>
    public Place Compound { get; private set; } = null!;

    /// <summary>Gets a second compound of the community.</summary>
    public Place OtherCompound { get; private set; } = null!;

    /// <summary>Gets a building of <see cref="Compound"/>.</summary>
    public Place Building { get; private set; } = null!;

    /// <summary>Gets the district committee.</summary>
    public OrganizationUnit Root { get; private set; } = null!;

    /// <summary>Gets the street working committee.</summary>
    public OrganizationUnit StreetUnit { get; private set; } = null!;

    /// <summary>Gets the community committee.</summary>
    public OrganizationUnit CommunityUnit { get; private set; } = null!;

    /// <summary>Gets the branch of <see cref="Compound"/>: members, appointments, a covenant and activities hang below it.</summary>
    public OrganizationUnit Branch { get; private set; } = null!;

    /// <summary>Gets the branch of <see cref="OtherCompound"/>.</summary>
    public OrganizationUnit OtherBranch { get; private set; } = null!;

    /// <summary>Gets a functional group under <see cref="Branch"/>: it can move to <see cref="OtherBranch"/>.</summary>
    public OrganizationUnit Group { get; private set; } = null!;

    /// <summary>Sets what the world needs: its schema and a clock fixed at <see cref="Now"/>.</summary>
    /// <param name="options">The options being configured.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static void Configure(NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema = Schema;
        options.Clock = new FixedClock(Now);
    }

    /// <summary>Builds the world through the library's services, one scope (one request) per step group.</summary>
    /// <param name="services">A provider built with <c>AddNeighborParty(ConformanceWorld.Configure)</c> and the store under test.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static async Task<ConformanceWorld> BuildAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var world = new ConformanceWorld();
        await world.BuildTreesAsync(services, cancellationToken);
        var members = await world.BuildLedgerAsync(services, cancellationToken);
        var partners = await world.BuildCoBuildingAsync(services, members, cancellationToken);
        await world.BuildRequestsAndActivitiesAsync(services, members, partners, cancellationToken);
        return world;
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> step)
    {
        await using var scope = services.CreateAsyncScope();
        return await step(scope.ServiceProvider);
    }
}
