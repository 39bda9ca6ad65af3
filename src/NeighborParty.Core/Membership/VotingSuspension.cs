using NodaTime;

namespace NeighborParty.Membership;

/// <summary>A suspension of voting rights: the member stays full and is counted, but cannot vote or be elected.</summary>
/// <param name="Reason">Why (e.g. 留党察看); 1–100 characters.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or null while open-ended.</param>
public sealed record VotingSuspension(string Reason, LocalDate From, LocalDate? To);
