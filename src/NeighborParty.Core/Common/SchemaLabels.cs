using NeighborParty.Care;
using NeighborParty.Formation;
using NeighborParty.Organization;

namespace NeighborParty.Common;

/// <summary>
/// Labels that name a place kind or a level, in a district's own words: 小区 and 小区党支部 in Yanping, 网格 and
/// 网格党支部 in a grid district, 村 and 村党组织 in a rural county (<see cref="HierarchySchema.PlaceName"/>,
/// <see cref="HierarchySchema.BranchName"/>). <see cref="ChineseLabels"/> has the same labels in Yanping's words.
/// </summary>
public static class SchemaLabels
{
    /// <summary>Labels what a formation assessment or sweep item is about, in Chinese.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="schema">The district's schema.</param>
    /// <returns>Such as 村, 拟联合的网格 or 网格党支部.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static string Of(FormationSubjectKind subject, HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var place = schema.PlaceName(schema.BranchPlaceKind);
        return subject switch
        {
            FormationSubjectKind.Place => place.Name,
            FormationSubjectKind.Places => "拟联合的" + place.Name,
            FormationSubjectKind.Branch => schema.BranchName,
            _ => subject.ToString(),
        };
    }

    /// <summary>Labels what a formation assessment or sweep item is about, in English.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="schema">The district's schema.</param>
    /// <returns>Such as village, proposed joint grids or grid branch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static string English(FormationSubjectKind subject, HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var place = PlaceWords.En(schema, schema.BranchPlaceKind);
        return subject switch
        {
            FormationSubjectKind.Place => place,
            FormationSubjectKind.Places => "proposed joint " + PlaceWords.Plural(place),
            FormationSubjectKind.Branch => schema.BranchNameEn.ToLowerInvariant(),
            _ => subject.ToString(),
        };
    }

    /// <summary>Labels who answers for an escalated case.</summary>
    /// <param name="level">The level.</param>
    /// <param name="schema">The district's schema.</param>
    /// <returns>Such as 网格党支部 or 村.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static string Of(EscalationLevel level, HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return level switch
        {
            EscalationLevel.Branch => schema.BranchName,
            EscalationLevel.Community => schema.PlaceName(PlaceKind.Community).Name,
            _ => level.ToString(),
        };
    }

    /// <summary>Labels a care alert.</summary>
    /// <param name="level">The level.</param>
    /// <param name="schema">The district's schema.</param>
    /// <returns>Such as 逾期未探访 or 已上报村.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static string Of(CareAlertLevel level, HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return level == CareAlertLevel.Escalated ? "已上报" + schema.PlaceName(PlaceKind.Community).Name : ChineseLabels.Of(level);
    }
}
