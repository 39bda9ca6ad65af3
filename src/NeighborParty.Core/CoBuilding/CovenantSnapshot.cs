using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="Covenant"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="Unit">The organisation side.</param>
/// <param name="Partners">The partners.</param>
/// <param name="Versions">The versions.</param>
/// <param name="Commitments">The commitments of every version.</param>
/// <param name="Signatures">The signatures of every version.</param>
/// <param name="Fulfilments">What was delivered.</param>
/// <param name="TerminatedOn">The day it was terminated, or null.</param>
/// <param name="TerminationReason">Why, or null.</param>
/// <param name="PredecessorId">The covenant it renews, or null.</param>
/// <param name="SuccessorId">The covenant that renews it, or null.</param>
public sealed record CovenantSnapshot(CovenantId Id, string Title, TreePosition Unit, IReadOnlyList<CovenantParty> Partners, IReadOnlyList<CovenantVersion> Versions,
    IReadOnlyList<Commitment> Commitments, IReadOnlyList<Signature> Signatures, IReadOnlyList<Fulfilment> Fulfilments, LocalDate? TerminatedOn,
    string? TerminationReason, CovenantId? PredecessorId, CovenantId? SuccessorId);
