using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Security;
using NeighborParty.Stewards;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// One district of a schema preset (<c>yanping</c>, <c>grid</c>, <c>rural</c>) on the in-memory store: a place of
/// every kind, the units from the root down to a branch at the schema's branch level and a Party group under it (a
/// 楼栋党小组, a 楼院党小组 or a 村民小组党小组), all established on 2020-01-01. Today is 2026-11-27 and may be moved.
/// </summary>
internal sealed class PresetWorld
{
    private static readonly LocalDate Established = new(2020, 1, 1);
    private int _sequence;

    public PresetWorld(string preset, Action<NeighborPartyOptions>? configure = null)
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));
        var services = new ServiceCollection()
            .AddSingleton<IActorAccessor>(new SystemActor())
            .AddNeighborParty(o =>
            {
                o.Schema = HierarchySchema.Preset(preset);
                o.Clock = Clock;
                configure?.Invoke(o);
            });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }).CreateScope().ServiceProvider;
        Options = Get<NeighborPartyOptions>();

        District = Run(Get<PlaceDirectory>().RegisterDistrictAsync(new NewPlace(PlaceKind.District, Zh(PlaceKind.District) + "甲")));
        Street = Child(District, "甲");
        Community = Child(Street, "甲");
        Compound = Child(Community, "甲");
        Building = Child(Compound, "甲");
        (Branch, BranchPlace) = BuildBranch(Compound, Building);
        Group = AddGroup(Branch, covered: Schema.Levels.First(IsGroupUnder(Branch)).Covers == PlaceKind.Building ? Building : Compound);
    }

    /// <summary>The presets, as theory data.</summary>
    public static TheoryData<string> Presets => new() { "yanping", "grid", "rural" };

    public FakeClock Clock { get; }

    public IServiceProvider Services { get; }

    public NeighborPartyOptions Options { get; }

    public HierarchySchema Schema => Options.Schema;

    public LocalDate Today => Clock.GetCurrentInstant().InZone(Options.TimeZone).Date;

    public Place District { get; }

    public Place Street { get; }

    public Place Community { get; }

    public Place Compound { get; }

    public Place Building { get; }

    /// <summary>Gets the branch at the schema's branch level (a compound branch, a grid branch, a village Party organisation).</summary>
    public OrganizationUnit Branch { get; }

    /// <summary>Gets the place the branch covers (a compound, a grid, a village).</summary>
    public Place BranchPlace { get; }

    /// <summary>Gets the Party group under the branch.</summary>
    public OrganizationUnit Group { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public string Zh(PlaceKind kind) => Schema.PlaceName(kind).Name;

    public void SetToday(LocalDate day) => Clock.Reset(day.At(new LocalTime(10, 0)).InZoneStrictly(Options.TimeZone).ToInstant());

    /// <summary>A Party group under <paramref name="branch"/>, at the group level the schema has under the branch's level, established on <paramref name="established"/>.</summary>
    public OrganizationUnit AddGroup(OrganizationUnit branch, LocalDate? established = null, Place? covered = null)
    {
        var level = Schema.Levels.First(IsGroupUnder(branch));
        var kind = level.Kinds.Contains(OrganizationUnitKind.PartyGroup) ? OrganizationUnitKind.PartyGroup : level.Kinds.First();
        covered ??= Child(Run(Get<PlaceDirectory>().GetAsync(branch.Places[0])), "组" + ++_sequence);
        return Unit(branch, level.Key, kind, "党小组" + ++_sequence, established ?? Established, covered);
    }

    /// <summary>Another branch at the branch level over a new place, established on <paramref name="established"/>.</summary>
    public OrganizationUnit AddBranch(LocalDate established)
    {
        var place = Child(Run(Get<PlaceDirectory>().GetAsync(BranchPlace.ParentId!.Value)), "乙" + ++_sequence);
        var parent = ParentUnitOf(place);
        return Unit(parent, Schema.BranchLevels[0], OrganizationUnitKind.Branch, "党支部" + _sequence, established, place);
    }

    /// <summary><paramref name="count"/> full members (made full on <paramref name="madeFull"/>, 2001-07-01 when null) with their relationship in <paramref name="unit"/>.</summary>
    public List<PartyMember> Members(int count, OrganizationUnit unit, LocalDate? madeFull = null)
    {
        var ledger = Get<MemberLedger>();
        var list = new List<PartyMember>();
        for (var i = 0; i < count; i++)
        {
            var n = ++_sequence;
            var full = madeFull ?? new LocalDate(2001, 7, 1);
            var details = new MemberDetails("党员" + n, IdNumbers.Make(new LocalDate(1970, 1, 1).PlusDays(n), n), full.PlusYears(-1), MemberCategory.Retired) { MadeFull = full };
            list.Add(Run(ledger.RecordAsync(details, MemberRelationship.InUnit(unit.Id), full.PlusYears(-1))));
        }

        return list;
    }

    public Activity Record(string kind, LocalDate day, OrganizationUnit unit) =>
        Run(Get<ActivityLedger>().RecordAsync(new NewActivity(kind, kind + " " + day, BranchPlace.Id, day.At(new LocalTime(9, 0)).InZoneLeniently(Options.TimeZone), 5, unit.Id)));

    public BranchCompliance Compliance(DateInterval span, OrganizationUnit? branch = null) =>
        Run(Get<ComplianceService>().AssessAsync((branch ?? Branch).Id, span)).Single();

    public Appointment Appoint(StewardRole role, PartyMember member, LocalDate start, LocalDate? end = null, OrganizationUnit? unit = null) =>
        Run(Get<AppointmentService>().AppointAsync(new NewAppointment(role.Key, member.Id, null, (unit ?? Branch).Id, null, null, start, end, AppointmentBasis.ElectedByAssembly)));

    public StewardCoverage Coverage() => Run(Get<StewardReports>().CoverageAsync(BranchPlace.ParentId!.Value));

    public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private Place Child(Place parent, string suffix)
    {
        var kind = NeighborParty.Organization.Place.ChildKindOf(parent.Kind)!.Value;
        return Run(Get<PlaceDirectory>().RegisterAsync(parent.Id, new NewPlace(kind, Zh(kind) + suffix)));
    }

    private static Func<HierarchyLevel, bool> IsGroupUnder(OrganizationUnit branch) =>
        l => l.ParentLevels.Contains(branch.Level) && l.Kinds.All(k => k.IsGroup()) && l.Covers is not null;

    /// <summary>Builds the units from the root down to the branch level, each covering the place of its level.</summary>
    private (OrganizationUnit Branch, Place Place) BuildBranch(Place compound, Place building)
    {
        var chain = new List<HierarchyLevel>();
        for (var level = Schema.GetLevel(Schema.BranchLevels[0]); ; level = Schema.GetLevel(level.ParentLevels[0]))
        {
            chain.Insert(0, level);
            if (level.ParentLevels.Count == 0)
            {
                break;
            }
        }

        OrganizationUnit? unit = null;
        Place place = District;
        foreach (var level in chain)
        {
            place = level.Covers switch
            {
                PlaceKind.District => District,
                PlaceKind.Street => Street,
                PlaceKind.Community => Community,
                PlaceKind.Compound => compound,
                _ => building,
            };
            var kind = level.Key == Schema.BranchLevels[0] ? OrganizationUnitKind.Branch
                : level.Kinds.Contains(OrganizationUnitKind.Committee) ? OrganizationUnitKind.Committee : level.Kinds.First();
            unit = unit is null
                ? Run(Get<OrganizationTree>().CreateRootAsync(new NewOrganizationUnit(level.Key, kind, level.Name, [place.Id]) { Established = Established }))
                : Unit(unit, level.Key, kind, level.Name, Established, place);
        }

        return (unit!, place);
    }

    private OrganizationUnit ParentUnitOf(Place place)
    {
        var parents = Schema.GetLevel(Schema.BranchLevels[0]).ParentLevels;
        var units = Run(Get<Persistence.IReadRepository<OrganizationUnit>>().ListAsync());
        return units.Single(u => u.IsLive && parents.Contains(u.Level) && u.Places.Contains(place.ParentId!.Value));
    }

    private OrganizationUnit Unit(OrganizationUnit parent, string level, OrganizationUnitKind kind, string name, LocalDate established, params Place[] places) =>
        Run(Get<OrganizationTree>().AddChildAsync(parent.Id, new NewOrganizationUnit(level, kind, name, [.. places.Select(p => p.Id)]) { Established = established }));

    private sealed class SystemActor : IActorAccessor
    {
        public Actor? Current { get; } = new("t:system", ActorKind.System, Guid.Empty);
    }
}
