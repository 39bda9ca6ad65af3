using BenchmarkDotNet.Attributes;
using NeighborParty.Organization;

namespace NeighborParty.Benchmarks.Organization;

/// <summary>
/// "Is node A inside node B" on a 100,000-node tree: the constant-time path comparison against walking the parents
/// through a dictionary (the naive baseline). Each invocation answers 1,024 random pairs.
/// </summary>
[MemoryDiagnoser]
public class ScopeCheckBenchmarks
{
    private const int Pairs = 1024;
    private HierarchyPath[] _nodePaths = [];
    private HierarchyPath[] _scopePaths = [];
    private OrganizationUnitId[] _nodeIds = [];
    private OrganizationUnitId[] _scopeIds = [];
    private Dictionary<OrganizationUnitId, OrganizationUnitId?> _parents = [];

    [GlobalSetup]
    public void Setup()
    {
        var units = TreeGenerator.Build(100_000);
        var random = new Random(7);
        _parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        var nodes = Enumerable.Range(0, Pairs).Select(_ => units[random.Next(units.Count)]).ToArray();

        // Half the scopes are real ancestors, half random nodes.
        var byId = units.ToDictionary(u => u.Id);
        var scopes = nodes.Select((n, i) =>
        {
            if (i % 2 == 1 || n.ParentId is null)
            {
                return units[random.Next(units.Count)];
            }

            var up = byId[n.ParentId.Value];
            while (up.ParentId is { } p && random.Next(2) == 0)
            {
                up = byId[p];
            }

            return up;
        }).ToArray();
        _nodePaths = [.. nodes.Select(n => n.Path)];
        _scopePaths = [.. scopes.Select(s => s.Path)];
        _nodeIds = [.. nodes.Select(n => n.Id)];
        _scopeIds = [.. scopes.Select(s => s.Id)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs)]
    public int WalkParents()
    {
        var inside = 0;
        for (var i = 0; i < Pairs; i++)
        {
            OrganizationUnitId? cursor = _nodeIds[i];
            while (cursor is { } id)
            {
                if (id == _scopeIds[i])
                {
                    inside++;
                    break;
                }

                cursor = _parents[id];
            }
        }

        return inside;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int PathIsWithin()
    {
        var inside = 0;
        var nodes = _nodePaths;
        var scopes = _scopePaths;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].IsWithin(scopes[i]))
            {
                inside++;
            }
        }

        return inside;
    }
}
