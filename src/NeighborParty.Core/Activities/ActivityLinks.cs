using NeighborParty.CoBuilding;

namespace NeighborParty.Activities;

/// <summary>What an activity links to.</summary>
/// <param name="CovenantId">The covenant it fulfils, or null.</param>
/// <param name="ServiceOrderId">The service order it delivered, or null.</param>
/// <param name="ProjectId">The project, or null.</param>
/// <param name="RequestId">The residents' request, or null.</param>
/// <param name="CommitmentKey">The covenant commitment it counts for (one unit), or null.</param>
public sealed record ActivityLinks(CovenantId? CovenantId = null, ServiceOrderId? ServiceOrderId = null, Guid? ProjectId = null, Guid? RequestId = null,
    Guid? CommitmentKey = null);
