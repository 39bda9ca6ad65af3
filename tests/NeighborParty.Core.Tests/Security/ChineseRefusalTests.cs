using System.Reflection;
using NeighborParty.Security;

namespace NeighborParty.Core.Tests.Security;

/// <summary>A refusal's Chinese message names the person's role and the action in Chinese, with no English identifiers (issue 17).</summary>
public sealed class ChineseRefusalTests
{
    public static TheoryData<ActorKind, string> Cells()
    {
        var data = new TheoryData<ActorKind, string>();
        var actions = typeof(AccessAction).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(AccessAction))
            .Select(p => p.Name);
        foreach (var kind in Enum.GetValues<ActorKind>())
        {
            foreach (var action in actions)
            {
                data.Add(kind, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_forbidden_message_is_chinese_throughout(ActorKind kind, string actionProperty)
    {
        var action = (AccessAction)typeof(AccessAction).GetProperty(actionProperty)!.GetValue(null)!;
        var zh = AccessPolicy.Forbidden(kind, action).MessageZh;
        Assert.DoesNotMatch("[A-Za-z]", zh);
        Assert.DoesNotContain("此项操作", zh, StringComparison.Ordinal); // every library action has its own name
    }

    [Fact]
    public void A_districts_own_action_still_reads_as_chinese()
    {
        var zh = AccessPolicy.Forbidden(ActorKind.Steward, new AccessAction("district.custom", AccessTargetKind.Global, true)).MessageZh;
        Assert.Equal("红色管家无权此项操作。", zh);
    }
}
