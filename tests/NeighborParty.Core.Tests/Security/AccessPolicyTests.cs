using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Core.Tests.Security;

public sealed class AccessPolicyTests
{
    private static readonly AccessPolicy Policy = AccessPolicy.Default;
    private static readonly HierarchyPath District = HierarchyPath.Root(1);
    private static readonly HierarchyPath Street = District.Append(2);
    private static readonly HierarchyPath Community = Street.Append(1);
    private static readonly HierarchyPath Branch = Community.Append(3);
    private static readonly HierarchyPath OtherStreet = District.Append(3);

    private static ActorScope At(ActorKind kind, HierarchyPath unit, params HierarchyPath[] places) =>
        new(new Actor("a", kind, Guid.NewGuid()), unit, places);

    [Fact]
    public void The_system_may_do_everything_everywhere()
    {
        var system = ActorScope.Unbound(Actor.System);
        foreach (var action in AccessAction.Library)
        {
            var target = action.Target switch
            {
                AccessTargetKind.Global => AccessTarget.Global,
                AccessTargetKind.Place => AccessTarget.Place(OtherStreet),
                AccessTargetKind.Party => AccessTarget.Party(Guid.NewGuid()),
                AccessTargetKind.Resident => AccessTarget.Resident(Guid.NewGuid()),
                _ => AccessTarget.Unit(OtherStreet),
            };
            Assert.Equal(AccessOutcome.Allowed, Policy.Decide(system, action, target));
        }
    }

