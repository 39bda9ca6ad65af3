using Microsoft.EntityFrameworkCore;
using NeighborParty.Common;
using NeighborParty.Persistence;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// The unit of work's one write on EF Core: every aggregate of the commit (the audit entries included) in one
/// transaction and one <c>SaveChanges</c>, each update and removal checked against the version it was loaded with.
/// </summary>
/// <remarks>
/// <para>A lost race (another writer stored a newer version, or took the same unique key) is refused with
/// <c>NP-CON-002</c> and nothing of the commit is stored. After every write, failed or not, the context forgets what it
/// tracked, so the next operation in the scope reads fresh rows.</para>
/// <para>Scoped, like its context; not thread-safe.</para>
/// </remarks>
public sealed class EfAggregateStore : IAggregateStore
{
    private const string VersionProperty = nameof(Domain.IAggregateRoot.Version);
    private readonly NeighborPartyDbContext _db;

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
        var own = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            foreach (var change in changes)
            {
                Track(change);
            }

            await _db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // A concurrent writer took the same unique key (a tree position, an ID-card number) first.
            throw new RuleViolationException(ConcurrencyRules.ConcurrentChange(), ex);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            _db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public void Reset() => _db.ChangeTracker.Clear();

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

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
