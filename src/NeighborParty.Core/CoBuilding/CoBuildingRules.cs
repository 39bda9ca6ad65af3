using NeighborParty.Common;

namespace NeighborParty.CoBuilding;

/// <summary>The codes of co-building refusals (see <c>docs/errors.md</c>).</summary>
public static class CoBuildingRules
{
    /// <summary>A partner that does not hold together (mass organisation without its kind, a home that is not a district, street or community).</summary>
    public const string Partner = "NP-COB-001";

    /// <summary>No such partner, covenant, offering, order, position, team or motion (also when outside the caller's scope).</summary>
    public const string NotFound = "NP-COB-002";

    /// <summary>The parties of a covenant do not hold together.</summary>
    public const string Parties = "NP-COB-003";

    /// <summary>A covenant step out of order.</summary>
    public const string CovenantStep = "NP-COB-004";

    /// <summary>A signature by someone who is not a party, or a second one on the same version.</summary>
    public const string Signature = "NP-COB-005";

    /// <summary>An impossible date.</summary>
    public const string ImpossibleDate = "NP-COB-006";

    /// <summary>Commitments or a fulfilment that do not hold together.</summary>
    public const string Commitment = "NP-COB-007";

    /// <summary>An offering that does not hold together.</summary>
    public const string Offering = "NP-COB-008";

    /// <summary>An order that cannot be placed, or a step out of order.</summary>
    public const string OrderStep = "NP-COB-009";

    /// <summary>The offering's capacity for that period is taken.</summary>
    public const string Capacity = "NP-COB-010";

    /// <summary>A position or team that does not hold together.</summary>
    public const string PositionOrTeam = "NP-COB-011";

    /// <summary>A motion by someone who is not a deputy, or a step out of order.</summary>
    public const string Motion = "NP-COB-012";

    internal static void CheckKind(IReadOnlyDictionary<string, CatalogueEntry> catalogue, string? key, string field)
    {
        if (key is null || !catalogue.ContainsKey(key))
        {
            throw Fail(PositionOrTeam, $"Unknown {field} '{key}'.", $"未知的类别“{key}”。", field);
        }
    }

    internal static void CheckCompound(Organization.Place place, string field, Organization.HierarchySchema? schema)
    {
        if (place.Kind != Organization.PlaceKind.Compound)
        {
            var names = schema ?? Organization.HierarchySchema.Yanping;
            throw Fail(NotFound, $"{place.Id} is not {PlaceWords.A(names, Organization.PlaceKind.Compound)}.", $"{place.Id} 不是{PlaceWords.Zh(names, Organization.PlaceKind.Compound)}。", field);
        }
    }

    /// <summary>"A partner is registered at a district, street or community", in the schema's words (<c>NP-COB-001</c>, <c>NP-COB-011</c>).</summary>
    internal static (string En, string Zh) Homes(Organization.HierarchySchema? schema) =>
        PlaceWords.AnyOf(schema ?? Organization.HierarchySchema.Yanping, Organization.PlaceKind.District, Organization.PlaceKind.Street, Organization.PlaceKind.Community);

    internal static RuleViolationException Fail(string code, string message, string messageZh, string? target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
