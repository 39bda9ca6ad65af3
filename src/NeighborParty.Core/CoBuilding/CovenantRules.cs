using NeighborParty.Common;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The checks a covenant's steps share.</summary>
internal static class CovenantRules
{
    /// <summary>Refuses an organisation side that is not a live branch or community Party organisation (<c>NP-COB-003</c>).</summary>
    public static void CheckOrganisationSide(OrganizationUnit unit, HierarchyLevel level, HierarchySchema? schema)
    {
        if (!unit.IsLive || unit.Kind.IsGroup() || level.Covers is not (PlaceKind.Community or PlaceKind.Compound or PlaceKind.Building))
        {
            throw OrganisationSide(schema, RuleViolationKind.Refused);
        }
    }

    /// <summary>"A covenant is signed by a live Party organisation of a community, compound or building", in the schema's words (<c>NP-COB-003</c>).</summary>
    public static RuleViolationException OrganisationSide(HierarchySchema? schema, RuleViolationKind kind)
    {
        var (en, zh) = PlaceWords.AnyOf(schema ?? HierarchySchema.Yanping, PlaceKind.Community, PlaceKind.Compound, PlaceKind.Building);
        return CoBuildingRules.Fail(CoBuildingRules.Parties, $"A covenant is signed by a live Party organisation (not a group) of a {en}.", $"共建盟约须由现存的{zh}党组织（党小组除外）签订。", "unitId", kind);
    }

    /// <summary>Refuses commitments that are empty, too many, not by a party, unmeasurable with a unit, or carried over twice (<c>NP-COB-007</c>).</summary>
    public static void CheckCommitments(IReadOnlyList<CommitmentDetails> commitments, IReadOnlyCollection<PartnerId> partners, string field)
    {
        if (commitments.Count > 50)
        {
            throw new RuleViolationException(FieldRules.Count(commitments.Count, 0, 50, field)!);
        }

        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i] ?? throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A commitment is empty.", "承诺不能为空。", $"{field}[{i}]");
            TextRules.RequireName(c.Description, $"{field}[{i}].description");
            TextRules.OptionalName(c.Unit, $"{field}[{i}].unit");
            TextRules.OptionalName(c.Schedule, $"{field}[{i}].schedule");
            if (FieldRules.Defined<CommitmentKind>(c.Kind, $"{field}[{i}].kind") is { } kind)
            {
                throw new RuleViolationException(kind);
            }

            if (c.Quantity is <= 0 or > 1_000_000_000 || (c.Quantity is null && c.Unit is not null))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A measurable commitment has a positive quantity with its unit.", "可计量的承诺须有正数数量及单位。", $"{field}[{i}].quantity");
            }

            if (c.PartnerId is { } p && !partners.Contains(p))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "A commitment is made by a party.", "承诺须由盟约一方作出。", $"{field}[{i}].partnerId");
            }
        }

        if (commitments.Where(c => c.Key is not null).GroupBy(c => c.Key).Any(g => g.Count() > 1))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Commitment, "Each commitment carried over appears once.", "沿用的承诺不能重复。", field);
        }
    }

    /// <summary>A step out of order (<c>NP-COB-004</c>, conflict).</summary>
    public static RuleViolationException Step(string message, string messageZh) =>
        CoBuildingRules.Fail(CoBuildingRules.CovenantStep, message, messageZh, "state", RuleViolationKind.Conflict);

    /// <summary>An impossible day (<c>NP-COB-006</c>).</summary>
    public static RuleViolationException Date(string message, string messageZh, string field) =>
        CoBuildingRules.Fail(CoBuildingRules.ImpossibleDate, message, messageZh, field);
}
