using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>A correction as recorded.</summary>
/// <param name="Figure">The figure's key.</param>
/// <param name="PlaceId">The place the corrected records belong to.</param>
/// <param name="Delta">The change (negative reverses).</param>
/// <param name="AttributedTo">The day in a closed period it corrects.</param>
/// <param name="Reason">Why (1–100 characters).</param>
public sealed record NewCorrection(string Figure, PlaceId PlaceId, long Delta, LocalDate AttributedTo, string Reason);
