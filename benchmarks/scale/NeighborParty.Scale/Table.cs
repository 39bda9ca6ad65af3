using System.Text;

namespace NeighborParty.Scale;

/// <summary>Formats the results as the issue's table: an operation per row, each provider's sizes side by side, growth per 10× and peak memory.</summary>
internal static class Table
{
    public static string Format(IReadOnlyList<Result> results, int[] sizes, string[] providers)
    {
        var text = new StringBuilder();
        text.Append("| operation |");
        foreach (var provider in providers)
        {
            text.Append($" {Name(provider)} {string.Join(" / ", sizes.Select(s => $"{s}×"))} |");
        }

        text.Append(" growth per 10× |").Append(" peak working set (largest size) |\n|---|");
        text.Append(string.Concat(providers.Select(_ => "---:|"))).Append("---:|---:|\n");
        foreach (var operation in results.Select(r => r.Operation).Distinct())
        {
            text.Append("| ").Append(operation).Append(" |");
            var growth = new List<string>();
            var peaks = new List<string>();
            foreach (var provider in providers)
            {
                var cells = sizes.Select(s => results.FirstOrDefault(r => r.Operation == operation && r.Provider == provider && r.Size == s)).ToList();
                text.Append(' ').Append(string.Join(" / ", cells.Select(Cell))).Append(" |");
                growth.Add(Growth(cells, sizes));
                peaks.Add(cells.LastOrDefault(c => c is not null) is { } last ? $"{last.PeakBytes / 1048576.0:N0} MB" : "–");
            }

            text.Append(' ').Append(string.Join(" / ", growth)).Append(" | ").Append(string.Join(" / ", peaks)).Append(" |\n");
        }

        text.Append($"\n{Environment.ProcessorCount} cores, {string.Join(" and ", providers.Select(Name))}, .NET {Environment.Version}, {NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}; ")
            .Append("times are medians of the repeats after a warm-up run; imports show rows/s; growth per 10× is the ratio of the times of consecutive sizes, per tenfold.\n");
        return text.ToString();
    }

    private static string Name(string provider) => provider == ScaleDatabase.PostgreSql ? "PostgreSQL" : "SQLite";

    private static string Cell(Result? r) => r is null ? "–" : r.RowsPerSecond is { } rps ? $"{Result.Time(r.Milliseconds)} ({rps:N0}/s)" : Result.Time(r.Milliseconds);

    private static string Growth(List<Result?> cells, int[] sizes)
    {
        var ratios = new List<string>();
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i - 1] is { } a && cells[i] is { } b && a.Milliseconds > 0)
            {
                var tenfolds = Math.Log10((double)sizes[i] / sizes[i - 1]);
                ratios.Add($"{Math.Pow(b.Milliseconds / a.Milliseconds, 1 / tenfolds):0.0}×");
            }
        }

        return ratios.Count == 0 ? "–" : string.Join(", ", ratios);
    }
}
