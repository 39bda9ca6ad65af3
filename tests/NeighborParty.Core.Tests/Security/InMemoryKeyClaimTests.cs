using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Persistence;

namespace NeighborParty.Core.Tests.Security;

/// <summary>
/// A new aggregate's unique key is claimed in the in-memory table's index during the check (one lookup); these facts
/// show the claims are given back when the write is refused, and that the long way (keys held or moving) still holds.
/// </summary>
public sealed class InMemoryKeyClaimTests
{
    private static (InMemoryStore Store, InMemoryRepository<PartyMember, PartyMemberSnapshot> Repository, LedgerFixture Fixture) NewStore()
    {
        var store = new InMemoryStore().AddTable<PartyMember, PartyMemberSnapshot>(m => m.IdNumber);
        return (store, new InMemoryRepository<PartyMember, PartyMemberSnapshot>(store), new LedgerFixture());
    }

    private static PartyMember Member(LedgerFixture f, string? idNumber = null)
    {
        var details = f.Details();
        return LedgerFixture.Run(f.Ledger.RecordAsync(idNumber is null ? details : details with { IdNumber = idNumber }, MemberRelationship.InUnit(f.Community.Id)));
    }

    private static AggregateChange Added(PartyMember m) => new(m, AggregateChangeKind.Added, 0);

    [Fact]
    public async Task A_refused_write_gives_back_every_key_it_claimed_so_others_may_take_them()
    {
        var (store, repository, f) = NewStore();
        var members = Enumerable.Range(0, 1_500).Select(_ => Member(f)).ToList();
        var twin = Member(new LedgerFixture(), members[700].IdNumber);
        await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync([.. members.Select(Added), Added(twin)]));

        // members[700] claimed the number before the twin was refused: the claim must be gone with the write.
        await store.WriteAsync([Added(twin)]);
        Assert.Equal(twin.Id, Assert.Single(await repository.ListAsync()).Id);
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync([Added(members[700])]));
        Assert.Equal("NP-CON-002", refused.Code);
        await store.WriteAsync([.. members.Where((_, i) => i != 700).Select(Added)]);
        Assert.Equal(1_500, await repository.CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_key_given_up_in_a_write_may_be_taken_by_an_addition_in_the_same_write_in_either_order(bool additionFirst)
    {
        var (store, repository, f) = NewStore();
        var holder = Member(f);
        await store.WriteAsync([Added(holder)]);
        var newcomer = Member(new LedgerFixture(), holder.IdNumber);
        AggregateChange removal = new(holder, AggregateChangeKind.Removed, 1);
        await store.WriteAsync(additionFirst ? [Added(newcomer), removal] : [removal, Added(newcomer)]);
        Assert.Equal(newcomer.Id, Assert.Single(await repository.ListAsync()).Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_claims_of_one_key_in_a_write_are_refused_whichever_way_each_was_claimed(bool updateFirst)
    {
        var (store, repository, f) = NewStore();
        var stored = Member(f);
        await store.WriteAsync([Added(stored)]);
        var copy = (await repository.GetByIdAsync(stored.Id))!;
        var number = IdNumbers.Make(new NodaTime.LocalDate(1970, 1, 1), 4_321);
        var details = new MemberDetails(copy.Name, number, copy.Joined, copy.Category) { MadeFull = copy.MadeFull };
        Assert.True(IdCardNumber.TryParse(number, out var card));
        copy.Update(details, card, default, NeighborParty.Organization.TreePosition.None, NodaTime.Instant.FromUtc(2026, 12, 1, 0, 0)); // the update claims the new number the long way
        var newcomer = Member(new LedgerFixture(), number);
        AggregateChange update = new(copy, AggregateChangeKind.Updated, copy.Version);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync(updateFirst ? [update, Added(newcomer)] : [Added(newcomer), update]));
        Assert.Equal("NP-CON-002", refused.Code);
        Assert.Equal(stored.IdNumber, Assert.Single(await repository.ListAsync()).IdNumber);
        await store.WriteAsync([Added(newcomer)]); // nothing of the refused write holds the number
        Assert.Equal(2, await repository.CountAsync());
    }
}
