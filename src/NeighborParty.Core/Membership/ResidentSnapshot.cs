using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <summary>The stored state of a <see cref="Resident"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Compound">The compound.</param>
/// <param name="BuildingId">The building, or null.</param>
/// <param name="Contact">The contact digits, or null (personal data).</param>
public sealed record ResidentSnapshot(ResidentId Id, string Name, TreePosition Compound, PlaceId? BuildingId, string? Contact);
