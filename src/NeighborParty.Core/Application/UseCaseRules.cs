using NeighborParty.Common;

namespace NeighborParty.Application;

/// <summary>The input checks the use cases share (paging).</summary>
internal static class UseCaseRules
{
    /// <summary>Refuses a page outside 0 ≤ skip ≤ 1,000,000 and 1 ≤ take ≤ <paramref name="maxTake"/> (<c>NP-GEN-004</c>, each field named).</summary>
    public static void Page(int skip, int take, int maxTake = 1000)
    {
        var errors = new[] { FieldRules.Range(skip, 0, 1_000_000, "skip"), FieldRules.Range(take, 1, maxTake, "take") }.OfType<RuleViolation>().ToList();
        if (errors.Count > 0)
        {
            throw new RuleViolationException(errors[0]);
        }
    }
}
