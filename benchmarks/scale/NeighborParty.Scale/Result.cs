using System.Globalization;
using System.Text.Json;

namespace NeighborParty.Scale;

/// <summary>
/// One measured line: size, provider, operation, the median time (and the spread when repeated), rows per second for
/// an import, and the process's peak working set (VmHWM), printed by a step as a JSON line the runner collects.
/// </summary>
internal sealed record Result(int Size, string Provider, string Operation, double Milliseconds, double? MinMilliseconds, double? MaxMilliseconds, long? Rows,
    long PeakBytes, string? Note)
{
    public const string Prefix = "RESULT ";

    public double? RowsPerSecond => Rows is { } r && Milliseconds > 0 ? r / (Milliseconds / 1000.0) : null;

    public static void Print(ScaleDatabase db, ScaleShape shape, string operation, TimeSpan elapsed, long? rows = null, string? note = null) =>
        Print(new Result(shape.Multiple, db.Provider, operation, elapsed.TotalMilliseconds, null, null, rows, PeakWorkingSet(), note));

    public static void Print(Result result) => Console.WriteLine(Prefix + JsonSerializer.Serialize(result));

    public static Result? Parse(string line) => line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<Result>(line[Prefix.Length..]) : null;

    /// <summary>The peak resident set of this process so far (Linux VmHWM), else the current working set.</summary>
    public static long PeakWorkingSet()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return Environment.WorkingSet;
    }

    /// <summary>A time for the table: ms below 10 s, else s.</summary>
    public static string Time(double ms) => ms < 1 ? $"{ms:0.00} ms" : ms < 10_000 ? $"{ms:0.#} ms" : $"{ms / 1000:0.0} s";
}
