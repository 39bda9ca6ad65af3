namespace NeighborParty.CoBuilding;

/// <summary>A commitment to write into a draft.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Description">What (1–100 characters).</param>
/// <param name="Quantity">How much, where measurable (positive), or null.</param>
/// <param name="Unit">The unit of the quantity, or null.</param>
/// <param name="Schedule">When, or null.</param>
/// <param name="PartnerId">The partner who commits, or null for the organisation side.</param>
/// <param name="Key">The key of a commitment carried over by an amendment, or null for a new one.</param>
public sealed record CommitmentDetails(CommitmentKind Kind, string Description, decimal? Quantity = null, string? Unit = null, string? Schedule = null,
    PartnerId? PartnerId = null, Guid? Key = null);
