using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="ServiceOffering"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="PartnerId">The partner offering it.</param>
/// <param name="Category">The service category's key.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="Mode">How it is delivered.</param>
/// <param name="Capacity">Orders per period.</param>
/// <param name="Period">The capacity period.</param>
/// <param name="Active">Whether it is on the menu.</param>
/// <param name="CovenantId">The covenant whose commitment it delivers, or null.</param>
/// <param name="CommitmentKey">That commitment's key, or null.</param>
/// <param name="Home">The partner's home place.</param>
/// <param name="Compounds">The compounds served.</param>
/// <param name="Bookings">The capacity booked per period.</param>
public sealed record ServiceOfferingSnapshot(OfferingId Id, PartnerId PartnerId, string Category, string Title, string? Description, ServiceMode Mode, int Capacity,
    CapacityPeriod Period, bool Active, CovenantId? CovenantId, Guid? CommitmentKey, TreePosition Home, IReadOnlyList<ServedCompound> Compounds,
    IReadOnlyList<Booking> Bookings);
