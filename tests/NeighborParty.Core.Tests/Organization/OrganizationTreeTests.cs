using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Events;
using NodaTime;
using static NeighborParty.Core.Tests.Organization.TreeFixture;

namespace NeighborParty.Core.Tests.Organization;

public sealed class OrganizationTreeTests
{
    private readonly TreeFixture _f = new TreeFixture().WithPlaces();

    private static RuleViolationException Refused(Action action) => Assert.Throws<RuleViolationException>(action);

    [Fact]
    public void Five_level_frame_is_built_and_kept_valid()
    {
        var (_, _, community) = _f.Frame();
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]);
        _f.Add(branch, "building-group", OrganizationUnitKind.BuildingGroup, _f.BuildingsOf(_f.Compounds[0])[0]);
        _f.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup);

        Assert.Empty(TreeInvariants.Violations(_f.AllUnits(), Run(_f.PlaceRepository.ListAsync()), _f.Options.Schema, _f.Options.Organization));
        Assert.Equal(5, _f.AllUnits().Max(u => u.Path.Depth));
    }

    [Fact]
    public void Wrong_parent_level_is_refused()
    {
        var root = _f.Root();
        var e = Refused(() => _f.Add(root, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]));
        Assert.Equal(OrganizationRules.ParentLevelNotAllowed, e.Code);
    }

    [Fact]
    public void A_root_level_cannot_be_given_a_parent_and_a_child_level_cannot_be_a_root()
    {
        var root = _f.Root();
        Assert.Equal(OrganizationRules.ParentLevelNotAllowed, Refused(() => _f.Add(root, "district", OrganizationUnitKind.Committee, _f.District)).Code);
        var e = Refused(() => Run(_f.Tree.CreateRootAsync(new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "x", [_f.Streets[0].Id]))));
        Assert.Equal(OrganizationRules.ParentLevelNotAllowed, e.Code);
    }

    [Fact]
    public void Unknown_level_and_kind_not_allowed_at_level_are_refused()
    {
        var root = _f.Root();
        Assert.Equal(OrganizationRules.LevelNotAllowed, Refused(() => _f.Add(root, "no-such-level", OrganizationUnitKind.Branch)).Code);
        Assert.Equal(OrganizationRules.LevelNotAllowed, Refused(() => _f.Add(root, "street", OrganizationUnitKind.Branch, _f.Streets[0])).Code);
    }

    [Fact]
    public void A_branch_cannot_contain_a_branch_even_where_the_schema_allows_the_level()
    {
        var (_, _, community) = _f.Frame();
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]);
        var e = Refused(() => _f.Add(branch, "compound-sub-branch", OrganizationUnitKind.Branch, _f.BuildingsOf(_f.Compounds[0])[0]));
        Assert.Equal(OrganizationRules.KindNotAllowedUnderParent, e.Code);
    }

    [Fact]
    public void Under_a_compound_general_branch_its_branches_divide_the_buildings()
    {
        var (_, _, community) = _f.Frame();
        var general = _f.Add(community, "compound", OrganizationUnitKind.GeneralBranch, _f.Compounds[0]);
        var buildings = _f.BuildingsOf(_f.Compounds[0]);
        _f.Add(general, "compound-sub-branch", OrganizationUnitKind.Branch, buildings[0], buildings[1]);
        _f.Add(general, "compound-sub-branch", OrganizationUnitKind.Branch, buildings[2]);
        var e = Refused(() => _f.Add(general, "compound-sub-branch", OrganizationUnitKind.Branch, buildings[1]));
        Assert.Equal(OrganizationRules.PlaceAlreadyCovered, e.Code);
    }

    [Fact]
    public void Moving_a_unit_under_its_own_descendant_is_a_cycle()
    {
        var (root, street, community) = _f.Frame();
        Assert.Equal(OrganizationRules.Cycle, Refused(() => Run(_f.Tree.MoveAsync(street.Id, community.Id))).Code);
        Assert.Equal(OrganizationRules.Cycle, Refused(() => Run(_f.Tree.MoveAsync(street.Id, street.Id))).Code);
        Assert.Equal(root.Id, Run(_f.Tree.GetAsync(street.Id)).ParentId);
    }

    [Fact]
    public void Moving_a_subtree_rebases_every_descendant()
    {
        var schema = new HierarchySchema.Builder("flat")
            .Level("top", "顶层", null, [OrganizationUnitKind.Committee], PlaceKind.District, 1, 1)
            .Level("mid", "中层", null, [OrganizationUnitKind.Committee], null, 0, 0, parents: ["top"])
            .Level("low", "支部", null, [OrganizationUnitKind.Branch], null, 0, 0, parents: ["mid"])
            .Level("group", "党小组", null, [OrganizationUnitKind.FunctionalGroup], null, 0, 0, parents: ["low"])
            .Build();
        var f = new TreeFixture(schema).WithPlaces();
        var top = Run(f.Tree.CreateRootAsync(new NewOrganizationUnit("top", OrganizationUnitKind.Committee, "顶层", [f.District.Id]) { Established = new LocalDate(2000, 1, 1) }));
        var mid1 = f.Add(top, "mid", OrganizationUnitKind.Committee);
        var mid2 = f.Add(top, "mid", OrganizationUnitKind.Committee);
        var low = f.Add(mid1, "low", OrganizationUnitKind.Branch);
        var groups = Enumerable.Range(0, 3).Select(_ => f.Add(low, "group", OrganizationUnitKind.FunctionalGroup)).ToList();

        low = Run(f.Tree.MoveAsync(low.Id, mid2.Id));

        var movedLow = Run(f.Tree.GetAsync(low.Id));
        Assert.Equal(mid2.Id, movedLow.ParentId);
        Assert.All(groups, g => Assert.True(Run(f.Tree.GetAsync(g.Id)).IsWithin(mid2)));
        Assert.All(groups, g => Assert.False(Run(f.Tree.GetAsync(g.Id)).IsWithin(mid1)));
        Assert.Equal([low.Id, .. groups.Select(g => g.Id)], Run(f.Tree.GetSubtreeAsync(mid2.Id)).Skip(1).Select(u => u.Id));
        Assert.Equal(OrganizationRules.ParentLevelNotAllowed, Refused(() => Run(f.Tree.MoveAsync(low.Id, top.Id))).Code);
        Assert.Empty(TreeInvariants.Violations(f.AllUnits(), Run(f.PlaceRepository.ListAsync()), schema, f.Options.Organization));
    }

    [Fact]
    public void Move_keeps_the_subtree_inside_the_new_parent()
    {
        var root = _f.Root();
        var street = _f.Add(root, "street", OrganizationUnitKind.WorkingCommittee, _f.Streets[0]);
        var community = _f.Add(street, "community", OrganizationUnitKind.Committee, _f.Communities[0]);
        var otherCommunity = _f.Add(street, "community", OrganizationUnitKind.Committee, _f.Communities[1]);
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]);
        var group = _f.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup);

        // The branch covers a compound of community 0, so it cannot move under community 1.
        Assert.Equal(OrganizationRules.PlaceOutsideParent, Refused(() => Run(_f.Tree.MoveAsync(branch.Id, otherCommunity.Id))).Code);

        // A functional group moves between branches of the same community, and its path follows.
        var branch2 = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[1]);
        group = Run(_f.Tree.MoveAsync(group.Id, branch2.Id));
        var after = Run(_f.Tree.GetAsync(group.Id));
        Assert.Equal(branch2.Id, after.ParentId);
        Assert.Equal(branch2.Path, after.Path.Parent);
        Assert.Contains(_f.Events, e => e is OrganizationUnitMoved moved && moved.UnitId == group.Id);
        Assert.Empty(TreeInvariants.Violations(_f.AllUnits(), Run(_f.PlaceRepository.ListAsync()), _f.Options.Schema, _f.Options.Organization));
    }

    [Fact]
    public void Joint_branch_covering_six_units_is_refused_with_BR_3()
    {
        var (_, _, community) = _f.Frame();
        var six = _f.CompoundsOf(_f.Communities[0]).Take(6).ToArray();
        var e = Refused(() => _f.Add(community, "compound", OrganizationUnitKind.JointBranch, six));
        Assert.Equal("BR-3", e.Code);
        Assert.NotNull(e.Violation.Regulation);
        Assert.Contains("联合党支部", e.Violation.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Joint_branch_covers_two_to_five_units()
    {
        var (_, _, community) = _f.Frame();
        var compounds = _f.CompoundsOf(_f.Communities[0]);
        Assert.Equal("BR-3", Refused(() => _f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[0])).Code);
        var joint = _f.Add(community, "compound", OrganizationUnitKind.JointBranch, [.. compounds.Take(5)]);
        Assert.Equal(5, joint.Places.Count);
        Assert.Equal("BR-3", Refused(() => Run(_f.Tree.CoverAsync(joint.Id, [compounds[5].Id]))).Code);
        Assert.Equal("BR-3", Refused(() => Run(_f.Tree.UncoverAsync(joint.Id, [.. compounds.Take(4).Select(c => c.Id)]))).Code);
    }

    [Fact]
    public void Joint_branch_bound_is_a_policy_a_district_can_change()
    {
        var f = new TreeFixture(configure: o => o.Organization.JointBranchMaxUnits = 6).WithPlaces();
        var (_, _, community) = f.Frame();
        var joint = f.Add(community, "compound", OrganizationUnitKind.JointBranch, [.. f.CompoundsOf(f.Communities[0]).Take(6)]);
        Assert.Equal(6, joint.Places.Count);
    }

    [Fact]
    public void A_compound_is_covered_by_at_most_one_live_compound_level_unit()
    {
        var (_, _, community) = _f.Frame();
        var compounds = _f.CompoundsOf(_f.Communities[0]);
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, compounds[0]);
        Assert.Equal(OrganizationRules.PlaceAlreadyCovered, Refused(() => _f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[0], compounds[1])).Code);

        // Once the branch is dissolved, the compound can be covered again (history kept).
        branch = Run(_f.Tree.DissolveAsync(branch.Id));
        var joint = _f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[0], compounds[1]);
        Assert.True(joint.IsLive);
        Assert.False(Run(_f.Tree.GetAsync(branch.Id)).IsLive);
    }

    [Fact]
    public void Covered_places_must_lie_inside_the_parents_places_and_be_of_the_levels_kind()
    {
        var (_, _, community) = _f.Frame();
        var foreignCompound = _f.CompoundsOf(_f.Communities[1])[0];
        Assert.Equal(OrganizationRules.PlaceOutsideParent, Refused(() => _f.Add(community, "compound", OrganizationUnitKind.Branch, foreignCompound)).Code);
        Assert.Equal(OrganizationRules.PlaceKindMismatch, Refused(() => _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Buildings[0])).Code);
        Assert.Equal(OrganizationRules.PlaceCount, Refused(() => _f.Add(community, "compound", OrganizationUnitKind.Branch)).Code);
        Assert.Equal(OrganizationRules.PlaceCount, Refused(() => _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0], _f.Compounds[1])).Code);
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]);
        Assert.Equal(OrganizationRules.PlaceKindMismatch, Refused(() => _f.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup, _f.Buildings[0])).Code);
    }

    [Fact]
    public void Unknown_places_and_units_are_not_found()
    {
        var root = _f.Root();
        var missingPlace = Refused(() => Run(_f.Tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "x", [PlaceId.New()]))));
        Assert.Equal(RuleViolationKind.NotFound, missingPlace.Violation.Kind);
        var missingUnit = Refused(() => Run(_f.Tree.GetAsync(OrganizationUnitId.New())));
        Assert.Equal(RuleViolationKind.NotFound, missingUnit.Violation.Kind);
    }

    [Fact]
    public void Dissolving_requires_no_live_children_and_keeps_history()
    {
        var (_, street, community) = _f.Frame();
        Assert.Equal(OrganizationRules.HasLiveChildren, Refused(() => Run(_f.Tree.DissolveAsync(street.Id))).Code);
        community = Run(_f.Tree.DissolveAsync(community.Id, new LocalDate(2025, 12, 31)));
        var dissolved = Run(_f.Tree.GetAsync(community.Id));
        Assert.Equal(new LocalDate(2025, 12, 31), dissolved.Dissolved);
        Assert.Empty(Run(_f.Tree.GetChildrenAsync(street.Id)));
        Assert.Single(Run(_f.Tree.GetChildrenAsync(street.Id, includeDissolved: true)));
        Assert.Equal(OrganizationRules.Dissolved, Refused(() => _f.Add(dissolved, "compound", OrganizationUnitKind.Branch, _f.Compounds[0])).Code);
        Assert.Equal(OrganizationRules.Dissolved, Refused(() => Run(_f.Tree.RenameAsync(community.Id, "新名称", null))).Code);
        street = Run(_f.Tree.DissolveAsync(street.Id));
    }

    [Fact]
    public void Impossible_dates_are_refused()
    {
        var root = _f.Root();
        var future = Refused(() => Run(_f.Tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "x", [_f.Streets[0].Id]) { Established = new LocalDate(2030, 1, 1) })));
        Assert.Equal(OrganizationRules.InvalidDate, future.Code);
        var beforeParent = Refused(() => Run(_f.Tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "x", [_f.Streets[0].Id]) { Established = new LocalDate(1990, 1, 1) })));
        Assert.Equal(OrganizationRules.InvalidDate, beforeParent.Code);
        var street = _f.Add(root, "street", OrganizationUnitKind.WorkingCommittee, _f.Streets[0]);
        Assert.Equal(OrganizationRules.InvalidDate, Refused(() => Run(_f.Tree.DissolveAsync(street.Id, new LocalDate(2019, 12, 31)))).Code);
        Assert.Equal(OrganizationRules.InvalidDate, Refused(() => Run(_f.Tree.DissolveAsync(street.Id, new LocalDate(2026, 11, 28)))).Code);
    }

    [Fact]
    public void Today_is_reckoned_in_the_configured_time_zone()
    {
        // 2026-11-27T02:00Z is 10:00 in Shanghai but still 26 November in New York.
        var f = new TreeFixture(configure: o => o.TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"]).WithPlaces();
        var root = Run(f.Tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [f.District.Id])));
        Assert.Equal(new LocalDate(2026, 11, 26), root.Established);
        var shanghai = Run(_f.Tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [_f.District.Id])));
        Assert.Equal(new LocalDate(2026, 11, 27), shanghai.Established);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("名\u0007称")]
    public void Invalid_names_are_refused(string name)
    {
        var root = _f.Root();
        Assert.Equal(OrganizationRules.InvalidName, Refused(() => Run(_f.Tree.RenameAsync(root.Id, name, null))).Code);
    }

    [Fact]
    public void Over_long_names_are_refused_and_nothing_changes()
    {
        var root = _f.Root();
        Assert.Equal(OrganizationRules.InvalidName, Refused(() => Run(_f.Tree.RenameAsync(root.Id, new string('党', 101), null))).Code);
        Assert.Equal("区委", Run(_f.Tree.GetAsync(root.Id)).Name);
    }

    [Fact]
    public void Uncovering_a_place_a_child_still_uses_is_refused()
    {
        var (_, _, community) = _f.Frame();
        var compounds = _f.CompoundsOf(_f.Communities[0]);
        var joint = _f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[0], compounds[1], compounds[2]);
        _f.Add(joint, "building-group", OrganizationUnitKind.BuildingGroup, _f.BuildingsOf(compounds[2])[0]);
        Assert.Equal(OrganizationRules.PlaceUsedByChild, Refused(() => Run(_f.Tree.UncoverAsync(joint.Id, [compounds[2].Id]))).Code);
        var after = Run(_f.Tree.UncoverAsync(joint.Id, [compounds[1].Id]));
        Assert.Equal([compounds[0].Id, compounds[2].Id], after.Places);
    }

    [Fact]
    public void Compounds_without_a_branch_are_found()
    {
        var (_, _, community) = _f.Frame();
        var compounds = _f.CompoundsOf(_f.Communities[0]);
        _f.Add(community, "compound", OrganizationUnitKind.Branch, compounds[0]);
        _f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[1], compounds[2]);
        var missing = Run(_f.Tree.FindCompoundsWithoutBranchAsync(_f.Communities[0].Id));
        Assert.Equal(compounds.Skip(3).Select(c => c.Id), missing.Select(c => c.Id));
        Assert.Equal(_f.Compounds.Count - 3, Run(_f.Tree.FindCompoundsWithoutBranchAsync(_f.District.Id)).Count);
    }

    [Fact]
    public void Subtree_is_in_tree_order_and_scope_checks_follow_it()
    {
        var (root, street, community) = _f.Frame();
        var branch = _f.Add(community, "compound", OrganizationUnitKind.Branch, _f.Compounds[0]);
        var subtree = Run(_f.Tree.GetSubtreeAsync(street.Id));
        Assert.Equal([street.Id, community.Id, branch.Id], subtree.Select(u => u.Id));
        Assert.True(Run(_f.Tree.IsWithinAsync(branch.Id, root.Id)));
        Assert.False(Run(_f.Tree.IsWithinAsync(root.Id, branch.Id)));
        Assert.False(Run(_f.Tree.IsWithinAsync(OrganizationUnitId.New(), root.Id)));
    }

    [Fact]
    public void Every_change_records_a_domain_event()
    {
        _f.Events.Clear(); // the places registered by the fixture
        var root = _f.Root();
        Assert.IsType<OrganizationUnitEstablished>(Assert.Single(_f.Events));
        Assert.Empty(root.DomainEvents); // delivered and cleared by the commit
        root = Run(_f.Tree.RenameAsync(root.Id, "中共延平区委", "Yanping"));
        Assert.Contains(_f.Events, e => e is OrganizationUnitRenamed { OldName: "区委", NewName: "中共延平区委" });
        Assert.All(_f.Events, e => Assert.Equal(_f.Clock.GetCurrentInstant(), e.OccurredAt));
    }
}
