using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="DeputyMotion"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="DeputyId">The deputy.</param>
/// <param name="Kind">What was filed.</param>
/// <param name="Title">The title.</param>
/// <param name="Compound">The compound the matter arises from.</param>
/// <param name="FiledWith">The body it was filed with.</param>
/// <param name="FiledOn">The day it was filed.</param>
/// <param name="Status">The status.</param>
/// <param name="Answer">The latest answer or reason, or null.</param>
/// <param name="HandledBy">The handling department, or null.</param>
/// <param name="StatusOn">The day of the latest status, or null.</param>
public sealed record DeputyMotionSnapshot(MotionId Id, PartnerId DeputyId, MotionKind Kind, string Title, TreePosition Compound, string FiledWith, LocalDate FiledOn,
    MotionStatus Status, string? Answer, string? HandledBy, LocalDate? StatusOn);
