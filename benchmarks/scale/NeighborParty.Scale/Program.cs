using System.Diagnostics;
using NeighborParty.Scale;

// The province-scale generator and runner (issue 26). Run through benchmarks/scale/run.sh, or:
//   dotnet run -c Release --project benchmarks/scale/NeighborParty.Scale -- table --sizes 1,10 --providers sqlite,postgresql --postgres "Host=…"
//   … -- table --smoke          (CI: 1× on SQLite, and on PostgreSQL when NEIGHBORPARTY_TEST_POSTGRES is set; one repeat)
// Each step runs in a process of its own (its peak working set is its own); the table prints size × operation × provider.
var options = Options.Parse(args);
switch (options.Command)
{
    case "table":
        return await Runner.TableAsync(options);
    case "step":
        await RunStepAsync(options);
        return 0;
    default:
        Console.Error.WriteLine("usage: table [--sizes 1,10,100] [--providers sqlite,postgresql] [--postgres CONN] [--work DIR] [--repeats N] [--smoke] [--keep] | step tree|import-ledger|people|import-activities|measure|migrate …");
        return 2;
}

static async Task RunStepAsync(Options o)
{
    var shape = new ScaleShape(o.Sizes[0]);
    var db = ScaleDatabase.For(o.Providers[0], shape, o.Work, o.Postgres);
    switch (o.Step)
    {
        case "tree": await Steps.TreeAsync(db, shape, o.Work); break;
        case "import-ledger": await Steps.ImportLedgerAsync(db, shape, o.Work); break;
        case "people": await Steps.PeopleAsync(db, shape); break;
        case "import-activities": await Steps.ImportActivitiesAsync(db, shape, o.Work); break;
        case "measure": await Measurements.RunAsync(db, shape, o.Group, o.Repeats); break;
        case "migrate": await db.MigrateAsync(); break; // a database kept with --keep, brought to the current schema

        default: throw new ArgumentException($"Unknown step '{o.Step}'.");
    }
}

/// <summary>Starts each step as a child process and prints the table of what they measured.</summary>
internal static class Runner
{
    public static async Task<int> TableAsync(Options o)
    {
        Directory.CreateDirectory(o.Work);
        var results = new List<Result>();
        foreach (var provider in o.Providers)
        {
            foreach (var size in o.Sizes)
            {
                string[] steps = ["tree", "import-ledger", "people", "import-activities", .. Measurements.Groups.Select(g => "measure:" + g)];
                foreach (var step in steps)
                {
                    var (name, group) = step.Contains(':') ? (step[..step.IndexOf(':')], step[(step.IndexOf(':') + 1)..]) : (step, "");
                    Console.Error.WriteLine($"[{NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().TimeOfDay.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}] {provider} {size}× {step}");
                    var lines = await ChildAsync(o, provider, size, name, group);
                    if (lines is null)
                    {
                        return 1;
                    }

                    results.AddRange(lines);
                }

                if (!o.Keep)
                {
                    await ScaleDatabase.For(provider, new ScaleShape(size), o.Work, o.Postgres).DropAsync();
                }
            }
        }

        Console.WriteLine(Table.Format(results, o.Sizes, o.Providers));
        return 0;
    }

    private static async Task<List<Result>?> ChildAsync(Options o, string provider, int size, string step, string group)
    {
        var self = typeof(Runner).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("NeighborParty.Scale", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(self); // run as "dotnet NeighborParty.Scale.dll …"
        }

        foreach (var arg in new[] { "step", step, "--sizes", size.ToString(System.Globalization.CultureInfo.InvariantCulture), "--providers", provider, "--work", o.Work,
            "--group", group, "--repeats", o.Repeats.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (o.Postgres is not null)
        {
            start.ArgumentList.Add("--postgres");
            start.ArgumentList.Add(o.Postgres);
        }

        using var child = Process.Start(start)!;
        var results = new List<Result>();
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Result.Parse(line) is { } result)
            {
                results.Add(result);
                Console.Error.WriteLine($"    {result.Operation}: {Result.Time(result.Milliseconds)}{(result.RowsPerSecond is { } rps ? $", {rps:N0} rows/s" : "")}, peak {result.PeakBytes / 1048576.0:N0} MB");
            }
            else
            {
                Console.Error.WriteLine("    " + line);
            }
        }

        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            Console.Error.WriteLine($"step {step} ({provider}, {size}×) failed with exit code {child.ExitCode}");
            return null;
        }

        return results;
    }
}
