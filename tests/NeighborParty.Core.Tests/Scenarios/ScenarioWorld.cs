using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Scenarios;

/// <summary>
/// A district wired from a configuration file alone (<c>AddNeighborParty(configuration.GetSection("NeighborParty"))</c>,
/// no schema or policy code), on the in-memory store, with helpers to build its places and units and import its ledger.
/// </summary>
internal sealed class ScenarioWorld
{
    private int _sequence;

    public ScenarioWorld(string file)
        : this(new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile(Path.Combine("Scenarios", file), optional: false).Build())
    {
    }

    public ScenarioWorld(IConfiguration configuration)
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        var services = new ServiceCollection()
            .AddSingleton<IActorAccessor>(new Clerk())
            .AddNeighborParty(configuration.GetSection("NeighborParty"), o => o.Clock = Clock); // the test's clock: the only code here
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }).CreateScope().ServiceProvider;
        Options = Get<NeighborPartyOptions>();
    }

    public FakeClock Clock { get; }

    public IServiceProvider Services { get; }

    public NeighborPartyOptions Options { get; }

    public HierarchySchema Schema => Options.Schema;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Place District(string name) => Run(Get<PlaceDirectory>().RegisterDistrictAsync(new NewPlace(PlaceKind.District, name)));

    public Place Place(Place parent, string name) =>
        Run(Get<PlaceDirectory>().RegisterAsync(parent.Id, new NewPlace(NeighborParty.Organization.Place.ChildKindOf(parent.Kind)!.Value, name)));

    /// <summary>Gets the day every unit of the scenario was established, so that whole months and quarters lie behind today.</summary>
    public static LocalDate Established { get; } = new(2020, 1, 1);

    public OrganizationUnit Root(string level, OrganizationUnitKind kind, string name, Place place) =>
        Run(Get<OrganizationTree>().CreateRootAsync(new NewOrganizationUnit(level, kind, name, [place.Id]) { Established = Established }));

    public OrganizationUnit Unit(OrganizationUnit parent, string level, OrganizationUnitKind kind, string name, params Place[] places) =>
        Run(Get<OrganizationTree>().AddChildAsync(parent.Id, new NewOrganizationUnit(level, kind, name, [.. places.Select(p => p.Id)]) { Established = Established }));

    /// <summary>The members whose relationship is in <paramref name="unit"/>, in the order they were recorded.</summary>
    public List<PartyMember> MembersOf(OrganizationUnit unit) =>
        Run(Get<Persistence.IReadRepository<PartyMember>>().ListAsync()).Where(m => m.UnitPath == unit.Path).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    /// <summary>Appoints <paramref name="member"/> to <paramref name="role"/> in <paramref name="unit"/> from <paramref name="start"/>.</summary>
    public NeighborParty.Stewards.Appointment Appoint(NeighborParty.Stewards.StewardRole role, PartyMember member, OrganizationUnit unit, LocalDate start) =>
        Run(Get<NeighborParty.Stewards.AppointmentService>().AppointAsync(new NeighborParty.Stewards.NewAppointment(role.Key, member.Id, null, unit.Id, null, null, start, null, NeighborParty.Stewards.AppointmentBasis.ElectedByAssembly)));

    /// <summary>Records an organisational-life activity of <paramref name="unit"/> at <paramref name="place"/> on <paramref name="day"/>.</summary>
    public NeighborParty.Activities.Activity Record(string kind, Place place, OrganizationUnit unit, LocalDate day) =>
        Run(Get<NeighborParty.Activities.ActivityLedger>().RecordAsync(new NeighborParty.Activities.NewActivity(kind, kind, place.Id, day.At(new LocalTime(19, 30)).InZoneLeniently(Options.TimeZone), 6, unit.Id)));

    /// <summary>A ledger row: a full member in work (在职), living in <paramref name="home"/>, with the relationship in <paramref name="unit"/>.</summary>
    public string Row(string name, OrganizationUnit unit, Place home)
    {
        var n = ++_sequence;
        var gender = n % 2 == 0 ? Gender.Female : Gender.Male;
        return $"{name},{IdNumbers.Make(new LocalDate(1970, 1, 1).PlusDays(n), n, gender)},{(gender == Gender.Male ? "男" : "女")},2000-07-01,2001-07-01,在职,否,{unit.Name},,{home.Name},,,\r\n";
    }

    public LedgerImportReport Import(Place scope, IEnumerable<string> rows)
    {
        var csv = "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\r\n" + string.Concat(rows);
        return Run(Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), scope.Id));
    }

    /// <summary>The unit a new branch for <paramref name="place"/> sits under: the live unit at a parent level of the branch level covering the place above.</summary>
    public OrganizationUnit ParentFor(Place place, string branchLevel)
    {
        var parents = Schema.GetLevel(branchLevel).ParentLevels;
        var units = Run(Get<Persistence.IReadRepository<OrganizationUnit>>().ListAsync());
        return units.Single(u => u.IsLive && parents.Contains(u.Level) && u.Places.Contains(place.ParentId!.Value));
    }

    private static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>A district clerk; scenario steps act as one.</summary>
    private sealed class Clerk : IActorAccessor
    {
        public Actor? Current { get; } = new("t:clerk", ActorKind.CommunityStaff, Guid.Empty);
    }
}
