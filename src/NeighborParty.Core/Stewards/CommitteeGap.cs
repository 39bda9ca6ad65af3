namespace NeighborParty.Stewards;

/// <summary>A branch whose committee does not match BR-4.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="CommitteeSize">The people in committee seats today (secretary and deputies included).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Rule">The rule id: <c>BR-4</c>.</param>
/// <param name="Message">The explanation in English.</param>
/// <param name="MessageZh">The explanation in Chinese.</param>
public sealed record CommitteeGap(CoverageUnit Branch, int CommitteeSize, CommitteeGapKind Kind, string Rule, string Message, string MessageZh);
