using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NeighborParty.Scale;

/// <summary>
/// With <c>NEIGHBORPARTY_SCALE_TRACE=1</c>, prints for every reader command, when its reader is disposed: the time since
/// the process started, the duration EF reports (on SQLite it leaves out the first step, where a GROUP BY does its
/// work, so read the gaps between the "at" times instead), the rows read and the first 220 characters of its SQL
/// (<c>NEIGHBORPARTY_SCALE_TRACE_FULL=1</c>: all of it), so that a slow operation can be taken apart statement by statement.
/// </summary>
internal sealed class CommandTrace : DbCommandInterceptor
{
    private static readonly long Started = System.Diagnostics.Stopwatch.GetTimestamp();

    public static bool Enabled => Environment.GetEnvironmentVariable("NEIGHBORPARTY_SCALE_TRACE") == "1";

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        var text = string.Join(' ', command.CommandText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Console.Error.WriteLine($"    sql at {System.Diagnostics.Stopwatch.GetElapsedTime(Started).TotalMilliseconds,9:N1} ms: {eventData.Duration.TotalMilliseconds,8:N1} ms {eventData.ReadCount,7:N0} rows  {(Environment.GetEnvironmentVariable("NEIGHBORPARTY_SCALE_TRACE_FULL") == "1" ? text : text[..Math.Min(text.Length, 220)])}");
        return base.DataReaderDisposing(command, eventData, result);
    }
}
