using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;

namespace NeighborParty.Stewards;

/// <summary>What the steward services share.</summary>
internal static class StewardLookups
{
    /// <summary>Loads a compound: "not found" when unknown, refused (<c>NP-STW-002</c>) when another kind of place.</summary>
    public static async Task<Place> CompoundAsync(IReadRepository<Place> places, PlaceId id, HierarchySchema schema, CancellationToken cancellationToken)
    {
        var place = await places.GetByIdAsync(id, cancellationToken);
        return place is { Kind: PlaceKind.Compound } ? place
            : throw StewardRules.Fail(StewardRules.WrongSite, $"{id} is not {PlaceWords.A(schema, PlaceKind.Compound)}.", $"{id} 不是{PlaceWords.Zh(schema, PlaceKind.Compound)}。", "compound",
                place is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
    }
}
