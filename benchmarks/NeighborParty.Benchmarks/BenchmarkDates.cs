using NodaTime;

namespace NeighborParty.Benchmarks;

/// <summary>The day the generated data is built on (every establishment and appointment lies before it).</summary>
internal static class BenchmarkDates
{
    public static LocalDate Today { get; } = new(2026, 11, 30);
}
