using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>What to publish on the menu.</summary>
/// <param name="Category">The service category's key.</param>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="Mode">How it is delivered.</param>
/// <param name="Capacity">Orders per period (1–10,000).</param>
/// <param name="Period">The period.</param>
/// <param name="Compounds">The compounds served (1–500).</param>
/// <param name="Description">More, or null (1–100 characters).</param>
/// <param name="CovenantId">The covenant whose commitment it delivers, or null.</param>
/// <param name="CommitmentKey">That commitment's key.</param>
public sealed record OfferingDetails(string Category, string Title, ServiceMode Mode, int Capacity, CapacityPeriod Period, IReadOnlyList<PlaceId> Compounds,
    string? Description = null, CovenantId? CovenantId = null, Guid? CommitmentKey = null);
