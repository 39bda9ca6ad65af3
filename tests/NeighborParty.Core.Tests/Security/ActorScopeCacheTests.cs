using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Core.Tests.Security;

/// <summary>
/// The actor-scope cache (issue 18) may make a request faster, never wrong: a commit of a unit or a place forgets
/// every remembered scope, an entry expires, and a zero duration remembers nothing.
/// </summary>
public sealed class ActorScopeCacheTests
{
    [Fact]
    public async Task A_scope_is_remembered_and_forgotten_when_the_places_the_actors_unit_covers_change()
    {
        var f = new TreeFixture(HierarchySchema.GridBased).WithPlaces();
        var community = TreeFixture.Run(f.Tree.CreateRootAsync(new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "社区党委", [f.Communities[0].Id])
        {
            Established = new LocalDate(2010, 1, 1),
        }));
        var first = f.CompoundsOf(f.Communities[0])[0];
        var second = f.CompoundsOf(f.Communities[0])[1];
        var branch = f.Add(community, "grid-branch", OrganizationUnitKind.Branch, first);
        var cache = f.Get<ActorScopeCache>();
        var places = f.Get<PlaceUseCases>();
        var secretary = new Actor("t:secretary", ActorKind.CompoundSecretary, branch.Id.Value);

        await places.GetAsync(secretary, first.Id);
        Assert.Equal(1, cache.Count);
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => places.GetAsync(secretary, second.Id));
        Assert.Equal(RuleViolationKind.NotFound, refused.Violation.Kind);

        // The grid branch takes in the second compound: its secretary reaches it at once.
        await f.Get<OrganizationUseCases>().CoverAsync(new Actor("t:admin", ActorKind.CommunityStaff, community.Id.Value), branch.Id, [second.Id], null);
        Assert.Equal(0, cache.Count);
        Assert.Equal(second.Id, (await places.GetAsync(secretary, second.Id)).Id);
    }

    [Fact]
    public async Task An_entry_expires_after_the_duration_and_a_zero_duration_remembers_nothing()
    {
        var f = new TreeFixture(configure: o => o.ActorScopeCacheDuration = Duration.FromSeconds(30)).WithPlaces();
        var (_, _, community) = f.Frame();
        var cache = f.Get<ActorScopeCache>();
        var staff = new Actor("t:community", ActorKind.CommunityStaff, community.Id.Value);
        await f.Get<OrganizationUseCases>().GetAsync(staff, community.Id);
        Assert.True(cache.TryGet(staff, out _));
        f.Clock.Advance(Duration.FromSeconds(31));
        Assert.False(cache.TryGet(staff, out _));

        var off = new TreeFixture(configure: o => o.ActorScopeCacheDuration = Duration.Zero).WithPlaces();
        var (_, _, offCommunity) = off.Frame();
        await off.Get<OrganizationUseCases>().GetAsync(new Actor("t:c", ActorKind.CommunityStaff, offCommunity.Id.Value), offCommunity.Id);
        Assert.Equal(0, off.Get<ActorScopeCache>().Count);
    }

    [Fact]
    public void A_scope_read_before_a_commit_is_not_remembered_after_it()
    {
        var f = new TreeFixture().WithPlaces();
        var cache = f.Get<ActorScopeCache>();
        var actor = new Actor("t:x", ActorKind.CommunityStaff, Guid.NewGuid());
        var generation = cache.Generation;
        cache.Invalidate(); // a commit of a unit or place happened while the scope was being read
        cache.Put(new OrganizationUnitId(actor.ScopeId), generation, new UnitReach(HierarchyPath.Root(1), OrganizationUnitKind.Committee, "community", []));
        Assert.False(cache.TryGet(actor, out _));
    }
}
