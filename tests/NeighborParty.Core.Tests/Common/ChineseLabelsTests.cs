using System.Reflection;
using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Organization;

namespace NeighborParty.Core.Tests.Common;

/// <summary>Issue 17, item 5: every verdict, outcome and state the library answers with has a Chinese label, free of English identifiers.</summary>
public sealed class ChineseLabelsTests
{
    public static TheoryData<Type> LabelledEnums() => [.. typeof(ChineseLabels).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(ChineseLabels.Of)).Select(m => m.GetParameters()[0].ParameterType)];

    [Theory]
    [MemberData(nameof(LabelledEnums))]
    public void Every_value_has_a_chinese_label(Type type)
    {
        var of = typeof(ChineseLabels).GetMethod(nameof(ChineseLabels.Of), [type])!;
        var labels = new HashSet<string>();
        foreach (var value in Enum.GetValues(type))
        {
            var label = (string)of.Invoke(null, [value])!;
            Assert.False(string.IsNullOrWhiteSpace(label), $"{type.Name}.{value}");
            Assert.DoesNotMatch("[A-Za-z]", label); // never the English enum name
            Assert.True(labels.Add(label), $"{type.Name}.{value}: '{label}' labels two values");
        }
    }

    [Fact]
    public void Verdict_flags_read_as_a_list_and_answers_carry_them()
    {
        Assert.Equal("应当成立党支部、应设支部委员会", ChineseLabels.Of(FormationVerdict.FormBranch | FormationVerdict.CommitteeRequired));
        var item = new FormationSweepItem(FormationSubjectKind.Place, Guid.NewGuid(), "武夷香榭", 3, 3, FormationVerdict.FormBranch);
        Assert.Equal("应当成立党支部", item.VerdictZh);
        var assessment = new FormationAssessment(FormationSubjectKind.Branch, [new PlaceId(Guid.NewGuid())], null, default, 2, 2,
            FormationVerdict.NoLongerMeetsConditions, []);
        Assert.Equal(("党支部", "不再符合设立条件"), (assessment.SubjectZh, assessment.VerdictZh));
    }
}
