using NeighborParty.Organization;
using NodaTime;
using static NeighborParty.Core.Tests.Organization.TreeFixture;

namespace NeighborParty.Core.Tests.Organization;

public sealed class HierarchySchemaTests
{
    [Fact]
    public void Yanping_preset_accepts_its_own_example_tree()
    {
        var f = new TreeFixture(HierarchySchema.Yanping).WithPlaces();
        var (_, _, community) = f.Frame();
        var compounds = f.CompoundsOf(f.Communities[0]);
        var branch = f.Add(community, "compound", OrganizationUnitKind.Branch, compounds[0]);
        f.Add(branch, "building-group", OrganizationUnitKind.BuildingGroup, [.. f.BuildingsOf(compounds[0])]);
        f.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup);
        f.Add(community, "compound", OrganizationUnitKind.JointBranch, compounds[1], compounds[2]);
        var general = f.Add(community, "compound", OrganizationUnitKind.GeneralBranch, compounds[3]);
        var sub = f.Add(general, "compound-sub-branch", OrganizationUnitKind.Branch, f.BuildingsOf(compounds[3])[0]);
        f.Add(sub, "building-group", OrganizationUnitKind.BuildingGroup, f.BuildingsOf(compounds[3])[0]);
        AssertValid(f);
    }

    [Fact]
    public void Grid_preset_accepts_its_own_example_tree()
    {
        var f = new TreeFixture(HierarchySchema.GridBased).WithPlaces();
        var community = Run(f.Tree.CreateRootAsync(new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "社区党委", [f.Communities[0].Id]) { Established = new LocalDate(2010, 1, 1) }));
        var compounds = f.CompoundsOf(f.Communities[0]);
        var grid = f.Add(community, "grid-branch", OrganizationUnitKind.Branch, compounds[0], compounds[1], compounds[2]);
        f.Add(grid, "courtyard-group", OrganizationUnitKind.PartyGroup, [.. f.BuildingsOf(compounds[0])]);
        f.Add(grid, "functional-group", OrganizationUnitKind.FunctionalGroup);
        AssertValid(f);
    }

    [Fact]
    public void Rural_preset_accepts_its_own_example_tree()
    {
        var f = new TreeFixture(HierarchySchema.Rural).WithPlaces();
        var county = Run(f.Tree.CreateRootAsync(new NewOrganizationUnit("county", OrganizationUnitKind.Committee, "县委", [f.District.Id]) { Established = new LocalDate(2000, 1, 1) }));
        var township = f.Add(county, "township", OrganizationUnitKind.Committee, f.Streets[0]);
        Assert.Throws<NeighborParty.Common.RuleViolationException>(() => Run(f.Tree.CreateRootAsync(
            new NewOrganizationUnit("township", OrganizationUnitKind.Committee, "另一乡镇党委", [f.Streets[1].Id])))); // the county is the root
        var village = f.Add(township, "village", OrganizationUnitKind.Committee, f.Communities[0]);
        var villageBranch = f.Add(village, "village-branch", OrganizationUnitKind.Branch, f.CompoundsOf(f.Communities[0])[0]);
        f.Add(villageBranch, "villager-group", OrganizationUnitKind.PartyGroup, f.CompoundsOf(f.Communities[0])[0]);
        var smallVillage = f.Add(township, "village", OrganizationUnitKind.Branch, f.Communities[1]);
        f.Add(smallVillage, "villager-group", OrganizationUnitKind.PartyGroup, f.CompoundsOf(f.Communities[1])[0]);
        AssertValid(f);
    }

    [Theory]
    [InlineData("yanping")]
    [InlineData("GRID")]
    [InlineData(" rural ")]
    public void Presets_are_found_by_name(string name) => Assert.NotNull(HierarchySchema.Preset(name));

    [Fact]
    public void Unknown_preset_is_an_argument_error() => Assert.Throws<ArgumentException>(() => HierarchySchema.Preset("urban"));

    [Fact]
    public void A_custom_schema_from_configuration_data_is_validated_and_used()
    {
        var definition = new HierarchySchemaDefinition { Name = "two-level" };
        var top = new HierarchyLevelDefinition { Key = "community", Name = "社区党委", Covers = PlaceKind.Community };
        top.Kinds.Add(OrganizationUnitKind.Committee);
        var grid = new HierarchyLevelDefinition { Key = "grid", Name = "网格党支部", Covers = PlaceKind.Compound, MaxPlaces = 10 };
        grid.Kinds.Add(OrganizationUnitKind.Branch);
        grid.ParentLevels.Add("community");
        definition.Levels.Add(top);
        definition.Levels.Add(grid);

        var schema = HierarchySchema.FromDefinition(definition);
        Assert.True(schema.AllowsParent("grid", "community"));
        Assert.False(schema.AllowsParent("community", "grid"));
        Assert.Equal(1, schema.GetLevel("grid").MinPlaces);

        grid.ParentLevels.Add("nowhere");
        Assert.Throws<ArgumentException>(() => HierarchySchema.FromDefinition(definition));
    }

    [Fact]
    public void A_schema_without_a_root_or_with_a_cycle_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new HierarchySchema.Builder("cyclic")
            .Level("a", "甲", null, [OrganizationUnitKind.Committee], null, 0, 0, parents: ["b"])
            .Level("b", "乙", null, [OrganizationUnitKind.Committee], null, 0, 0, parents: ["a"])
            .Build());
        Assert.Throws<ArgumentException>(() => new HierarchySchema.Builder("cyclic")
            .Level("root", "根", null, [OrganizationUnitKind.Committee], null, 0, 0)
            .Level("a", "甲", null, [OrganizationUnitKind.Committee], null, 0, 0, parents: ["root", "b"])
            .Level("b", "乙", null, [OrganizationUnitKind.Committee], null, 0, 0, parents: ["a"])
            .Build());
        Assert.Throws<ArgumentException>(() => new HierarchySchema.Builder("bounds")
            .Level("root", "根", null, [OrganizationUnitKind.Committee], null, 1, 1));
    }

    [Fact]
    public void Kind_nesting_follows_the_constitution()
    {
        Assert.True(OrganizationUnitKind.Committee.CanContain(OrganizationUnitKind.WorkingCommittee));
        Assert.True(OrganizationUnitKind.GeneralBranch.CanContain(OrganizationUnitKind.Branch));
        Assert.False(OrganizationUnitKind.GeneralBranch.CanContain(OrganizationUnitKind.GeneralBranch));
        Assert.True(OrganizationUnitKind.Branch.CanContain(OrganizationUnitKind.BuildingGroup));
        Assert.False(OrganizationUnitKind.Branch.CanContain(OrganizationUnitKind.Branch));
        Assert.False(OrganizationUnitKind.FunctionalGroup.CanContain(OrganizationUnitKind.PartyGroup));
    }

    private static void AssertValid(TreeFixture f) =>
        Assert.Empty(TreeInvariants.Violations(f.AllUnits(), Run(f.PlaceRepository.ListAsync()), f.Options.Schema, f.Options.Organization));
}
