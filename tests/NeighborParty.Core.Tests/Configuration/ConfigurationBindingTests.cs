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
            ["ReportCacheDuration"] = "00:01:00",
            ["Formation:MinFullMembersForBranch"] = "4",
            ["Formation:CountProbationary"] = "true",
            ["Organization:JointBranchMaxUnits"] = "3",
            ["SeedDemoData"] = "true", // a host's own key
        });
        Assert.Same(HierarchySchema.Rural, options.Schema);
        Assert.Equal("Asia/Urumqi", options.TimeZone.Id);
        Assert.Equal(Duration.FromSeconds(5), options.ActorScopeCacheDuration);
        Assert.Equal(Duration.FromMinutes(1), options.ReportCacheDuration);
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
            ["ReportCacheDuration"] = "-00:00:01",
        })));
        foreach (var key in new[] { "NeighborParty:Schema:Preset", "NeighborParty:Schema:Presets", "MinFullMembersForBrnch", "NeighborParty:Organization",
            "NeighborParty:TimeZone", "NeighborParty:ActorScopeCacheDuration", "NeighborParty:ReportCacheDuration" })
        {
            Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        }

        Assert.Contains("7 problem(s)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_out_of_range_is_named_by_its_full_key_with_what_it_expects()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNeighborParty(Section(new()
        {
            ["Formation:MinFullMembersForBranch"] = "0",
            ["Care:MaxGuardians"] = "80",
            ["Stewards:MaxTermYears"] = "12",
        })));

        Assert.Contains("NeighborParty:Formation:MinFullMembersForBranch: is 0; expected a whole number ≥ 1. (BR-1)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NeighborParty:Care:MaxGuardians: is 80; expected 1 to 50 guardians. (CR-2)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NeighborParty:Stewards:MaxTermYears: is 12;", refused.Message, StringComparison.Ordinal);
        Assert.Contains("3 problem(s)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_lists_the_keys_the_policy_takes_without_the_binders_internals()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNeighborParty(Section(new()
        {
            ["Formation:MinFullMembersForBrnch"] = "3",
        })));

        Assert.Contains("NeighborParty:Formation:MinFullMembersForBrnch: unknown key; Formation takes ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("MinFullMembersForBranch", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ErrorOnUnknownConfiguration", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BinderOptions", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Organization:JointBranchMaxUnits", "many", "is not a whole number")]
    [InlineData("Formation:CountProbationary", "yes please", "is not true or false")]
    [InlineData("Stewards:ReminderBefore", "six months", "is not an ISO 8601 date period")]
    public void A_value_that_does_not_convert_is_named_with_what_the_key_expects(string key, string value, string expected)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNeighborParty(Section(new() { [key] = value })));

        Assert.Contains($"NeighborParty:{key}: '{value}' {expected}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_the_setting_for_code_that_sets_the_options()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new NeighborPartyOptions { Formation = { MaxMembersPerBranch = 2 } }.Validate());

        Assert.Equal("MaxMembersPerBranch", refused.ParamName);
        Assert.StartsWith("BR-2: MaxMembersPerBranch is 2;", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_steward_settings_bind_periods_included()
    {
        var options = Options(new() { ["Stewards:CommunityTermYears"] = "5", ["Stewards:ReminderBefore"] = "P3M", ["Stewards:AllowCrossHolding"] = "false" });
        Assert.Equal(Period.FromMonths(3), options.Stewards.ReminderBefore);
    }
}
