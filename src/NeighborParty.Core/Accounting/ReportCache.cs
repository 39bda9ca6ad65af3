using System.Collections.Concurrent;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// Remembers the reports of places over days for <see cref="NeighborPartyOptions.ReportCacheDuration"/> (30 seconds by
/// default): a district's dashboard asks for the same annual report again and again, and each answer counts fifteen
/// figures over the whole subtree (issue 26). Any commit of this process forgets every report at once (the unit of
/// work tells the cache before and after it writes), so what this process changed shows at once; a change another
/// process made shows within the duration. Zero turns the cache off.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddNeighborParty</c>. A report is remembered only after the guard let its reader
/// see it; the cache holds at most <see cref="MaxEntries"/> reports and forgets them all when full. Thread-safe.
/// </remarks>
public sealed class ReportCache
{
    /// <summary>The most reports remembered at once.</summary>
    public const int MaxEntries = 512;

    private readonly ConcurrentDictionary<(Guid Place, LocalDate From, LocalDate To), Entry> _entries = new();
    private readonly IClock _clock;
    private readonly Duration _maxAge;
    private long _generation;

    /// <summary>Initializes a new instance of the <see cref="ReportCache"/> class.</summary>
    /// <param name="clock">The clock (an entry's age).</param>
    /// <param name="options">The library settings (<see cref="NeighborPartyOptions.ReportCacheDuration"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportCache(IClock clock, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _maxAge = options.ReportCacheDuration;
    }

    /// <summary>Gets how many reports are remembered.</summary>
    public int Count => _entries.Count;

    /// <summary>Forgets every report (a commit changed something a report may count).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>Returns the remembered report of a place over days, or counts it and remembers it.</summary>
    /// <param name="place">The place.</param>
    /// <param name="days">The days.</param>
    /// <param name="count">Counts the report.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The report.</returns>
    internal async Task<RollUpReport> GetOrCountAsync(PlaceId place, DateInterval days, Func<CancellationToken, Task<RollUpReport>> count, CancellationToken cancellationToken)
    {
        if (_maxAge <= Duration.Zero)
        {
            return await count(cancellationToken);
        }

        var key = (place.Value, days.Start, days.End);
        var generation = Interlocked.Read(ref _generation);
        var now = _clock.GetCurrentInstant();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && now >= entry.At && now - entry.At < _maxAge)
        {
            return entry.Report;
        }

        var report = await count(cancellationToken);
        if (generation == Interlocked.Read(ref _generation)) // nothing committed while it was counted
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(now, generation, report);
        }

        return report;
    }

    private sealed record Entry(Instant At, long Generation, RollUpReport Report);
}
