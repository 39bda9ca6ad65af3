using NeighborParty.Requests;

namespace NeighborParty.Application;

/// <summary>A request and where it led, as one actor may see it.</summary>
/// <param name="Request">The request.</param>
/// <param name="Deliberations">The deliberations on it.</param>
/// <param name="Full">
/// Whether the actor sees it in full: who raised it, who acted, who took part in the deliberations and how each voted.
/// False for a resident reading someone else's public request: then the participants are not named and only the
/// tallies are shown (finding 3 of the hostile review: the trail gave away who raised it and every vote).
/// </param>
public sealed record RequestTrail(ResidentRequest Request, IReadOnlyList<Deliberation> Deliberations, bool Full);
