using System.Runtime.InteropServices;
using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <content>What the unit of work knows: the aggregates it loaded (its identity map) and the changes staged on them.</content>
public sealed partial class UnitOfWork
{
    /// <summary>Returns the aggregate already loaded in this unit of work with the same type and key, or remembers <paramref name="loaded"/>.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="loaded">What the store returned.</param>
    /// <returns>The one object for that aggregate in this unit of work.</returns>
    internal T Track<T>(T loaded)
        where T : class, IAggregateRoot
    {
        var key = (loaded.GetType(), loaded.Key);
        if (_known.TryGetValue(key, out var known))
        {
            return (T)known.Aggregate;
        }

        _known[key] = new Known(loaded, null);
        return loaded;
    }

    /// <summary>Returns the aggregate of type <typeparamref name="T"/> with <paramref name="key"/> if it was loaded in this unit of work.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The aggregate, or null.</returns>
    internal T? Find<T>(Guid key)
        where T : class, IAggregateRoot => _known.TryGetValue((typeof(T), key), out var known) ? (T)known.Aggregate : null;

    /// <summary>Makes room to stage <paramref name="count"/> more aggregates at once (a bulk import), so the bookkeeping grows once.</summary>
    /// <param name="count">How many aggregates are about to be staged.</param>
    internal void Reserve(int count)
    {
        if (count < BulkThreshold)
        {
            return; // growing step by step is cheaper than reserving for a few
        }

        _staged.EnsureCapacity(_staged.Count + count);
        _known.EnsureCapacity(_known.Count + count);
    }

    /// <summary>Stages a change of <paramref name="aggregate"/>.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="kind">Added, updated or removed.</param>
    /// <exception cref="InvalidOperationException">The change contradicts what is staged or stored (e.g. adding a stored aggregate).</exception>
    internal void Stage(IAggregateRoot aggregate, AggregateChangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var key = (aggregate.GetType(), aggregate.Key);
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_known, key, out var exists);
        if (exists && known.Staged is { } staged)
        {
            if (!ReferenceEquals(staged.Aggregate, aggregate))
            {
                throw new InvalidOperationException("Another object with the same id is staged in this unit of work: change the one it loaded.");
            }

            switch (kind, staged.Kind)
            {
                case (AggregateChangeKind.Removed, AggregateChangeKind.Added):
                    _staged.Remove(staged);
                    known = new Known(aggregate, null);
                    return;
                case (AggregateChangeKind.Removed, _):
                    staged.Kind = AggregateChangeKind.Removed;
                    return;
                case (_, AggregateChangeKind.Removed):
                    throw new InvalidOperationException("The aggregate is staged for removal.");
                default:
                    return;
            }
        }

        if (kind == AggregateChangeKind.Added ? aggregate.Version != 0 : aggregate.Version == 0)
        {
            if (!exists)
            {
                _known.Remove(key);
            }

            throw new InvalidOperationException(kind == AggregateChangeKind.Added
                ? "Only a new aggregate (version 0) is added; stage a loaded one as an update."
                : "A new aggregate (version 0) is added, not updated or removed.");
        }

        staged = new Staged(aggregate, kind, aggregate.Version);
        _staged.Add(staged);
        known = new Known(aggregate, staged);
    }

    /// <summary>An aggregate this unit of work knows (loaded or staged), with its staged change when it has one.</summary>
    private readonly record struct Known(IAggregateRoot Aggregate, Staged? Staged);

    private sealed class Staged(IAggregateRoot aggregate, AggregateChangeKind kind, long expectedVersion)
    {
        public IAggregateRoot Aggregate { get; } = aggregate;

        public AggregateChangeKind Kind { get; set; } = kind;

        public long ExpectedVersion { get; } = expectedVersion;

        public int Dispatched { get; set; }
    }
}
