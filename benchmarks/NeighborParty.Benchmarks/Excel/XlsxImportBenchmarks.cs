using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using NeighborParty.Benchmarks.Formation;
using NeighborParty.Excel;

namespace NeighborParty.Benchmarks.Excel;

/// <summary>
/// Issue 17: importing a 100,000-row ledger workbook (.xlsx, 党员花名册) — target ≥ 50,000 rows per second — against the
/// same rows as CSV through the same importer (the baseline: everything but reading the workbook is the same work).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Jobs))]
public class XlsxImportBenchmarks
{
    private sealed class Jobs : ManualConfig
    {
        public Jobs() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithGcServer(true).WithId("ServerGC"));
    }

    private string _csv = string.Empty;
    private string _xlsx = string.Empty;
    private LedgerImportBenchmarks.World _world = null!;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _csv = Path.Combine(Path.GetTempPath(), $"neighborparty-xlsx-ledger-{Rows}.csv");
        _xlsx = Path.ChangeExtension(_csv, ".xlsx");
        LedgerGenerator.WriteCsv(_csv, Rows);
        var writer = new XlsxLedgerWriter();
        foreach (var line in File.ReadLines(_csv))
        {
            writer.WriteAsync(line.TrimStart('\uFEFF').Split(','), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        using var file = File.Create(_xlsx);
        writer.SaveAsync(file).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_csv);
        File.Delete(_xlsx);
    }

    [IterationSetup]
    public void Fresh() => _world = LedgerImportBenchmarks.BuildWorld();

    [Benchmark(Baseline = true)]
    public int Csv()
    {
        using var stream = File.OpenRead(_csv);
        var report = _world.Importer.ImportAsync(stream, _world.District.Id).GetAwaiter().GetResult();
        return report.Stored ? report.Added : throw new InvalidOperationException(string.Join("; ", report.Errors.Take(3)));
    }

    [Benchmark]
    public int Xlsx()
    {
        using var stream = File.OpenRead(_xlsx);
        var report = _world.Importer.ImportXlsxAsync(stream, _world.District.Id).GetAwaiter().GetResult();
        return report.Stored ? report.Added : throw new InvalidOperationException(string.Join("; ", report.Errors.Take(3)));
    }
}
