using NeighborParty.Organization;

namespace NeighborParty.Common;

/// <summary>
/// A whole-tree report (the formation sweep, the steward coverage) summed by level: how many items each list holds in
/// the place, and per child place, so that a province's report answers in a few kilobytes and drills down a level at
/// a time; the items themselves come a page at a time.
/// </summary>
/// <param name="Scope">The place.</param>
/// <param name="Totals">How many items each list holds (by the list's name, e.g. <c>committeeRequired</c>).</param>
/// <param name="Children">The same per child place of <paramref name="Scope"/> that holds any item, in tree order.</param>
public sealed record ReportSummary(PlaceId Scope, IReadOnlyDictionary<string, int> Totals, IReadOnlyList<ReportSummaryRow> Children);
