using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Core.Tests.Configuration;

/// <summary>
/// <c>AddNeighborParty(configuration.GetSection("NeighborParty"))</c> (issue 16): the schema and every policy from
/// configuration alone, and every mistake reported at once with its key, before anything runs.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(kv => "NeighborParty:" + kv.Key, kv => kv.Value)).Build().GetSection("NeighborParty");

    private static NeighborPartyOptions Options(Dictionary<string, string?> values) =>
        new ServiceCollection().AddNeighborParty(Section(values)).BuildServiceProvider().GetRequiredService<NeighborPartyOptions>();

    [Fact]
    public void A_preset_and_policies_come_from_configuration_and_host_keys_are_left_alone()
    {
        var options = Options(new()
        {
            ["Schema:Preset"] = "rural",
            ["TimeZone"] = "Asia/Urumqi",
            ["ActorScopeCacheDuration"] = "00:00:05",
            ["Formation:MinFullMembersForBranch"] = "4",
            ["Formation:CountProbationary"] = "true",
            ["Organization:JointBranchMaxUnits"] = "3",
            ["SeedDemoData"] = "true", // a host's own key
        });
        Assert.Same(HierarchySchema.Rural, options.Schema);
        Assert.Equal("Asia/Urumqi", options.TimeZone.Id);
        Assert.Equal(Duration.FromSeconds(5), options.ActorScopeCacheDuration);
        Assert.Equal(4, options.Formation.MinFullMembersForBranch);
        Assert.True(options.Formation.CountProbationary);
        Assert.Equal(3, options.Organization.JointBranchMaxUnits);
    }

    [Fact]
    public void A_whole_custom_schema_comes_from_configuration()
    {
        var options = Options(new()
        {
            ["Schema:Custom:Name"] = "county",
            ["Schema:Custom:Levels:0:Key"] = "county",
            ["Schema:Custom:Levels:0:Name"] = "县委",
            ["Schema:Custom:Levels:0:Kinds:0"] = "Committee",
            ["Schema:Custom:Levels:0:Covers"] = "District",
            ["Schema:Custom:Levels:1:Key"] = "township",
            ["Schema:Custom:Levels:1:Name"] = "乡镇党委",
            ["Schema:Custom:Levels:1:Kinds:0"] = "Committee",
            ["Schema:Custom:Levels:1:Covers"] = "Street",
            ["Schema:Custom:Levels:1:ParentLevels:0"] = "county",
        });
        Assert.Equal("county", options.Schema.Name);
        Assert.True(options.Schema.TryGetLevel("township", out var township));
        Assert.Equal("乡镇党委", township.Name);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_key()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNeighborParty(Section(new()
        {
            ["Schema:Preset"] = "yanpin",
            ["Schema:Presets"] = "grid",
            ["Formation:MinFullMembersForBrnch"] = "3",
            ["Organization:JointBranchMaxUnits"] = "many",
            ["TimeZone"] = "Beijing",
            ["ActorScopeCacheDuration"] = "soon",
        })));
        foreach (var key in new[] { "NeighborParty:Schema:Preset", "NeighborParty:Schema:Presets", "MinFullMembersForBrnch", "NeighborParty:Organization",
            "NeighborParty:TimeZone", "NeighborParty:ActorScopeCacheDuration" })
        {
            Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        }

        Assert.Contains("6 problem(s)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_fails_its_own_validation_is_reported_with_the_section()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNeighborParty(Section(new()
        {
            ["Formation:MinFullMembersForBranch"] = "0",
        })));
        Assert.Contains("NeighborParty", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_steward_settings_bind_periods_included()
    {
        var options = Options(new() { ["Stewards:CommunityTermYears"] = "5", ["Stewards:ReminderBefore"] = "P3M", ["Stewards:AllowCrossHolding"] = "false" });
        Assert.Equal(Period.FromMonths(3), options.Stewards.ReminderBefore);
    }
}
