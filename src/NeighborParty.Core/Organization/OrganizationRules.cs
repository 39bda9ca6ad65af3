using System.Globalization;
using NeighborParty.Common;

namespace NeighborParty.Organization;

/// <summary>
/// The stable codes of the rules the organisation tree enforces; see <c>docs/errors.md</c>.
/// </summary>
public static class OrganizationRules
{
    /// <summary>A name is blank, too long, or holds control characters.</summary>
    public const string InvalidName = "NP-GEN-001";

    /// <summary>A unit or place was not found.</summary>
    public const string NotFound = "NP-ORG-001";

    /// <summary>The schema has no such level, or the level does not allow that kind of unit.</summary>
    public const string LevelNotAllowed = "NP-ORG-002";

    /// <summary>The parent's level is not allowed by the schema for the child's level (or a root level was given a parent).</summary>
    public const string ParentLevelNotAllowed = "NP-ORG-003";

    /// <summary>The parent's kind cannot contain the child's kind (e.g. a group under a committee).</summary>
    public const string KindNotAllowedUnderParent = "NP-ORG-004";

    /// <summary>The change would make a unit its own ancestor.</summary>
    public const string Cycle = "NP-ORG-005";

    /// <summary>The unit (or its intended parent) is dissolved.</summary>
    public const string Dissolved = "NP-ORG-006";

    /// <summary>A unit cannot be dissolved while it has live children.</summary>
    public const string HasLiveChildren = "NP-ORG-007";

    /// <summary>A covered place is of the wrong kind for the level.</summary>
    public const string PlaceKindMismatch = "NP-ORG-008";

    /// <summary>A covered place lies outside the places of the parent.</summary>
    public const string PlaceOutsideParent = "NP-ORG-009";

    /// <summary>The number of covered places is outside the level's bounds.</summary>
    public const string PlaceCount = "NP-ORG-010";

    /// <summary>A place is already covered by another live unit of the same level.</summary>
    public const string PlaceAlreadyCovered = "NP-ORG-011";

    /// <summary>A date is impossible: dissolved before established, or established before the parent.</summary>
    public const string InvalidDate = "NP-ORG-012";

    /// <summary>A place cannot be uncovered while a child unit still covers something inside it.</summary>
    public const string PlaceUsedByChild = "NP-ORG-013";

    /// <summary>The tree is too deep or a parent has used up its child numbers.</summary>
    public const string CapacityExceeded = "NP-ORG-014";

    /// <summary>A place of that kind cannot sit under that parent place.</summary>
    public const string PlaceParentNotAllowed = "NP-PLC-001";

    /// <summary>A joint branch covers 2 to 5 units (BR-3, 支部条例 art. 5).</summary>
    public const string JointBranchSize = "BR-3";

    internal static RuleViolationException UnitNotFound(OrganizationUnitId id) => Fail(NotFound,
        $"No organisation unit {id} exists.", $"组织单元 {id} 不存在。", kind: RuleViolationKind.NotFound, target: "id");

    internal static RuleViolationException PlaceNotFound(PlaceId id) => Fail(NotFound,
        $"No place {id} exists.", $"地点 {id} 不存在。", kind: RuleViolationKind.NotFound, target: "places");

    internal static RuleViolationException UnknownLevel(string? key, string schema) => Fail(LevelNotAllowed,
        $"The hierarchy schema '{schema}' has no level '{key}'.", $"组织架构“{schema}”中没有层级“{key}”。", target: "level");

    internal static RuleViolationException KindNotAllowedAtLevel(OrganizationUnitKind kind, HierarchyLevel level) => Fail(LevelNotAllowed,
        $"A {kind} cannot sit at level '{level.Key}' ({level.Name}); allowed: {string.Join(", ", level.Kinds)}.",
        $"层级“{level.Name}”不允许设立 {kind} 类型的组织。", target: "kind");

    internal static RuleViolationException ParentLevel(HierarchyLevel child, string? parentLevel) => Fail(ParentLevelNotAllowed,
        parentLevel is null
            ? $"Level '{child.Key}' ({child.Name}) is not a root level; it must sit under {string.Join(" or ", child.ParentLevels)}."
            : child.IsRoot
                ? $"Level '{child.Key}' ({child.Name}) is a root level and cannot sit under '{parentLevel}'."
                : $"Level '{child.Key}' ({child.Name}) cannot sit under level '{parentLevel}'; allowed parents: {string.Join(", ", child.ParentLevels)}.",
        parentLevel is null ? $"“{child.Name}”不是顶层组织，必须设在上级组织之下。" : $"“{child.Name}”不能设在层级“{parentLevel}”之下。",
        target: "parentId");

    internal static RuleViolationException KindUnderParent(OrganizationUnitKind parent, OrganizationUnitKind child) => Fail(KindNotAllowedUnderParent,
        $"A {parent} cannot contain a {child}: committees contain committees and branches, branches contain party groups.",
        $"{parent} 之下不能设立 {child}：党委下设党委和支部，支部下设党小组。", regulation: "党章 art. 30; 支部条例 art. 13", target: "kind");

