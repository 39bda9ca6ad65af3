using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>The ledger's checks that need no lookup: shared by the member's own steps, the ledger and the importer's per-row path.</summary>
internal static class MemberChecks
{
    /// <summary>Parses and checks the details against <paramref name="today"/>; returns the parsed number and phone.</summary>
    public static (IdCardNumber IdCard, PhoneNumber Phone) Details(MemberDetails details, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var idCard = IdCardNumber.Parse(details.IdNumber);
        var phone = details.Phone is null ? default : PhoneNumber.Parse(details.Phone);
        Details(details, idCard, today);
        return (idCard, phone);
    }

    /// <summary>Checks the cross-field rules of already parsed details against <paramref name="today"/>.</summary>
    public static void Details(MemberDetails details, IdCardNumber idCard, LocalDate today)
    {
        TextRules.RequireName(details.Name, "name");
        if ((details.BirthDate is { } birth && birth != idCard.BirthDate) || (details.Gender is { } gender && gender != idCard.Gender))
        {
            throw MembershipRules.Fail(MembershipRules.IdNumberMismatch, "The birth date or gender disagrees with the ID-card number.",
                "出生日期或性别与身份证号不符。", details.BirthDate is { } b && b != idCard.BirthDate ? "birthDate" : "gender");
        }

        if (!Enum.IsDefined(details.Category))
        {
            throw new RuleViolationException(FieldRules.Defined<MemberCategory>(details.Category, "category")!);
        }

        if (idCard.BirthDate > today)
        {
            throw Date("The birth date is in the future.", "出生日期晚于今天。", "idNumber");
        }

        if (details.Joined > today || details.Joined < idCard.BirthDate.PlusYears(18))
        {
            throw Date("One joins the Party at 18 or older, and not after today (党章 art. 1).", "年满十八岁方可入党，且入党日期不能晚于今天（党章第一条）。", "joined");
        }

        if (details.MadeFull is { } full && (full < details.Joined.PlusYears(1) || full > today))
        {
            throw Date("A member is made full after the probation of at least a year (党章 art. 7), and not after today.",
                "预备期至少一年，转正日期须在入党一年之后且不晚于今天（党章第七条）。", "madeFull");
        }

        if (details.Suspension is { } s)
        {
            TextRules.RequireName(s.Reason, "suspension.reason");
            if (s.From < details.Joined || (s.To is { } to && to < s.From))
            {
                throw Date("A suspension starts after joining and ends after it starts.", "暂停表决权的起止日期不合理。", "suspension");
            }
        }
    }

    /// <summary>Refuses a residence that does not match the details' ids or is not a compound with its building (<c>NP-MBR-007</c>).</summary>
    public static void Residence(MemberDetails details, Place? residence, Place? building, HierarchySchema? schema)
    {
        if (details.ResidenceCompoundId is not { } compound)
        {
            if (details.ResidenceBuildingId is not null)
            {
                var names = schema ?? HierarchySchema.Yanping;
                throw MembershipRules.Fail(MembershipRules.WrongPlace, $"A {PlaceWords.En(names, PlaceKind.Building)} needs its {PlaceWords.En(names, PlaceKind.Compound)}.",
                    $"填写{PlaceWords.Zh(names, PlaceKind.Building)}时须同时填写{PlaceWords.Zh(names, PlaceKind.Compound)}。", "residenceCompoundId");
            }

            return;
        }

        if (residence is null || residence.Id != compound)
        {
            throw new ArgumentException("The residence given is not the compound the details name.", nameof(residence));
        }

        Place(residence, details.ResidenceBuildingId, building, "residenceCompoundId", schema);
    }

    /// <summary>Refuses a place that is not a compound, or a building that is not one of its (<c>NP-MBR-007</c>).</summary>
    public static void Place(Place compound, PlaceId? buildingId, Place? building, string field, HierarchySchema? schema)
    {
        ArgumentNullException.ThrowIfNull(compound);
        var names = schema ?? HierarchySchema.Yanping;
        if (compound.Kind != PlaceKind.Compound)
        {
            throw MembershipRules.Fail(MembershipRules.WrongPlace, $"{compound.Id} is not {PlaceWords.A(names, PlaceKind.Compound)}.", $"{compound.Id} 不是{PlaceWords.Zh(names, PlaceKind.Compound)}。", field);
        }

        if (buildingId is { } b && (building is null || building.Id != b || building.Kind != PlaceKind.Building || building.ParentId != compound.Id))
        {
            throw MembershipRules.Fail(MembershipRules.WrongPlace, $"{b} is not {PlaceWords.A(names, PlaceKind.Building)} of {compound.Name} ({compound.Id}).",
                $"{b} 不是{compound.Name}（{compound.Id}）的{PlaceWords.Zh(names, PlaceKind.Building)}。", field.Replace("Compound", "Building", StringComparison.Ordinal));
        }
    }

    /// <summary>Refuses a relationship that is not in exactly one place (<c>MR-1</c>) or whose unit is not live; returns the unit's path.</summary>
    public static HierarchyPath? Relationship(MemberRelationship relationship, OrganizationUnit? unit, string field)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var hasUnit = relationship.UnitId is not null;
        var hasOutside = !string.IsNullOrWhiteSpace(relationship.ExternalOrganization);
        if (hasUnit == hasOutside)
        {
            throw MembershipRules.Fail(MembershipRules.OneRelationship,
                "The organisational relationship is in exactly one place: a unit of the tree or one organisation outside it.",
                "组织关系只能在一个组织：树中的一个组织，或树外的一个组织。", field, regulation: MembershipRules.Mr1);
        }

        if (relationship.UnitId is not { } unitId)
        {
            TextRules.RequireName(relationship.ExternalOrganization, field);
            return null;
        }

        if (unit is null || unit.Id != unitId || !unit.IsLive)
        {
            throw MembershipRules.Fail(MembershipRules.WrongPlace, $"No live organisation unit {unitId} to hold the relationship.",
                $"没有可接收组织关系的现存组织 {unitId}。", field, unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Conflict);
        }

        return unit.Path;
    }

    /// <summary>Refuses a day after today or before <paramref name="notBefore"/> (<c>NP-MBR-005</c>).</summary>
    public static void Day(LocalDate day, LocalDate notBefore, LocalDate today, string field)
    {
        if (day > today || day < notBefore)
        {
            throw Date($"The date must lie between {notBefore:uuuu-MM-dd} and today.", $"日期须在 {notBefore:uuuu-MM-dd} 与今天之间。", field);
        }
    }

    public static RuleViolationException Date(string message, string messageZh, string field) =>
        MembershipRules.Fail(MembershipRules.ImpossibleDate, message, messageZh, field);

    public static RuleViolationException TransferStep(string message, string messageZh) =>
        MembershipRules.Fail(MembershipRules.TransferStep, message, messageZh, "transfer", RuleViolationKind.Conflict, MembershipRules.Mr3);
}
