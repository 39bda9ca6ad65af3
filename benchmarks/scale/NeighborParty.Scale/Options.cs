namespace NeighborParty.Scale;

/// <summary>The runner's command line.</summary>
internal sealed record Options(string Command, string Step, int[] Sizes, string[] Providers, string Work, string? Postgres, string Group, int Repeats, bool Keep)
{
    public static Options Parse(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "";
        var step = command == "step" && args.Length > 1 ? args[1] : "";
        var postgres = Environment.GetEnvironmentVariable("NEIGHBORPARTY_TEST_POSTGRES") is { Length: > 0 } env ? env : null;
        var (sizes, providers, work, group, repeats, keep, smoke) = (new[] { 1 }, (string[]?)null, Path.Combine(Path.GetTempPath(), "neighborparty-scale"), "", 5, false, false);
        for (var i = command == "step" ? 2 : 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--sizes": sizes = [.. Next().Split(',').Select(s => ScaleShape.Parse(s).Multiple)]; break;
                case "--providers": providers = Next().Split(','); break;
                case "--work": work = Next(); break;
                case "--postgres": postgres = Next(); break;
                case "--group": group = Next(); break;
                case "--repeats": repeats = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--keep": keep = true; break;
                case "--smoke": smoke = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (smoke)
        {
            (sizes, repeats) = ([1], 1);
        }

        providers ??= postgres is null ? [ScaleDatabase.Sqlite] : [ScaleDatabase.Sqlite, ScaleDatabase.PostgreSql];
        return new Options(command, step, sizes, providers, work, postgres, group, repeats, keep);
    }
}