    [Fact]
    public void Staff_act_inside_their_subtree_and_outside_it_is_out_of_scope_not_forbidden()
    {
        var staff = At(ActorKind.StreetStaff, Street);
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(staff, AccessAction.ReadUnits, AccessTarget.Unit(Street)));
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(staff, AccessAction.ReadUnits, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(staff, AccessAction.ReadUnits, AccessTarget.Unit(OtherStreet)));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(staff, AccessAction.ReadUnits, AccessTarget.Unit(District)));
    }

    [Fact]
    public void A_unit_does_not_reshape_itself_only_what_lies_below()
    {
        var community = At(ActorKind.CommunityStaff, Community);
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(community, AccessAction.DissolveUnit, AccessTarget.Unit(Community)));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(community, AccessAction.MoveUnit, AccessTarget.Unit(Community)));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(community, AccessAction.ChangeUnit, AccessTarget.Unit(Community)));
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(community, AccessAction.DissolveUnit, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(community, AccessAction.AddChildUnit, AccessTarget.Unit(Community)));
    }

    [Fact]
    public void Stewards_read_their_compound_and_may_not_change_it()
    {
        var steward = At(ActorKind.Steward, Branch);
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(steward, AccessAction.ReadUnits, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(steward, AccessAction.AddChildUnit, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(steward, AccessAction.ReadAudit, AccessTarget.Unit(Branch)));
    }

    [Theory]
    [InlineData(ActorKind.Resident)]
    [InlineData(ActorKind.CoBuildingParty)]
    public void Residents_and_partners_read_the_schema_and_nothing_of_the_trees(ActorKind kind)
    {
        var actor = ActorScope.Unbound(new Actor("x", kind, Guid.NewGuid()));
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(actor, AccessAction.ReadSchema, AccessTarget.Global));
        Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(actor, AccessAction.ReadUnits, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(actor, AccessAction.ReadPlaces, AccessTarget.Place(Branch)));
    }

    [Fact]
    public void Nobody_but_the_system_creates_districts_or_roots_by_default()
    {
        foreach (var kind in Enum.GetValues<ActorKind>().Where(k => k != ActorKind.System))
        {
            var actor = At(kind, District, District);
            Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(actor, AccessAction.CreateRootUnit, AccessTarget.Global));
            Assert.Equal(AccessOutcome.Forbidden, Policy.Decide(actor, AccessAction.RegisterDistrict, AccessTarget.Global));
        }
    }

    [Fact]
    public void Places_are_reached_through_the_places_the_actors_unit_covers()
    {
        var placeStreet = HierarchyPath.Root(1).Append(4);
        var compound = placeStreet.Append(1).Append(2);
        var staff = At(ActorKind.StreetStaff, Street, placeStreet);
        Assert.Equal(AccessOutcome.Allowed, Policy.Decide(staff, AccessAction.ReadPlaces, AccessTarget.Place(compound)));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(staff, AccessAction.ReadPlaces, AccessTarget.Place(HierarchyPath.Root(1).Append(5))));
        Assert.Equal(AccessOutcome.OutOfScope, Policy.Decide(At(ActorKind.StreetStaff, Street), AccessAction.ReadPlaces, AccessTarget.Place(compound)));
    }

    [Fact]
    public void Parties_and_residents_reach_only_themselves_when_granted_self()
    {
        var own = new AccessAction("covenants.sign", AccessTargetKind.Party, true);
        var policy = AccessPolicy.CreateBuilder().Grant(ActorKind.CoBuildingParty, own, AccessReach.Self).Build();
        var party = Guid.NewGuid();
        var actor = ActorScope.Unbound(new Actor("p", ActorKind.CoBuildingParty, party));
        Assert.Equal(AccessOutcome.Allowed, policy.Decide(actor, own, AccessTarget.Party(party)));
        Assert.Equal(AccessOutcome.OutOfScope, policy.Decide(actor, own, AccessTarget.Party(Guid.NewGuid())));
        Assert.Equal(AccessOutcome.Forbidden, policy.Decide(At(ActorKind.DistrictAdmin, District), own, AccessTarget.Party(party)));
        Assert.Contains(own, policy.Actions);
        Assert.DoesNotContain(own, AccessPolicy.Default.Actions); // the default is untouched
    }

    [Fact]
    public void A_district_can_change_the_table_without_code_in_the_library()
    {
        var policy = AccessPolicy.CreateBuilder()
            .Grant(ActorKind.Steward, AccessAction.ReadAudit, AccessReach.Subtree)
            .Revoke(ActorKind.CompoundSecretary, AccessAction.DissolveUnit)
            .Build();
        Assert.Equal(AccessOutcome.Allowed, policy.Decide(At(ActorKind.Steward, Branch), AccessAction.ReadAudit, AccessTarget.Unit(Branch)));
        Assert.Equal(AccessOutcome.Forbidden, policy.Decide(At(ActorKind.CompoundSecretary, Branch), AccessAction.DissolveUnit, AccessTarget.Unit(Branch.Append(1))));
    }

    [Fact]
    public void Nonsense_grants_and_mismatched_targets_are_programmer_errors()
    {
        var builder = AccessPolicy.CreateBuilder();
        Assert.Throws<ArgumentException>(() => builder.Grant(ActorKind.DistrictAdmin, AccessAction.CreateRootUnit, AccessReach.Subtree));
        Assert.Throws<ArgumentException>(() => builder.Grant(ActorKind.DistrictAdmin, AccessAction.ReadUnits, AccessReach.Self));
        Assert.Throws<ArgumentException>(() => builder.Grant(ActorKind.System, AccessAction.ReadUnits, AccessReach.Subtree));
        Assert.Throws<ArgumentException>(() => new AccessAction("Bad Name", AccessTargetKind.Unit, false));
        Assert.Throws<ArgumentException>(() => Policy.Decide(At(ActorKind.DistrictAdmin, District), AccessAction.ReadUnits, AccessTarget.Place(District)));
    }

    [Fact]
    public void Forbidden_refusals_carry_a_stable_code_and_both_languages()
    {
        var violation = AccessPolicy.Forbidden(ActorKind.Resident, AccessAction.ReadUnits);
        Assert.Equal("NP-SEC-001", violation.Code);
        Assert.Equal(RuleViolationKind.Forbidden, violation.Kind);
        Assert.Equal("居民无权查看党组织。", violation.MessageZh); // Chinese throughout: the role and the action by their Chinese names
        Assert.Contains("units.read", violation.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 2000)]
    public Property Decisions_agree_with_comparing_the_segments(NonEmptyArray<byte> scopeSegments, NonEmptyArray<byte> targetSegments, bool strict)
    {
        // Small segments (1..3) and shallow paths, so that ancestors, equals and strangers all come up often.
        var scope = Build(scopeSegments.Get);
        var target = Build(targetSegments.Get);
        var prefix = Segs(scopeSegments.Get);
        var t = Segs(targetSegments.Get);
        var isAncestorOrSelf = prefix.Length <= t.Length && prefix.SequenceEqual(t.Take(prefix.Length));
        var expected = strict ? isAncestorOrSelf && prefix.Length < t.Length : isAncestorOrSelf;
        var action = strict ? AccessAction.DissolveUnit : AccessAction.ReadUnits;
        var outcome = Policy.Decide(At(ActorKind.CommunityStaff, scope), action, AccessTarget.Unit(target));
        return (outcome == (expected ? AccessOutcome.Allowed : AccessOutcome.OutOfScope)).Label($"{scope} → {target}: {outcome}");
    }

    private static int[] Segs(byte[] raw) => [.. raw.Take(6).Select(b => (b % 3) + 1)];

    private static HierarchyPath Build(byte[] raw)
    {
        var path = default(HierarchyPath);
        foreach (var segment in Segs(raw))
        {
            path = path.Append(segment);
        }

        return path;
    }
}