    internal static RuleViolationException CycleDetected(OrganizationUnitId unit, OrganizationUnitId parent) => Fail(Cycle,
        $"Moving {unit} under {parent} would make it its own ancestor.", $"将 {unit} 移到 {parent} 之下会形成循环。", target: "parentId");

    internal static RuleViolationException UnitDissolved(OrganizationUnitId id) => Fail(Dissolved,
        $"Organisation unit {id} is dissolved; it cannot be changed or receive children.", $"组织单元 {id} 已撤销，不能修改或增设下级。",
        kind: RuleViolationKind.Conflict);

    internal static RuleViolationException LiveChildren(OrganizationUnitId id, int count) => Fail(HasLiveChildren,
        $"Organisation unit {id} still has {count} live child unit(s); dissolve or move them first.",
        $"组织单元 {id} 仍有 {count} 个下级组织，须先撤销或调整。", regulation: "支部条例 (BR-7: adjusted or dissolved)", kind: RuleViolationKind.Conflict);

    internal static RuleViolationException WrongPlaceKind(PlaceId place, PlaceKind actual, HierarchyLevel level) => Fail(PlaceKindMismatch,
        level.Covers is null
            ? $"Level '{level.Key}' ({level.Name}) covers a purpose, not places; {place} cannot be covered."
            : $"Level '{level.Key}' ({level.Name}) covers places of kind {level.Covers}; {place} is a {actual}.",
        $"层级“{level.Name}”覆盖的地点类型不符（{place} 为 {actual}）。", target: "places");

    internal static RuleViolationException OutsideParent(PlaceId place) => Fail(PlaceOutsideParent,
        $"Place {place} lies outside the places covered by the parent unit.", $"地点 {place} 不在上级组织覆盖的范围内。", target: "places");

    internal static RuleViolationException Count(HierarchyLevel level, int count) => Fail(PlaceCount,
        $"A unit at level '{level.Key}' ({level.Name}) covers {level.MinPlaces} to {(level.MaxPlaces?.ToString(CultureInfo.InvariantCulture) ?? "any number of")} places; {count} given.",
        $"“{level.Name}”覆盖的地点数须为 {level.MinPlaces} 至 {(level.MaxPlaces?.ToString(CultureInfo.InvariantCulture) ?? "不限")} 个，实际 {count} 个。", target: "places");

    internal static RuleViolationException JointSize(int count, OrganizationPolicy policy) => Fail(JointBranchSize,
        $"A joint branch covers {policy.JointBranchMinUnits} to {policy.JointBranchMaxUnits} units; {count} given.",
        $"联合党支部覆盖的单位数一般为 {policy.JointBranchMinUnits} 至 {policy.JointBranchMaxUnits} 个，实际 {count} 个。",
        regulation: "《中国共产党支部工作条例（试行）》第五条 (支部条例 art. 5)", target: "places");

    internal static RuleViolationException AlreadyCovered(PlaceId place, OrganizationUnitId by, HierarchyLevel level) => Fail(PlaceAlreadyCovered,
        $"Place {place} is already covered by live unit {by} at level '{level.Key}' ({level.Name}).",
        $"地点 {place} 已由同层级的组织 {by} 覆盖。", kind: RuleViolationKind.Conflict, target: "places");

    internal static RuleViolationException Date(string message, string messageZh, string target) =>
        Fail(InvalidDate, message, messageZh, target: target);

    internal static RuleViolationException UsedByChild(PlaceId place, OrganizationUnitId child) => Fail(PlaceUsedByChild,
        $"Place {place} cannot be uncovered: child unit {child} covers it or a place inside it.",
        $"不能移除地点 {place}：下级组织 {child} 仍覆盖该地点或其下属地点。", kind: RuleViolationKind.Conflict, target: "places");

    internal static RuleViolationException Capacity(string message, string messageZh) => Fail(CapacityExceeded, message, messageZh);

    internal static RuleViolationException PlaceParent(PlaceKind child, PlaceKind? parent, HierarchySchema? schema)
    {
        var names = schema ?? HierarchySchema.Yanping;
        var chain = PlaceWords.Chain(names);
        var (childEn, childZh) = (PlaceWords.En(names, child), PlaceWords.Zh(names, child));
        return Fail(PlaceParentNotAllowed,
            parent is not { } p
                ? $"A {childEn} cannot be a root place; only {PlaceWords.A(names, PlaceKind.District)} can."
                : $"{char.ToUpperInvariant(PlaceWords.A(names, child)[0])}{PlaceWords.A(names, child)[1..]} cannot sit under {PlaceWords.A(names, p)}; places go {chain.En}.",
            parent is not { } q ? $"{childZh}不能作为顶层地点，只有{PlaceWords.Zh(names, PlaceKind.District)}可以。" : $"{childZh}不能设在{PlaceWords.Zh(names, q)}之下（{chain.Zh}）。",
            target: "kind");
    }

    private static RuleViolationException Fail(string code, string message, string messageZh, string? regulation = null,
        RuleViolationKind kind = RuleViolationKind.Refused, string? target = null) =>
        new(new RuleViolation(code, message, messageZh, regulation, kind, target));
}
