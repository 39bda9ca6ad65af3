using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NeighborParty.Common;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// The unit of work's one write on EF Core: every aggregate of the commit (the audit entries included) in one
/// transaction and one <c>SaveChanges</c>, each update and removal checked against the version it was loaded with;
/// many new aggregates of one type go around the change tracker as bulk inserts (binary <c>COPY</c> on PostgreSQL,
/// prepared multi-row inserts on SQLite) in the same transaction. A write in parts (<see cref="IStreamingAggregateStore"/>)
/// keeps one transaction open across its parts.
/// </summary>
/// <remarks>
/// <para>A lost race (another writer stored a newer version, or took the same unique key) is refused with
/// <c>NP-CON-002</c> and nothing of the commit is stored. After every write, failed or not, the context forgets what it
/// tracked, so the next operation in the scope reads fresh rows.</para>
/// <para>Scoped, like its context; not thread-safe. Disposing it (the scope's end) rolls back a write in parts that was
/// neither completed nor disposed.</para>
/// </remarks>
public sealed class EfAggregateStore : IStreamingAggregateStore, IDisposable, IAsyncDisposable
{
    private const string VersionProperty = nameof(Domain.IAggregateRoot.Version);
    private readonly NeighborPartyDbContext _db;
    private readonly Bulk.TableStatistics _statistics = new();
    private StreamingWrite? _streaming;

    /// <summary>Initializes a new instance of the <see cref="EfAggregateStore"/> class.</summary>
    /// <param name="db">The context the repositories of the scope read through.</param>
    /// <exception cref="ArgumentNullException"><paramref name="db"/> is null.</exception>
    public EfAggregateStore(NeighborPartyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_streaming is not null)
        {
            await _streaming.WriteAsync(changes, cancellationToken); // joins the write in parts under way
            return;
        }

        var own = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await WritePartAsync(changes, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            _statistics.Forget();
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        if (own is not null)
        {
            await _statistics.AfterWriteAsync(_db, cancellationToken); // a large write leaves the planner's statistics current
        }
    }

    /// <inheritdoc />
    public async Task<IStreamingWrite> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        if (_streaming is not null || _db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A write is already under way in this scope.");
        }

        _streaming = new StreamingWrite(this, await _db.Database.BeginTransactionAsync(cancellationToken));
        return _streaming;
    }

    /// <inheritdoc />
    public void Reset() => _db.ChangeTracker.Clear();

    /// <inheritdoc />
    public void Dispose() => _streaming?.Abandon();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _streaming?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Writes one set of changes inside the open transaction; the tracker is cleared whatever happens.</summary>
    private async Task WritePartAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken)
    {
        try
        {
            // Many new aggregates of one type (an import, a generated district) go around the change tracker, after
            // the tracked changes: a key a tracked change frees is free before a bulk row takes it.
            var bulk = changes.Where(c => c.Kind == AggregateChangeKind.Added).GroupBy(c => c.Aggregate.GetType())
                .Where(g => g.Count() >= Bulk.BulkInsert.Threshold).ToDictionary(g => g.Key, g => g.Select(c => (c.Aggregate, c.NewVersion)).ToList());
            foreach (var change in changes)
            {
                if (change.Kind != AggregateChangeKind.Added || !bulk.ContainsKey(change.Aggregate.GetType()))
                {
                    Track(change);
                }
            }

            await _db.SaveChangesAsync(cancellationToken);
            foreach (var rows in bulk.Values)
            {
                await Bulk.BulkInsert.WriteAsync(_db, rows, _statistics, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex.InnerException))
        {
            // A concurrent writer took the same unique key (a tree position, an ID-card number) first.
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
        }
        catch (Exception ex) when (IsUniqueViolation(ex))
        {
            // The same, found by a bulk insert (which reports the database's own error).
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private void Track(AggregateChange change)
    {
        if (change.Kind == AggregateChangeKind.Added)
        {
            _db.Add(change.Aggregate); // the whole graph: the aggregate and its owned rows
            _db.Entry(change.Aggregate).Property(VersionProperty).CurrentValue = change.NewVersion;
            return;
        }

        var entry = _db.Entry(change.Aggregate);
        switch (change.Kind)
        {
            case AggregateChangeKind.Updated when entry.State == EntityState.Detached:
                throw new InvalidOperationException(
                    $"The {change.Aggregate.GetType().Name} was not loaded for change in this scope (an AsNoTracking read is read-only): load it again, change it, then stage it.");
            case AggregateChangeKind.Updated:
                // The version always changes, so every update is a row the database checks against the loaded version.
                var version = entry.Property(VersionProperty);
                version.OriginalValue = change.ExpectedVersion;
                version.CurrentValue = change.NewVersion;
                return;
            case AggregateChangeKind.Removed:
                entry.Property(VersionProperty).OriginalValue = change.ExpectedVersion;
                _db.Remove(change.Aggregate);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.Kind, "Unknown change.");
        }
    }

    private static bool IsUniqueViolation(Exception? ex) => ex switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>A write in parts: one transaction, a part at a time, committed on completion and rolled back otherwise.</summary>
    private sealed class StreamingWrite(EfAggregateStore store, IDbContextTransaction transaction) : IStreamingWrite
    {
        private bool _done;
        private bool _committed;

        public async Task WriteAsync(IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(changes);
            ObjectDisposedException.ThrowIf(_done, this);
            try
            {
                await store.WritePartAsync(changes, cancellationToken);
            }
            catch
            {
                await AbandonAsync(); // a refused part refuses the whole write
                throw;
            }
        }

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            try
            {
                await transaction.CommitAsync(cancellationToken);
                _committed = true;
            }
            finally
            {
                await AbandonAsync();
            }

            await store._statistics.AfterWriteAsync(store._db, cancellationToken);
        }

        public ValueTask DisposeAsync() => new(AbandonAsync());

        public void Abandon()
        {
            if (!_done)
            {
                _done = true;
                store._streaming = null;
                store._db.ChangeTracker.Clear();
                store._statistics.Forget();
                transaction.Dispose();
            }
        }

        private async Task AbandonAsync()
        {
            if (_done)
            {
                return;
            }

            _done = true;
            store._streaming = null;
            store._db.ChangeTracker.Clear();
            await transaction.DisposeAsync(); // rolls back what was not committed
            if (!_committed)
            {
                store._statistics.Forget();
            }
        }
    }
}
