using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>An owners' committee (业委会).</summary>
/// <param name="ElectedOn">The day the owners' assembly elected it.</param>
/// <param name="Term">Its term (at most <see cref="StewardPolicy.OwnersCommitteeMaxTermYears"/> years).</param>
/// <param name="Seats">Its seats: exactly one chair.</param>
public sealed record OwnersCommitteeDetails(LocalDate ElectedOn, DateInterval Term, IReadOnlyList<OwnersCommitteeSeatDetails> Seats);
