using NeighborParty.Activities;

namespace NeighborParty.Accounting;

/// <summary>One rule of the regular organisational life (三会一课): its cadence and who it is due from. Which activity kinds fulfil it comes from <see cref="ActivityKind.Rule"/>.</summary>
/// <param name="Rule">The rule id (ML-1 … ML-6).</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="Cadence">How often.</param>
/// <param name="From">Who from.</param>
public sealed record RegularMeetingRule(string Rule, string NameZh, string Name, Cadence Cadence, DueFrom From);
