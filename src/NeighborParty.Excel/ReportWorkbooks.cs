using NeighborParty.Accounting;
using NeighborParty.Organization;

namespace NeighborParty.Excel;

/// <summary>
/// A roll-up report as an .xlsx workbook with one sheet per level: the place itself, then its children, their
/// children and so on, each row a place with every figure (Chinese headers, numbers as numbers).
/// </summary>
public static class ReportWorkbooks
{
    /// <summary>The most levels written (a district, streets, communities, compounds and one more).</summary>
    public const int MaxLevels = 5;

    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report of the top place.</param>
    /// <param name="reportOf">Gets the report of a child place for the same days (through the caller's authorization).</param>
    /// <param name="levelNames">The sheets' names per level, top first (e.g. 区, 街道, 社区, 小区); "第n级" where missing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of sheets written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> WriteAsync(Stream output, RollUpReport report, Func<PlaceId, CancellationToken, Task<RollUpReport>> reportOf,
        IReadOnlyList<string>? levelNames = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reportOf);
        var sheets = new Dictionary<string, IEnumerable<IReadOnlyList<object?>>>(StringComparer.Ordinal);
        IReadOnlyList<object?> header = ["地点", "上级", .. report.Totals.Select(f => f.NameZh)];
        var level = new List<(RollUpReport Report, string Parent)> { (report, string.Empty) };
        for (var depth = 0; depth < MaxLevels && level.Count > 0; depth++)
        {
            sheets[SheetName(depth, levelNames, sheets)] = [header, .. level.Select(l => Row(l.Report.PlaceName, l.Parent, l.Report.Totals))];
            var next = new List<(RollUpReport, string)>();
            foreach (var (parent, _) in level)
            {
                foreach (var child in parent.Children.Where(c => c.PlaceId != parent.PlaceId))
                {
                    next.Add((await reportOf(child.PlaceId, cancellationToken), parent.PlaceName));
                }
            }

            level = next;
        }

        WorkbookWriter.Write(output, sheets.Select(kv => (kv.Key, kv.Value)));
        return sheets.Count;
    }

    private static IReadOnlyList<object?> Row(string place, string parent, IReadOnlyList<FigureLine> figures) =>
        [place, parent, .. figures.Select(f => (object?)f.Value)];

    private static string SheetName(int depth, IReadOnlyList<string>? names, Dictionary<string, IEnumerable<IReadOnlyList<object?>>> taken)
    {
        var name = names is not null && depth < names.Count && !string.IsNullOrWhiteSpace(names[depth]) ? names[depth].Trim() : $"第{depth + 1}级";
        name = string.Concat(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')));
        name = name.Length > 28 ? name[..28] : name;
        return taken.ContainsKey(name) ? $"{name}{depth + 1}" : name;
    }
}
