using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="Position"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">The kind's key.</param>
/// <param name="Name">The name.</param>
/// <param name="Compound">The compound.</param>
/// <param name="PartnerId">The partner running it, or null.</param>
/// <param name="Opened">The day it opened.</param>
/// <param name="Closed">The day it closed, or null.</param>
public sealed record PositionSnapshot(PositionId Id, string Kind, string Name, TreePosition Compound, PartnerId? PartnerId, LocalDate Opened, LocalDate? Closed);
