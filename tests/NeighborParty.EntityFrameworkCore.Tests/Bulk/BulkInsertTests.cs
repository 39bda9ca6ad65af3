using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.EntityFrameworkCore.Persistence.Bulk;
using NeighborParty.Membership;
using NeighborParty.Persistence;
using NeighborParty.Testing;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests.Bulk;

/// <summary>
/// The bulk path (binary COPY on PostgreSQL, prepared multi-row inserts on SQLite) stores exactly what
/// <c>SaveChanges</c> would: every aggregate kind of the conformance world, with its owned rows, complex properties
/// and converted values, reads back equal.
/// </summary>
public sealed class BulkInsertTests
{
    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task Every_aggregate_kind_written_in_bulk_reads_back_as_written(string provider)
    {
        // The world made through the library's services on its in-memory store: every kind, with owned rows.
        await using var memory = new ServiceCollection().AddNeighborParty(ConformanceWorld.Configure).BuildServiceProvider();
        await ConformanceWorld.BuildAsync(memory);
        var kinds = new Kinds(memory);
        LibraryAggregates.Accept(kinds);
        Assert.All(kinds.Read, k => Assert.NotEmpty(k.Aggregates));

        await using var store = await StoreFixture.CreateAsync(provider);
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var kind in kinds.Read)
            {
                await BulkInsert.WriteAsync(db, [.. kind.Aggregates.Select(a => (a, a.Version))], null, default);
            }

            await transaction.CommitAsync();
        }

        await using var read = store.Scope();
        var back = new Kinds(read.ServiceProvider);
        LibraryAggregates.Accept(back);
        foreach (var (written, stored) in kinds.Read.Zip(back.Read))
        {
            Assert.Equal(written.Aggregates.Count, stored.Aggregates.Count);
            var byKey = stored.Aggregates.ToDictionary(a => a.Key);
            foreach (var aggregate in written.Aggregates)
            {
                var found = byKey[aggregate.Key];
                Assert.Equal(aggregate.Version, found.Version);
                Assert.Null(SnapshotComparer.FindDifference(written.Snapshot(aggregate), stored.Snapshot(found)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task A_bulk_write_that_repeats_a_stored_key_is_refused_and_stores_nothing(string provider)
    {
        await using var store = await StoreFixture.CreateAsync(provider);
        var today = new LocalDate(2026, 11, 27);
        var now = store.Clock.GetCurrentInstant();
        PartyMember Member(int n) => PartyMember.Record(PartyMemberId.New(), new MemberDetails($"党员{n}", ConformanceWorld.IdNumber(n), new LocalDate(1990, 7, 1), MemberCategory.Retired),
            MemberRelationship.Outside("某机关党支部"), null, new LocalDate(1990, 7, 1), null, null, today, now);

        await using (var scope = store.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IAggregateStore>().WriteAsync([new AggregateChange(Member(7), AggregateChangeKind.Added, 0)]);
        }

        // A hundred new members (the bulk path), one of them with the stored member's ID-card number.
        var batch = Enumerable.Range(100, 100).Select(Member).Append(Member(7)).Select(m => new AggregateChange(m, AggregateChangeKind.Added, 0)).ToList();
        await using (var scope = store.Scope())
        {
            var refused = await Assert.ThrowsAsync<RuleViolationException>(() => scope.ServiceProvider.GetRequiredService<IAggregateStore>().WriteAsync(batch));
            Assert.Equal("NP-CON-002", refused.Code);
        }

        await using var read = store.Scope();
        Assert.Equal(1, await read.ServiceProvider.GetRequiredService<IReadRepository<PartyMember>>().CountAsync());
    }

    /// <summary>Reads every aggregate of every kind a provider's repositories hold.</summary>
    private sealed class Kinds(IServiceProvider services) : IAggregateTypeVisitor
    {
        public List<(List<IAggregateRoot> Aggregates, Func<IAggregateRoot, object> Snapshot)> Read { get; } = [];

        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class
        {
            var list = services.GetRequiredService<IReadRepository<TAggregate>>().ListAsync().GetAwaiter().GetResult();
            Read.Add(([.. list], a => ((TAggregate)a).ToSnapshot()));
        }
    }
}
