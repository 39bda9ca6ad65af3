using BenchmarkDotNet.Attributes;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;

namespace NeighborParty.Benchmarks.Organization;

/// <summary>
/// Listing a subtree of a 100,000-node tree in memory: the whole tree (from the root) and one street-sized subtree.
/// Baseline: test every node by walking its parents. Also the in-memory repository with <see cref="UnitSubtreeSpec"/>.
/// </summary>
[MemoryDiagnoser]
public class SubtreeBenchmarks
{
    private List<OrganizationUnit> _units = [];
    private Dictionary<OrganizationUnitId, OrganizationUnit> _byId = [];
    private HierarchyIndex<OrganizationUnit> _index = null!;
    private InMemoryRepository<OrganizationUnit, OrganizationUnitSnapshot> _repository = null!;
    private OrganizationUnit _root = null!;

    [Params("root", "street")]
    public string Scope { get; set; } = "root";

    [GlobalSetup]
    public void Setup()
    {
        _units = TreeGenerator.Build(100_000);
        _byId = _units.ToDictionary(u => u.Id);
        _index = new HierarchyIndex<OrganizationUnit>(_units, u => u.Path);
        var store = new InMemoryStore().AddTable<OrganizationUnit, OrganizationUnitSnapshot>();
        store.WriteAsync([.. _units.Select(u => new AggregateChange(u, AggregateChangeKind.Added, 0))]).GetAwaiter().GetResult();
        _repository = new InMemoryRepository<OrganizationUnit, OrganizationUnitSnapshot>(store);
        var top = _units.Single(u => u.ParentId is null);
        _root = Scope == "root" ? top : _units.First(u => u.ParentId == top.Id);
    }

    [Benchmark(Baseline = true)]
    public int WalkParents()
    {
        var count = 0;
        foreach (var unit in _units)
        {
            for (OrganizationUnit? cursor = unit; cursor is not null; cursor = cursor.ParentId is { } p ? _byId[p] : null)
            {
                if (cursor.Id == _root.Id)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    [Benchmark]
    public int HierarchyIndexSubtree()
    {
        var count = 0;
        foreach (var unit in _index.GetSubtree(_root.Path))
        {
            count += unit.IsLive ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int InMemoryRepositorySpec() => _repository.ListAsync(new UnitSubtreeSpec(_root.Path)).GetAwaiter().GetResult().Count;
}
