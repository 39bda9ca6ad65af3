using BenchmarkDotNet.Attributes;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Benchmarks.Stewards;

/// <summary>
/// The coverage report of a district of 20,000 compounds (100,000 buildings, 16,000 branches, about 130,000
/// appointments; one seat in twenty empty, a sixth of local terms ending within six months):
/// <see cref="StewardCoverage.Compute"/> against a straightforward LINQ report that finds each branch's and building's
/// appointments through a lookup and filters them per node. The input is what <see cref="StewardReports.LoadAsync"/>
/// hands the report: the terms nobody has succeeded yet (<see cref="Appointment.SucceededBy"/> is null), in path order.
/// Loading them is the store's work and is not measured here.
/// </summary>
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 27);
    private readonly StewardPolicy _policy = new();
    private readonly FormationPolicy _formation = new();
    private StewardCoverageInput _input = null!;

    [GlobalSetup]
    public void Setup() => _input = Build(20_000);

    [Benchmark(Baseline = true)]
    public int NaiveLinqPerNode()
    {
        var bySite = _input.Appointments.ToLookup(a => a.UnitId?.Value ?? a.PlaceId!.Value.Value);
        var gaps = 0;
        for (var b = 0; b < _input.Branches.Count; b++)
        {
            var held = bySite[_input.Branches[b].Id.Value].Where(a => a.IsHeldOn(Today)).ToList();
            gaps += held.Any(a => a.RoleKey == "secretary") ? 0 : 1;
            var committee = held.Where(a => _policy.Roles[a.RoleKey].IsCommitteeSeat).Select(a => a.MemberId).Distinct().Count();
            gaps += _input.BranchFullMembers[b] >= 7 && committee < 3 ? 1 : 0;
        }

        foreach (var building in _input.Buildings)
        {
            gaps += bySite[building.Id.Value].Any(a => a.RoleKey == "building-leader" && a.IsHeldOn(Today)) ? 0 : 1;
        }

        var soon = Today.PlusMonths(6);
        gaps += _input.Appointments.Count(a => a.IsHeldOn(Today) && a.End <= soon && !a.EndedEarly);
        gaps += _input.Appointments.Where(a => a.LastDay < Today)
            .GroupBy(a => (a.RoleKey, a.UnitId, a.PlaceId, a.Grid))
            .Count(g => !bySite[g.Key.UnitId?.Value ?? g.Key.PlaceId!.Value.Value].Any(a => a.RoleKey == g.Key.RoleKey && a.IsHeldOn(Today)));
        return gaps;
    }

    [Benchmark]
    public int Compute() => StewardCoverage.Compute(_input, _policy, _formation).GapCount;

    /// <summary>Builds a district: 20 compounds per community, 5 buildings each, 80% with a branch.</summary>
    internal static StewardCoverageInput Build(int compounds, int seed = 11)
    {
        var random = new Random(seed);
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var schema = HierarchySchema.Yanping;
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, now);
        var root = OrganizationUnit.CreateRoot(OrganizationUnitId.New(), schema.GetLevel("district"), OrganizationUnitKind.Committee, "区委", null, 1, [district.Id], new LocalDate(2000, 1, 1), BenchmarkDates.Today, now);
        var compoundList = new List<Place>();
        var buildings = new List<Place>();
        var branches = new List<OrganizationUnit>();
        var counted = new List<int>();
        var appointments = new List<Appointment>();
        Place? street = null, community = null;
        OrganizationUnit? streetUnit = null, communityUnit = null;
        for (var c = 0; c < compounds; c++)
        {
            if (c % 400 == 0)
            {
                street = district.AddChild(PlaceId.New(), PlaceKind.Street, "街道", null, now);
                streetUnit = root.AddChild(OrganizationUnitId.New(), schema.GetLevel("street"), OrganizationUnitKind.WorkingCommittee, "街道党工委", null, [street.Id], new LocalDate(2002, 1, 1), BenchmarkDates.Today, now);
            }

            if (c % 20 == 0)
            {
                community = street!.AddChild(PlaceId.New(), PlaceKind.Community, "社区", null, now);
                communityUnit = streetUnit!.AddChild(OrganizationUnitId.New(), schema.GetLevel("community"), OrganizationUnitKind.Committee, "社区党委", null, [community.Id], new LocalDate(2010, 1, 1), BenchmarkDates.Today, now);
            }

            var compound = community!.AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + c, null, now);
            compoundList.Add(compound);
            for (var b = 1; b <= 5; b++)
            {
                var building = compound.AddChild(PlaceId.New(), PlaceKind.Building, b + "号楼", null, now);
                buildings.Add(building);
                if (random.Next(20) != 0)
                {
                    Seat(StewardRole.BuildingLeader, null, building.Id, compound.Id, building.Path);
                }
            }

            if (random.Next(10) < 8)
            {
                var branch = communityUnit!.AddChild(OrganizationUnitId.New(), schema.GetLevel("compound"), OrganizationUnitKind.Branch, "小区党支部" + c, null, [compound.Id], new LocalDate(2019, 1, 1), BenchmarkDates.Today, now);
                branches.Add(branch);
                counted.Add(random.Next(2, 30));
                if (random.Next(20) != 0)
                {
                    Seat(StewardRole.Secretary, branch.Id, null, null, branch.Path);
                }

                if (counted[^1] >= 7 && random.Next(4) != 0)
                {
                    Seat(StewardRole.OrganisationMember, branch.Id, null, null, branch.Path);
                    Seat(StewardRole.PublicityMember, branch.Id, null, null, branch.Path);
                }
            }
        }

        return new StewardCoverageInput(district.Id, [.. compoundList.Select(PlaceNode.Of)], [.. buildings.Select(PlaceNode.Of)], branches, counted,
            [.. appointments.Select(CoverageTerm.Of)], [], Today);

        // A seat as the loader returns it: the term in office now, or, one time in twenty, the last one, which ran out
        // or ended early with nobody after it (succeeded terms are not read).
        void Seat(StewardRole role, OrganizationUnitId? unit, PlaceId? place, PlaceId? compound, HierarchyPath path)
        {
            var years = role.Term == RoleTerm.LocalTerm ? 3 : 5;
            var start = Today.PlusDays(-random.Next(0, years * 365));
            if (random.Next(20) == 0)
            {
                start = start.PlusYears(-years); // ran out (or, below, ended early) without a successor
            }

            appointments.Add(Make(role, unit, place, compound, path, start, years, ended: random.Next(40) == 0, now));
        }
    }

    private static Appointment Make(StewardRole role, OrganizationUnitId? unit, PlaceId? place, PlaceId? compound, HierarchyPath path, LocalDate start, int years,
        bool ended, Instant now)
    {
        // Built as a store rebuilds it (the public persistence contract), from ids and paths alone.
        var end = start.PlusYears(years).PlusDays(-1);
        var location = unit is { } u ? TreePosition.InUnits(u.Value, path) : TreePosition.InPlaces(place!.Value.Value, path);
        var appointment = Appointment.FromSnapshot(new AppointmentSnapshot(AppointmentId.New(), role.Key, HolderKind.Member, PartyMemberId.New(), null, "党员", role.Site,
            location, compound, null, start, end, end, AppointmentBasis.ElectedByAssembly, null, ended ? start.PlusDays(30) : null,
            ended ? AppointmentEndReason.Resigned : null, null, null, null, null), 1);
        return appointment;
    }
}
