using NeighborParty.Organization;

namespace NeighborParty.Common;

/// <summary>Sums a report's lists by the child of the scope each item lies under (found by the item's path).</summary>
internal static class ReportSummaries
{
    /// <summary>Builds the summary.</summary>
    /// <param name="scope">The place the report is of.</param>
    /// <param name="children">Its children.</param>
    /// <param name="lists">Each list's name and the paths of its items (a path may be null for an item not placed under a child).</param>
    /// <returns>The summary.</returns>
    public static ReportSummary Of(Place scope, IReadOnlyList<Place> children, IReadOnlyList<(string List, IEnumerable<HierarchyPath?> Paths)> lists)
    {
        var childAt = children.ToDictionary(c => c.Path);
        var counts = children.ToDictionary(c => c.Id, _ => lists.ToDictionary(l => l.List, _ => 0, StringComparer.Ordinal));
        var totals = lists.ToDictionary(l => l.List, _ => 0, StringComparer.Ordinal);
        foreach (var (list, paths) in lists)
        {
            foreach (var path in paths)
            {
                totals[list]++;
                if (path is { } p && p.Depth > scope.Path.Depth && p.IsWithin(scope.Path) && childAt.TryGetValue(p.AncestorAt(scope.Path.Depth + 1), out var child))
                {
                    counts[child.Id][list]++;
                }
            }
        }

        var rows = children.OrderBy(c => c.Position.PathHigh).ThenBy(c => c.Position.PathLow).Where(c => counts[c.Id].Values.Any(n => n > 0))
            .Select(c => new ReportSummaryRow(c.Id, c.Name, counts[c.Id])).ToList();
        return new ReportSummary(scope.Id, totals, rows);
    }
}
