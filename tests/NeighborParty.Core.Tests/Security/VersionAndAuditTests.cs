using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Core.Tests.Security;

public sealed class VersionAndAuditTests
{
    [Fact]
    public async Task In_memory_versions_grow_per_change_and_a_stale_expectation_is_refused()
    {
        var f = new TreeFixture().WithPlaces();
        var (_, frameStreet, _) = f.Frame();
        var street = await f.Tree.GetAsync(frameStreet.Id); // adding the community changed it (its last child number)
        var before = street.Version;
        var renamed = await f.Tree.RenameAsync(street.Id, "新名", null, expectedVersion: before);
        Assert.Equal(before + 1, renamed.Version);
        var stale = await Assert.ThrowsAsync<RuleViolationException>(() => f.Tree.RenameAsync(street.Id, "再改", null, expectedVersion: before));
        Assert.Equal("NP-CON-001", stale.Code);
        Assert.Equal("新名", (await f.Tree.GetAsync(street.Id)).Name);
        var compound = await f.Places.GetAsync(f.Compounds[0].Id);
        var place = await f.Places.RenameAsync(compound.Id, "新小区", null, expectedVersion: compound.Version);
        await Assert.ThrowsAsync<RuleViolationException>(() => f.Places.DescribeCompoundAsync(place.Id, null, 10, expectedVersion: place.Version - 1));
    }

    [Fact]
    public void Audit_entries_are_built_from_audited_events_on_audited_nodes_only()
    {
        var f = new TreeFixture().WithPlaces();
        var unit = OrganizationUnitFromTree(f);
        var actor = new Actor("account-7", ActorKind.CommunityStaff, Guid.NewGuid());
        var entries = AuditEntry.Record([unit, new object()], actor);
        var entry = Assert.Single(entries);
        Assert.Equal("unit.renamed", entry.Action);
        Assert.Equal(TreeKind.Unit, entry.Tree);
        Assert.Equal(unit.Id.Value, entry.NodeId);
        Assert.Equal(unit.Path, entry.Node.Path);
        Assert.Equal("account-7", entry.ActorId);
        Assert.Equal(f.Clock.GetCurrentInstant(), entry.At);
    }

    private static OrganizationUnit OrganizationUnitFromTree(TreeFixture f)
    {
        var (_, street, _) = f.Frame();
        street.ClearDomainEvents();
        var renamed = TreeFixture.Run(f.Tree.RenameAsync(street.Id, "改名", null));

        // The in-memory store dispatches and clears events after a save; rename again without saving to inspect one.
        renamed.ClearDomainEvents();
        renamed.Rename("再改名", null, f.Clock.GetCurrentInstant());
        return renamed;
    }
}

public sealed class InMemoryAuditTrailTests
{
    private sealed class FixedActor : IActorAccessor
    {
        public Actor? Current { get; set; }
    }

    [Fact]
    public async Task The_in_memory_store_keeps_the_audit_trail_with_the_scopes_actor()
    {
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 27, 2, 0));
        var actor = new FixedActor();
        var services = new ServiceCollection().AddNeighborParty(o => o.Clock = clock);
        services.AddSingleton<IActorAccessor>(actor);
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        T Get<T>()
            where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        var district = await Get<PlaceDirectory>().RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var root = await Get<OrganizationTree>().CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new NodaTime.LocalDate(2000, 1, 1) });
        actor.Current = new Actor("account-9", ActorKind.DistrictAdmin, root.Id.Value);
        await Get<OrganizationTree>().RenameAsync(root.Id, "延平区委", null);
        await Assert.ThrowsAsync<RuleViolationException>(() => Get<OrganizationTree>().RenameAsync(root.Id, "", null));

        var trail = await Get<IReadRepository<AuditEntry>>().ListAsync(new AuditTrailSpec(TreeKind.Unit, root.Path));
        Assert.Equal(["unit.renamed", "unit.established"], trail.Select(e => e.Action));
        Assert.Equal(["account-9", "system"], trail.Select(e => e.ActorId));
        Assert.Single(await Get<IReadRepository<AuditEntry>>().ListAsync(new AuditTrailSpec(TreeKind.Place, district.Path)));
    }
}

public sealed class AuditEntryIdProperties
{
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Ids_sort_in_the_order_they_were_made_in_memory_as_text_and_as_bytes(long[] offsets)
    {
        var start = NodaTime.Instant.FromUtc(2026, 11, 27, 0, 0);
        var ids = offsets.Select(o => AuditEntryId.New(start + NodaTime.Duration.FromMilliseconds(o % 1000))).ToList();
        for (var i = 1; i < ids.Count; i++)
        {
            var (a, b) = (ids[i - 1], ids[i]);
            var text = string.CompareOrdinal(a.Value.ToString().ToUpperInvariant(), b.Value.ToString().ToUpperInvariant());
            var bytes = a.Value.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(b.Value.ToByteArray(bigEndian: true));
            if (!(a < b) || text >= 0 || bytes >= 0 || a.Value.Version != 7 || (a.Value.Variant & 0b1100) != 0b1000)
            {
                return false;
            }
        }

        return true;
    }
}

