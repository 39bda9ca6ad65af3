using NeighborParty.Common;
using NeighborParty.Organization.Events;
using NodaTime;

namespace NeighborParty.Organization;

/// <content>The unit's own steps: established at a level the schema allows, renamed, moved, dissolved — each checked first.</content>
public sealed partial class OrganizationUnit
{
    /// <summary>Establishes a root unit (a district committee, say) at a root level of the schema.</summary>
    /// <param name="id">The new unit's id.</param>
    /// <param name="level">Its level: a root level that allows <paramref name="kind"/>.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="rootSegment">Its number among the roots (the tree gives the next free one).</param>
    /// <param name="places">The places it covers (the tree checks them).</param>
    /// <param name="established">The day it was established: not after today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A level that is not a root or does not allow the kind, a bad name or date.</exception>
    public static OrganizationUnit CreateRoot(OrganizationUnitId id, HierarchyLevel level, OrganizationUnitKind kind, string name, string? nameEn, int rootSegment,
        IReadOnlyCollection<PlaceId> places, LocalDate established, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(places);
        CheckLevel(level, kind);
        if (!level.IsRoot)
        {
            throw OrganizationRules.ParentLevel(level, null);
        }

        CheckEstablished(established, null, today);
        var unit = new OrganizationUnit(id, level.Key, kind, TextRules.RequireName(name, "name"), TextRules.OptionalName(nameEn, "nameEn"),
            null, HierarchyPath.Root(rootSegment), places.Distinct(), established);
        unit.Raise(new OrganizationUnitEstablished(id, null, level.Key, kind, unit.Name, established, now));
        return unit;
    }

    /// <summary>Establishes a child unit under this live unit, at a level and of a kind the schema allows here.</summary>
    /// <param name="id">The new unit's id.</param>
    /// <param name="level">Its level.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="places">The places it covers (the tree checks them).</param>
    /// <param name="established">The day it was established: from this unit's establishment to today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <returns>The child.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">This unit is dissolved; the level or kind is not allowed here; a bad name or date; no child numbers left.</exception>
    public OrganizationUnit AddChild(OrganizationUnitId id, HierarchyLevel level, OrganizationUnitKind kind, string name, string? nameEn,
        IReadOnlyCollection<PlaceId> places, LocalDate established, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(places);
        RequireLive();
        CheckLevel(level, kind);
        CheckParent(level, kind, this);
        CheckEstablished(established, this, today);
        var checkedName = TextRules.RequireName(name, "name");
        var checkedNameEn = TextRules.OptionalName(nameEn, "nameEn");
        var child = new OrganizationUnit(id, level.Key, kind, checkedName, checkedNameEn, Id, Path.Append(NextSegment()), places.Distinct(), established);
        child.Raise(new OrganizationUnitEstablished(id, Id, level.Key, kind, child.Name, established, now));
        return child;
    }

    /// <summary>Renames this live unit.</summary>
    /// <param name="name">The Chinese name (1–100 characters).</param>
    /// <param name="nameEn">The English name, or null.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Dissolved, or a bad name.</exception>
    public void Rename(string name, string? nameEn, Instant now)
    {
        RequireLive();
        var checkedName = TextRules.RequireName(name, "name");
        var checkedNameEn = TextRules.OptionalName(nameEn, "nameEn");
        var old = Name;
        Name = checkedName;
        NameEn = checkedNameEn;
        Raise(new OrganizationUnitRenamed(Id, old, Name, now));
    }

    /// <summary>Moves this live unit under another live parent; returns its old path, to rebase the subtree in the same unit of work.</summary>
    /// <param name="newParent">The new parent.</param>
    /// <param name="level">This unit's level.</param>
    /// <param name="now">When.</param>
    /// <returns>The old path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A dissolved unit, a cycle (<c>NP-ORG-005</c>), or a parent the schema or kinds do not allow.</exception>
    public HierarchyPath MoveUnder(OrganizationUnit newParent, HierarchyLevel level, Instant now)
    {
        ArgumentNullException.ThrowIfNull(newParent);
        ArgumentNullException.ThrowIfNull(level);
        RequireLive();
        newParent.RequireLive();
        if (newParent.Path.IsWithin(Path))
        {
            throw OrganizationRules.CycleDetected(Id, newParent.Id);
        }

        CheckParent(level, Kind, newParent);
        var oldPath = Path;
        var oldParent = ParentId;
        SetPath(newParent.Path.Append(newParent.NextSegment()));
        ParentId = newParent.Id;
        Raise(new OrganizationUnitMoved(Id, oldParent, newParent.Id, now) { OldPath = oldPath, NewPath = Path });
        return oldPath;
    }

    /// <summary>Dissolves this live unit; it stays in the tree as history.</summary>
    /// <param name="date">The day: from its establishment to today.</param>
    /// <param name="liveChildren">How many of its children are live (the tree counts them): there must be none.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Dissolved already, live children (<c>NP-ORG-007</c>), or an impossible date.</exception>
    public void Dissolve(LocalDate date, int liveChildren, LocalDate today, Instant now)
    {
        RequireLive();
        if (liveChildren > 0)
        {
            throw OrganizationRules.LiveChildren(Id, liveChildren);
        }

        if (date < Established || date > today)
        {
            throw OrganizationRules.Date($"The dissolution date must lie between the establishment date {Established:uuuu-MM-dd} and today.",
                $"撤销日期须在成立日期 {Established:uuuu-MM-dd} 与今天之间。", "date");
        }

        Dissolved = date;
        Raise(new OrganizationUnitDissolved(Id, date, now));
    }

    internal static void CheckLevel(HierarchyLevel level, OrganizationUnitKind kind)
    {
        if (!level.Kinds.Contains(kind))
        {
            throw OrganizationRules.KindNotAllowedAtLevel(kind, level);
        }
    }

    internal static void CheckParent(HierarchyLevel level, OrganizationUnitKind kind, OrganizationUnit parent)
    {
        if (!level.ParentLevels.Contains(parent.Level, StringComparer.Ordinal))
        {
            throw OrganizationRules.ParentLevel(level, parent.Level);
        }

        if (!parent.Kind.CanContain(kind))
        {
            throw OrganizationRules.KindUnderParent(parent.Kind, kind);
        }
    }

    internal static void CheckEstablished(LocalDate date, OrganizationUnit? parent, LocalDate today)
    {
        if (date > today)
        {
            throw OrganizationRules.Date("The establishment date cannot be in the future.", "成立日期不能晚于今天。", "established");
        }

        if (parent is not null && date < parent.Established)
        {
            throw OrganizationRules.Date(
                $"A unit cannot be established before its parent (established {parent.Established:uuuu-MM-dd}).",
                $"下级组织的成立日期不能早于上级组织（{parent.Established:uuuu-MM-dd}）。", "established");
        }
    }

    private void RequireLive()
    {
        if (!IsLive)
        {
            throw OrganizationRules.UnitDissolved(Id);
        }
    }
}
