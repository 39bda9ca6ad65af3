using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;
using static NeighborParty.Core.Tests.Organization.TreeFixture;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>One random operation on the tree; the numbers pick among the units and places present at the time.</summary>
public sealed record TreeOperation(int Kind, int A, int B, int C, int D)
{
    public override string ToString() => $"op{Kind}({A},{B},{C},{D})";
}

public static class TreeArbitraries
{
    public static Arbitrary<TreeOperation[]> Operations() =>
        Gen.Choose(1, 50).SelectMany(length =>
                Gen.Choose(0, 9).SelectMany(kind =>
                        Gen.Choose(0, 1000).Four().Select(t => new TreeOperation(kind, t.Item1, t.Item2, t.Item3, t.Item4)))
                    .ArrayOf(length))
            .ToArbitrary();
}

public sealed class OrganizationTreeProperties
{
    private static readonly HierarchySchema[] Schemas = [HierarchySchema.Yanping, HierarchySchema.GridBased, HierarchySchema.Rural];

    [Property(MaxTest = 1000, Arbitrary = [typeof(TreeArbitraries)])]
    public Property Any_sequence_of_operations_leaves_a_valid_tree_and_refusals_change_nothing(TreeOperation[] operations, PositiveInt schemaPick)
    {
        var schema = Schemas[schemaPick.Get % Schemas.Length];
        var f = new TreeFixture(schema).WithPlaces();
        var places = Run(f.PlaceRepository.ListAsync());
        foreach (var op in operations)
        {
            var before = Snapshot(f);
            try
            {
                Apply(f, schema, places, op);
            }
            catch (RuleViolationException)
            {
                if (Snapshot(f) != before)
                {
                    return false.Label($"refused {op} changed the tree");
                }
            }

            f.Clock.AdvanceHours(1);
        }

        var units = f.AllUnits();
        var problems = TreeInvariants.Violations(units, places, schema, f.Options.Organization);
        return (problems.Count == 0).Label(string.Join("; ", problems)).And(ScopeAgreesWithWalking(units).Label("scope check disagrees with walking the parents"));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(TreeArbitraries)])]
    public Property Subtree_query_equals_walking_the_parents(TreeOperation[] operations)
    {
        var f = new TreeFixture().WithPlaces();
        var places = Run(f.PlaceRepository.ListAsync());
        foreach (var op in operations)
        {
            try
            {
                Apply(f, HierarchySchema.Yanping, places, op);
            }
            catch (RuleViolationException)
            {
            }
        }

        var units = f.AllUnits();
        var byId = units.ToDictionary(u => u.Id);
        return units.All(scope =>
            Run(f.Tree.GetSubtreeAsync(scope.Id, includeDissolved: true)).Select(u => u.Id).ToHashSet()
                .SetEquals(units.Where(u => TreeInvariants.IsWithinByWalking(u, scope, byId)).Select(u => u.Id))).ToProperty();
    }

    private static bool ScopeAgreesWithWalking(List<OrganizationUnit> units)
    {
        var byId = units.ToDictionary(u => u.Id);
        return units.All(a => units.All(b => a.IsWithin(b) == TreeInvariants.IsWithinByWalking(a, b, byId)));
    }

    private static string Snapshot(TreeFixture f) => string.Join("\n", f.AllUnits().OrderBy(u => u.Id.Value).Select(u =>
        $"{u.Id}|{u.ParentId}|{u.Path}|{u.Level}|{u.Kind}|{u.Name}|{u.Dissolved}|{u.LastChildSegment}|{string.Join(",", u.Places)}"));

    private static void Apply(TreeFixture f, HierarchySchema schema, List<Place> places, TreeOperation op)
    {
        var units = f.AllUnits();
        var live = units.Where(u => u.IsLive).ToList();
        T Pick<T>(IReadOnlyList<T> list, int n) => list[n % list.Count];
        List<PlaceId> PickPlaces(HierarchyLevel level, OrganizationUnit? parent, int count, int seed)
        {
            // Mostly places inside the parent's (so that operations succeed and the tree grows), sometimes any.
            var candidates = places.Where(p => p.Kind == level.Covers).ToList();
            if (parent is not null && parent.Places.Count > 0 && seed % 5 != 0)
            {
                var parentPlaces = places.Where(p => parent.Places.Contains(p.Id)).ToList();
                candidates = candidates.Where(c => parentPlaces.Any(pp => c.Path.IsWithin(pp.Path))).ToList();
            }

            if (seed % 3 != 0)
            {
                // Prefer places that no live unit of the level covers yet.
                var taken = live.Where(u => u.Level == level.Key).SelectMany(u => u.Places).ToHashSet();
                var free = candidates.Where(c => !taken.Contains(c.Id)).ToList();
                candidates = free.Count > 0 ? free : candidates;
            }

            return candidates.Count == 0 ? [] : [.. Enumerable.Range(0, count).Select(i => candidates[(seed + (i * 7)) % candidates.Count].Id).Distinct()];
        }

        if (live.Count == 0 || op.Kind == 9)
        {
            var level = Pick(schema.Levels.Where(l => l.IsRoot || op.D % 7 == 0).ToList(), op.A);
            var kind = Pick(level.Kinds.ToList(), op.B);
            var count = level.Covers is null ? 0 : 1 + (op.C % 3);
            Run(f.Tree.CreateRootAsync(new NewOrganizationUnit(level.Key, kind, $"根{op.A}", PickPlaces(level, null, count, op.D)) { Established = new LocalDate(2000, 1, 1) }));
            return;
        }

        switch (op.Kind)
        {
            case 0:
            case 1:
            case 2:
            case 3:
            case 4:
            {
                var parent = Pick(live, op.A);
                var allowed = schema.Levels.Where(l => l.ParentLevels.Contains(parent.Level)).ToList();
                var level = allowed.Count == 0 || op.D % 9 == 0 ? Pick(schema.Levels, op.B) : Pick(allowed, op.B);
                var kind = op.D % 11 == 0 ? (OrganizationUnitKind)(1 + (op.C % 8)) : Pick(level.Kinds.ToList(), op.C);
                var count = level.Covers is null ? (op.D % 13 == 0 ? 1 : 0)
                    : kind == OrganizationUnitKind.JointBranch ? 1 + (op.C % 7)
                    : level.MaxPlaces == 1 && op.D % 19 != 0 ? 1 : 1 + (op.C % 2);
                var placesPicked = level.Covers is null && count > 0 ? [Pick(places, op.C).Id] : PickPlaces(level, parent, count, op.D);
                var established = op.D % 17 == 0 ? new LocalDate(1990, 1, 1) : new LocalDate(2021, 1, 1);
                Run(f.Tree.AddChildAsync(parent.Id, new NewOrganizationUnit(level.Key, kind, $"单元{op.A}{op.B}", placesPicked) { Established = established }));
                break;
            }

            case 5:
                Run(f.Tree.MoveAsync(Pick(live, op.A).Id, Pick(units, op.B).Id));
                break;
            case 6:
                Run(f.Tree.DissolveAsync(Pick(live, op.A).Id, op.B % 3 == 0 ? new LocalDate(2019, 1, 1) : null));
                break;
            case 7:
                Run(f.Tree.RenameAsync(Pick(live, op.A).Id, new string('名', op.B % 120), null));
                break;
            case 8:
            {
                var unit = Pick(live, op.A);
                if (op.B % 2 == 0)
                {
                    Run(f.Tree.CoverAsync(unit.Id, [Pick(places, op.C).Id]));
                }
                else if (unit.Places.Count > 0)
                {
                    Run(f.Tree.UncoverAsync(unit.Id, [Pick(unit.Places, op.C)]));
                }

                break;
            }
        }
    }
}
