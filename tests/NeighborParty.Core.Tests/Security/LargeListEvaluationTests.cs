using Ardalis.Specification;
using NeighborParty.Persistence;

namespace NeighborParty.Core.Tests.Security;

/// <summary>The in-memory store's typed-key evaluation of large lists answers exactly what Ardalis' evaluator answers.</summary>
public sealed class LargeListEvaluationTests
{
    private sealed record Item(int Id, long High, long Low, string Name, NodaTime.LocalDate? Day);

    private sealed class Spec : Specification<Item>
    {
        public Spec(int variant, int skip, int take)
        {
            Query.Where(i => i.High % 3 != variant % 3);
            _ = (variant % 4) switch
            {
                0 => Query.OrderBy(i => i.High).ThenBy(i => i.Low),
                1 => Query.OrderByDescending(i => i.Name).ThenBy(i => i.Id),
                2 => Query.OrderBy(i => i.Day).ThenByDescending(i => i.Low),
                _ => Query.OrderBy(i => i.Low),
            };
            if (skip > 0)
            {
                Query.Skip(skip);
            }

            if (take > 0)
            {
                Query.Take(take);
            }
        }
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 10, 100)]
    [InlineData(2, 0, 50)]
    [InlineData(3, 4000, 0)]
    [InlineData(4, 7, 3)]
    public void A_large_list_is_filtered_ordered_and_paged_like_the_generic_evaluator(int variant, int skip, int take)
    {
        var random = new Random(variant);
        var items = Enumerable.Range(0, 6000).Select(i => new Item(i, random.Next(50), random.Next(1000), "n" + random.Next(300),
            random.Next(4) == 0 ? null : new NodaTime.LocalDate(2026, 1, 1).PlusDays(random.Next(40)))).ToList();
        var spec = new Spec(variant, skip, take);
        var expected = new InMemorySpecificationEvaluator().Evaluate(items, spec).Select(i => i.Id).ToList();
        var actual = LargeListEvaluation.Evaluate(items, spec, new InMemorySpecificationEvaluator()).Select(i => i.Id).ToList();
        Assert.Equal(expected, actual);
    }
}