public sealed class InMemoryUniqueKeyTests
{
    [Fact]
    public async Task A_repeated_unique_key_is_refused_like_a_stores_unique_index()
    {
        var store = new InMemoryStore().AddTable<PartyMember, PartyMemberSnapshot>(m => m.IdNumber);
        var repository = new InMemoryRepository<PartyMember, PartyMemberSnapshot>(store);
        var f = new LedgerFixture();
        var a = LedgerFixture.Run(f.Ledger.RecordAsync(f.Details(), MemberRelationship.InUnit(f.Community.Id)));
        await store.WriteAsync([new AggregateChange(a, AggregateChangeKind.Added, 0)]);
        var other = new LedgerFixture();
        var twin = LedgerFixture.Run(other.Ledger.RecordAsync(f.Details() with { IdNumber = a.IdNumber }, MemberRelationship.InUnit(other.Community.Id)));
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync([new AggregateChange(twin, AggregateChangeKind.Added, 0)]));
        Assert.Equal("NP-CON-002", refused.Code);
        Assert.Equal(1, await repository.CountAsync());
        await store.WriteAsync([new AggregateChange(a, AggregateChangeKind.Removed, a.Version)]);
        await store.WriteAsync([new AggregateChange(twin, AggregateChangeKind.Added, 0)]); // the key is free again
        Assert.Equal(twin.Id, Assert.Single(await repository.ListAsync()).Id);
    }

    [Fact]
    public async Task A_large_batch_with_one_repeated_key_stores_nothing_and_without_it_stores_every_row()
    {
        // 2,000 additions make the table grow once, up front: a refused batch must still leave it as it was.
        var store = new InMemoryStore().AddTable<PartyMember, PartyMemberSnapshot>(m => m.IdNumber);
        var repository = new InMemoryRepository<PartyMember, PartyMemberSnapshot>(store);
        var f = new LedgerFixture();
        var members = Enumerable.Range(0, 2_000).Select(_ => LedgerFixture.Run(f.Ledger.RecordAsync(f.Details(), MemberRelationship.InUnit(f.Community.Id)))).ToList();
        var other = new LedgerFixture();
        var twin = LedgerFixture.Run(other.Ledger.RecordAsync(f.Details() with { IdNumber = members[1_234].IdNumber }, MemberRelationship.InUnit(other.Community.Id)));
        var batch = members.Select(m => new AggregateChange(m, AggregateChangeKind.Added, 0)).ToList();

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync([.. batch, new AggregateChange(twin, AggregateChangeKind.Added, 0)]));
        Assert.Equal("NP-CON-002", refused.Code);
        Assert.Equal(0, await repository.CountAsync());

        await store.WriteAsync(batch);
        Assert.Equal(2_000, await repository.CountAsync());
        Assert.All(members, m => Assert.Equal(m.IdNumber, LedgerFixture.Run(repository.GetByIdAsync(m.Id))!.IdNumber));
    }

    [Fact]
    public async Task Two_places_at_the_same_path_are_refused_even_with_different_ids()
    {
        // Regression: the in-memory key once included the node id, so two districts at segment 1 both "succeeded".
        await using var provider = new ServiceCollection().AddNeighborParty().BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAggregateStore>();
        var now = NodaTime.Instant.FromUtc(2026, 12, 1, 0, 0);
        var first = Place.CreateDistrict(PlaceId.New(), 1, "区一", null, now);
        var second = Place.CreateDistrict(PlaceId.New(), 1, "区二", null, now);
        await store.WriteAsync([new AggregateChange(first, AggregateChangeKind.Added, 0)]);
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => store.WriteAsync([new AggregateChange(second, AggregateChangeKind.Added, 0)]));
        Assert.Equal("NP-CON-002", refused.Code);
        Assert.Equal(first.Id, Assert.Single(await scope.ServiceProvider.GetRequiredService<IReadRepository<Place>>().ListAsync()).Id);
    }

    [Fact]
    public async Task Concurrent_roots_never_share_a_tree_position_in_memory()
    {
        var services = new ServiceCollection().AddNeighborParty();
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        await using (var setup = provider.CreateAsyncScope())
        {
            await setup.ServiceProvider.GetRequiredService<PlaceDirectory>().RegisterDistrictAsync(new NewPlace(PlaceKind.District, "区"));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<PlaceDirectory>().RegisterDistrictAsync(new NewPlace(PlaceKind.District, $"区{i}"));
                return "ok";
            }
            catch (RuleViolationException ex)
            {
                return ex.Code;
            }
        })));

        Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "NP-CON-002" }));
        await using var read = provider.CreateAsyncScope();
        var districts = await read.ServiceProvider.GetRequiredService<PlaceDirectory>().GetDistrictsAsync();
        Assert.Equal(districts.Count, districts.Select(d => d.Path).Distinct().Count());
        Assert.Equal(1 + outcomes.Count(o => o == "ok"), districts.Count);
    }
}
