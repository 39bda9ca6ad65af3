using BenchmarkDotNet.Attributes;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.Formation;

/// <summary>
/// Assessing every compound of a 100,000-compound district (500,000 members, 60% of compounds with a branch):
/// the library's <see cref="LedgerIndex.EvaluateAll"/> over counts gathered once, against a hand-written assessment
/// that groups the members per compound and counts each compound with LINQ. The counting pass itself
/// (<see cref="LedgerIndex.Build"/>) is measured apart.
/// </summary>
[MemoryDiagnoser]
public class FormationBenchmarks
{
    private readonly FormationPolicy _policy = new();
    private LedgerGenerator _district = null!;
    private LedgerIndex _index = null!;
    private FormationVerdict[] _compoundVerdicts = [];
    private FormationVerdict[] _branchVerdicts = [];
    private Dictionary<PlaceId, OrganizationUnit> _branchOf = [];

    [GlobalSetup]
    public void Setup()
    {
        _district = LedgerGenerator.Build(100_000, 5);
        _index = LedgerIndex.Build(_district.Compounds, _district.Branches, _district.Holders, _district.Members, new LocalDate(2026, 1, 1));
        _compoundVerdicts = new FormationVerdict[_index.Compounds.Count];
        _branchVerdicts = new FormationVerdict[_index.Branches.Count];
        _branchOf = _district.Branches.ToDictionary(b => b.Places[0]);
    }

    [Benchmark(Baseline = true)]
    public int NaiveGroupAndCount()
    {
        var byCompound = _district.Members.Where(m => m.ResidenceCompoundId is not null).GroupBy(m => m.ResidenceCompoundId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var flagged = 0;
        foreach (var compound in _district.Compounds)
        {
            var here = byCompound.TryGetValue(compound.Id, out var list) ? list : [];
            _branchOf.TryGetValue(compound.Id, out var branch);
            var full = here.Count(m => m.Status == MemberStatus.Full && m.UnitId is not null && (branch is null || m.UnitId == branch.Id));
            var size = here.Count(m => m.UnitId is not null && (branch is null || m.UnitId == branch.Id));
            var outcomes = new List<string>();
            if (full >= 3)
            {
                outcomes.Add(branch is null ? "BR-1" : "ok");
            }
            else if (size > 0)
            {
                outcomes.Add(branch is null ? "BR-3" : "BR-7");
            }

            if (full >= 7)
            {
                outcomes.Add("BR-4");
            }

            if (size > 50)
            {
                outcomes.Add("BR-2");
            }

            flagged += outcomes.Count;
        }

        return flagged;
    }

    [Benchmark]
    public int EvaluateAll()
    {
        _index.EvaluateAll(_policy, 5, _compoundVerdicts, _branchVerdicts);
        return _compoundVerdicts.Length + _branchVerdicts.Length;
    }

    [Benchmark]
    public int CountingPass() =>
        LedgerIndex.Build(_district.Compounds, _district.Branches, _district.Holders, _district.Members, new LocalDate(2026, 1, 1)).Compounds.Count;
}
