using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>
/// The library wired as an adopter wires it (AddNeighborParty on the in-memory store, one scope, a clerk acting),
/// with a small Yanping-like place tree, for facts and properties.
/// </summary>
internal sealed class TreeFixture
{
    public TreeFixture(HierarchySchema? schema = null, Action<NeighborPartyOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        var collection = new ServiceCollection();
        collection.AddSingleton<IActorAccessor>(new FixedActor());
        collection.AddScoped<IDomainEventDispatcher>(sp => new RecordingDispatcher(new ServiceProviderDomainEventDispatcher(sp), Events));
        services?.Invoke(collection);
        collection.AddNeighborParty(o =>
        {
            o.Schema = schema ?? HierarchySchema.Yanping;
            o.Clock = Clock;
            configure?.Invoke(o);
        });
        Provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Services = Provider.CreateScope().ServiceProvider;
        Options = Get<NeighborPartyOptions>();
        PlaceRepository = Get<IRepository<Place>>();
        UnitRepository = Get<IRepository<OrganizationUnit>>();
        Places = Get<PlaceDirectory>();
        Tree = Get<OrganizationTree>();
    }

    /// <summary>Gets every domain event dispatched so far (in commits), oldest first.</summary>
    public List<IDomainEvent> Events { get; } = [];

    /// <summary>Gets the root provider: <c>Provider.CreateScope()</c> acts as a second clerk on the same store.</summary>
    public ServiceProvider Provider { get; }

    /// <summary>Gets the scope's services.</summary>
    public IServiceProvider Services { get; }

    public FakeClock Clock { get; }

    public NeighborPartyOptions Options { get; }

    public IRepository<Place> PlaceRepository { get; }

    public IRepository<OrganizationUnit> UnitRepository { get; }

    /// <summary>Gets the scope's unit of work.</summary>
    public IUnitOfWork Work => Get<IUnitOfWork>();

    public PlaceDirectory Places { get; }

    public OrganizationTree Tree { get; }

    public Place District { get; private set; } = null!;

    public List<Place> Streets { get; } = [];

    public List<Place> Communities { get; } = [];

    public List<Place> Compounds { get; } = [];

    public List<Place> Buildings { get; } = [];

    /// <summary>1 district, 2 streets, 2 communities each, 3 compounds each (7 in the first community), 3 buildings each.</summary>
    public TreeFixture WithPlaces()
    {
        District = Run(Places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区")));
        for (var s = 1; s <= 2; s++)
        {
            var street = Run(Places.RegisterAsync(District.Id, new NewPlace(PlaceKind.Street, $"街道{s}")));
            Streets.Add(street);
            for (var c = 1; c <= 2; c++)
            {
                var community = Run(Places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, $"社区{s}{c}")));
                Communities.Add(community);
                var compounds = s == 1 && c == 1 ? 7 : 3;
                for (var k = 1; k <= compounds; k++)
                {
                    var compound = Run(Places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, $"小区{s}{c}{k}") { CompoundKind = CompoundKind.WithPropertyService, Households = 100 }));
                    Compounds.Add(compound);
                    for (var b = 1; b <= 3; b++)
                    {
                        Buildings.Add(Run(Places.RegisterAsync(compound.Id, new NewPlace(PlaceKind.Building, $"{b}号楼"))));
                    }
                }
            }
        }

        return this;
    }

    public List<Place> CompoundsOf(Place community) => Compounds.FindAll(c => c.ParentId == community.Id);

    public List<Place> BuildingsOf(Place compound) => Buildings.FindAll(b => b.ParentId == compound.Id);

    public OrganizationUnit Root() => Run(Tree.CreateRootAsync(
        new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [District.Id]) { Established = new LocalDate(2000, 1, 1) }));

    public OrganizationUnit Add(OrganizationUnit parent, string level, OrganizationUnitKind kind, params Place[] places) =>
        Run(Tree.AddChildAsync(parent.Id, new NewOrganizationUnit(level, kind, $"{level}-{Guid.NewGuid():N}"[..20], [.. places.Select(p => p.Id)]) { Established = new LocalDate(2020, 1, 1) }));

    /// <summary>District committee → street committee → community committee for the first community.</summary>
    public (OrganizationUnit Root, OrganizationUnit Street, OrganizationUnit Community) Frame()
    {
        var root = Root();
        var street = Add(root, "street", OrganizationUnitKind.WorkingCommittee, Streets[0]);
        var community = Add(street, "community", OrganizationUnitKind.Committee, Communities[0]);
        return (root, street, community);
    }

    public List<OrganizationUnit> AllUnits() => Run(UnitRepository.ListAsync());

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Records what the library's dispatcher delivers.</summary>
    private sealed class RecordingDispatcher(IDomainEventDispatcher inner, List<IDomainEvent> events) : IDomainEventDispatcher
    {
        public Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken = default)
        {
            events.AddRange(domainEvents);
            return inner.DispatchAsync(domainEvents, cancellationToken);
        }
    }

    /// <summary>A community clerk; the tests act as one unless they say otherwise.</summary>
    private sealed class FixedActor : IActorAccessor
    {
        public Actor? Current { get; } = new("t:clerk", ActorKind.CommunityStaff, Guid.Empty);
    }
}
