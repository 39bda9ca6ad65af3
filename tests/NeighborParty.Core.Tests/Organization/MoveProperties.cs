using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Testing;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>Positions follow moves: the property over the in-memory store (the EF tests run it on SQLite).</summary>
public sealed class MoveProperties
{
    public static Arbitrary<int[]> Steps() => Gen.Choose(0, int.MaxValue / 2).ArrayOf().ToArbitrary();

    /// <summary>
    /// After any sequence of creates (groups, activities, members) and moves (the branch between community and
    /// street, groups between branches), every subtree query of every aggregate kind returns exactly what walking the
    /// parents returns, and every stored position carries its node's current path.
    /// </summary>
    [Property(MaxTest = 40, Arbitrary = [typeof(MoveProperties)])]
    public Property Subtree_queries_of_every_kind_agree_with_the_parents_after_any_creates_and_moves(int[] steps)
    {
        using var services = new ServiceCollection().AddNeighborParty(ConformanceWorld.Configure).BuildServiceProvider();
        var world = ConformanceWorld.BuildAsync(services).GetAwaiter().GetResult();
        var done = steps.Take(16).Select(step => world.StepAsync(services, step).GetAwaiter().GetResult()).ToList();
        using var scope = services.CreateScope();
        var problems = TreeOracle.FindDisagreementsAsync(scope.ServiceProvider).GetAwaiter().GetResult();
        return (problems.Count == 0).Label($"after {string.Join("; ", done)}: {string.Join(" | ", problems.Take(3))}");
    }
}
