using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// Remembers the reports of places for <see cref="NeighborPartyOptions.ReportCacheDuration"/> (30 seconds by default):
/// the annual reports over days, and the formation sweeps and steward coverage reports of a day with their summaries
/// by level. A district's dashboard asks for the same report again and again, and a client paging through a sweep's or
/// a coverage report's items asks for it once per page; each answer walks the whole subtree (issue 26). Any commit of
/// this process forgets every report at once (the unit of work tells the cache before and after it writes), so what
/// this process changed shows at once; a change another process made shows within the duration. Zero turns the cache off.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddNeighborParty</c>. A report is remembered only after the guard let its reader
/// see it; the cache holds at most <see cref="MaxEntries"/> reports of each sort and forgets them all when full.
/// The sweeps or coverage reports of the places of one level partition the tree, so all those remembered together
/// hold at most about one root report per level. Thread-safe.
/// </remarks>
public sealed class ReportCache
{
    /// <summary>The most reports remembered at once.</summary>
    public const int MaxEntries = 512;

    private readonly Common.ExpiringEntries<(Guid Place, LocalDate From, LocalDate To), RollUpReport> _entries;
    private readonly Common.ExpiringEntries<(string Sort, Guid Place, LocalDate Day), object> _reportsOfADay;

    /// <summary>Initializes a new instance of the <see cref="ReportCache"/> class.</summary>
    /// <param name="clock">The clock (an entry's age).</param>
    /// <param name="options">The library settings (<see cref="NeighborPartyOptions.ReportCacheDuration"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportCache(IClock clock, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _entries = new(clock, options.ReportCacheDuration, MaxEntries);
        _reportsOfADay = new(clock, options.ReportCacheDuration, MaxEntries);
    }

    /// <summary>Gets how many reports are remembered.</summary>
    public int Count => _entries.Count + _reportsOfADay.Count;

    /// <summary>Forgets every report (a commit changed something a report may count).</summary>
    public void Invalidate()
    {
        _entries.Invalidate();
        _reportsOfADay.Invalidate();
    }

    /// <summary>Returns the remembered report of one sort for a place on a day (a sweep, a coverage report, a summary), or makes it and remembers it.</summary>
    /// <typeparam name="T">The report's type.</typeparam>
    /// <param name="sort">What sort of report (part of the key).</param>
    /// <param name="place">The place.</param>
    /// <param name="day">The day the report is for.</param>
    /// <param name="make">Makes the report.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report.</returns>
    internal async Task<T> GetOrMakeAsync<T>(string sort, PlaceId place, LocalDate day, Func<CancellationToken, Task<T>> make, CancellationToken cancellationToken)
        where T : class
    {
        var key = (sort, place.Value, day);
        if (_reportsOfADay.TryGet(key, out var remembered) && remembered is T report)
        {
            return report;
        }

        var generation = _reportsOfADay.Generation; // a commit while it is made makes the report stale: it is not kept
        report = await make(cancellationToken);
        _reportsOfADay.Put(key, generation, report);
        return report;
    }

    /// <summary>Returns the remembered report of a place over days, or counts it and remembers it.</summary>
    /// <param name="place">The place.</param>
    /// <param name="days">The days.</param>
    /// <param name="count">Counts the report.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The report.</returns>
    internal async Task<RollUpReport> GetOrCountAsync(PlaceId place, DateInterval days, Func<CancellationToken, Task<RollUpReport>> count, CancellationToken cancellationToken)
    {
        var key = (place.Value, days.Start, days.End);
        if (_entries.TryGet(key, out var remembered))
        {
            return remembered;
        }

        var generation = _entries.Generation; // a commit while it is counted makes the report stale: it is not kept
        var report = await count(cancellationToken);
        _entries.Put(key, generation, report);
        return report;
    }
}