public sealed class AccessGuardTests
{
    private sealed class FixedActor(Actor? actor) : IActorAccessor
    {
        public Actor? Current => actor;
    }

    private static (TreeFixture F, OrganizationUnit Root, OrganizationUnit Street, OrganizationUnit Community) Frame()
    {
        var f = new TreeFixture().WithPlaces();
        var (root, street, community) = f.Frame();
        return (f, root, street, community);
    }

    private static AccessGuard Guard(TreeFixture f, Actor? actor) => new(new FixedActor(actor), f.UnitRepository, f.PlaceRepository, f.Options);

    [Fact]
    public async Task Out_of_scope_answers_exactly_as_not_found()
    {
        var (f, root, street, _) = Frame();
        var otherStreet = f.Add(root, "street", OrganizationUnitKind.WorkingCommittee, f.Streets[1]);
        var guard = Guard(f, new Actor("s", ActorKind.StreetStaff, street.Id.Value));
        var outside = await Assert.ThrowsAsync<RuleViolationException>(() => guard.EnsureUnitAsync(AccessAction.ReadUnits, otherStreet.Id));
        var missing = await Assert.ThrowsAsync<RuleViolationException>(() => guard.EnsureUnitAsync(AccessAction.ReadUnits, OrganizationUnitId.New()));
        Assert.Equal(missing.Code, outside.Code);
        Assert.Equal(RuleViolationKind.NotFound, outside.Violation.Kind);
        Assert.Equal(street.Id, (await guard.EnsureUnitAsync(AccessAction.ReadUnits, street.Id)).Id);

        var place = await Assert.ThrowsAsync<RuleViolationException>(() => guard.EnsurePlaceAsync(AccessAction.ReadPlaces, f.Streets[1].Id));
        Assert.Equal(RuleViolationKind.NotFound, place.Violation.Kind);
        Assert.Equal(f.Compounds[0].Id, (await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, f.Compounds[0].Id)).Id);
    }

    [Fact]
    public async Task Forbidden_kinds_are_refused_before_anything_is_looked_up()
    {
        var (f, _, street, _) = Frame();
        var guard = Guard(f, new Actor("r", ActorKind.Resident, Guid.NewGuid()));
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => guard.EnsureUnitAsync(AccessAction.ReadUnits, OrganizationUnitId.New()));
        Assert.Equal("NP-SEC-001", refused.Code);
        Assert.Equal(RuleViolationKind.Forbidden, refused.Violation.Kind);
        var none = await Assert.ThrowsAsync<RuleViolationException>(() => Guard(f, null).EnsureUnitAsync(AccessAction.ReadUnits, street.Id));
        Assert.Equal("NP-SEC-002", none.Code);
    }

    [Fact]
    public async Task Browsing_starts_at_the_actors_own_unit_and_places()
    {
        var (f, root, street, _) = Frame();
        Assert.Equal([street.Id], (await Guard(f, new Actor("s", ActorKind.StreetStaff, street.Id.Value)).GetTopUnitsAsync()).Select(u => u.Id));
        Assert.Equal([f.Streets[0].Id], (await Guard(f, new Actor("s", ActorKind.StreetStaff, street.Id.Value)).GetTopPlacesAsync()).Select(p => p.Id));
        Assert.Equal([root.Id], (await Guard(f, Actor.System).GetTopUnitsAsync()).Select(u => u.Id));
        Assert.Empty(await Guard(f, new Actor("r", ActorKind.Resident, Guid.NewGuid())).GetTopUnitsAsync());
        Assert.Empty(await Guard(f, new Actor("x", ActorKind.StreetStaff, Guid.NewGuid())).GetTopUnitsAsync()); // unknown node
    }
}
