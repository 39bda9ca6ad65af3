using System.Collections.Concurrent;
using NodaTime;

namespace NeighborParty.Common;

/// <summary>
/// The store behind the library's read caches (<see cref="Security.ActorScopeCache"/>, <see cref="Accounting.ReportCache"/>):
/// entries that live at most a duration and are all dropped when a commit bumps the generation; an entry computed
/// while the generation moved is not kept. Thread-safe.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value remembered.</typeparam>
/// <param name="clock">The clock that ages entries.</param>
/// <param name="maxAge">How long an entry lives; zero or less keeps nothing.</param>
/// <param name="capacity">The most entries kept; when full, all are dropped.</param>
internal sealed class ExpiringEntries<TKey, TValue>(IClock clock, Duration maxAge, int capacity = int.MaxValue)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _generation;

    public bool Enabled => maxAge > Duration.Zero;

    public int Count => _entries.Count;

    public long Generation => Interlocked.Read(ref _generation);

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public bool TryGet(TKey key, out TValue value)
    {
        value = default!;
        if (!Enabled || !_entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        var now = clock.GetCurrentInstant();
        if (entry.Generation != Generation || now < entry.At || now - entry.At >= maxAge)
        {
            _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            return false;
        }

        value = entry.Value;
        return true;
    }

    /// <summary>Keeps a value read at <paramref name="generation"/>, unless a commit has happened since.</summary>
    public void Put(TKey key, long generation, TValue value)
    {
        if (Enabled && generation == Generation)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(clock.GetCurrentInstant(), generation, value);
        }
    }

    private sealed record Entry(Instant At, long Generation, TValue Value);
}
