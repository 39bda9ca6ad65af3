using BenchmarkDotNet.Attributes;
using NeighborParty.Benchmarks.Organization;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Benchmarks.Security;

/// <summary>
/// "May this actor do this action on this node" on a 100,000-node tree, asked on every request: the library's
/// <see cref="AccessPolicy.Decide"/> (a frozen grant table and the constant-time path check) against a naive
/// decision that looks the grant up in a list of rules and walks the parents through a dictionary.
/// Each invocation answers 1,024 random (actor, action, node) triples.
/// </summary>
[MemoryDiagnoser]
public class AccessDecisionBenchmarks
{
    private const int Triples = 1024;
    private static readonly AccessAction[] Actions = [AccessAction.ReadUnits, AccessAction.ChangeUnit, AccessAction.DissolveUnit, AccessAction.AddChildUnit];
    private readonly AccessPolicy _policy = AccessPolicy.Default;
    private ActorScope[] _scopes = [];
    private AccessAction[] _actions = [];
    private HierarchyPath[] _targets = [];
    private OrganizationUnitId[] _targetIds = [];
    private OrganizationUnitId[] _scopeIds = [];
    private Dictionary<OrganizationUnitId, OrganizationUnitId?> _parents = [];
    private List<(ActorKind Kind, string Action, AccessReach Reach)> _rules = [];

    [GlobalSetup]
    public void Setup()
    {
        var units = TreeGenerator.Build(100_000);
        var random = new Random(11);
        _parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        var kinds = new[] { ActorKind.DistrictAdmin, ActorKind.StreetStaff, ActorKind.CommunityStaff, ActorKind.CompoundSecretary, ActorKind.Steward, ActorKind.Resident };
        var scopeUnits = Enumerable.Range(0, Triples).Select(_ => units[random.Next(units.Count)]).ToArray();
        var targetUnits = Enumerable.Range(0, Triples).Select(_ => units[random.Next(units.Count)]).ToArray();
        _scopes = [.. scopeUnits.Select((u, i) => new ActorScope(new Actor("a", kinds[i % kinds.Length], u.Id.Value), u.Path, []))];
        _actions = [.. Enumerable.Range(0, Triples).Select(i => Actions[i % Actions.Length])];
        _targets = [.. targetUnits.Select(u => u.Path)];
        _targetIds = [.. targetUnits.Select(u => u.Id)];
        _scopeIds = [.. scopeUnits.Select(u => u.Id)];
        _rules = [.. from kind in Enum.GetValues<ActorKind>()
                     from action in AccessAction.Library
                     let reach = _policy.GetReach(kind, action)
                     where reach is not null && kind != ActorKind.System
                     select (kind, action.Name, reach.Value)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Triples)]
    public int NaiveRulesAndParentWalk()
    {
        var allowed = 0;
        for (var i = 0; i < Triples; i++)
        {
            var kind = _scopes[i].Actor.Kind;
            var name = _actions[i].Name;
            var rule = _rules.FindIndex(r => r.Kind == kind && r.Action == name);
            if (rule < 0)
            {
                continue;
            }

            var strict = _rules[rule].Reach == AccessReach.BelowScope;
            OrganizationUnitId? cursor = strict ? _parents[_targetIds[i]] : _targetIds[i];
            while (cursor is { } id)
            {
                if (id == _scopeIds[i])
                {
                    allowed++;
                    break;
                }

                cursor = _parents[id];
            }
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Triples)]
    public int PolicyDecide()
    {
        var allowed = 0;
        for (var i = 0; i < Triples; i++)
        {
            if (_policy.Decide(_scopes[i], _actions[i], AccessTarget.Unit(_targets[i])) == AccessOutcome.Allowed)
            {
                allowed++;
            }
        }

        return allowed;
    }
}
