using NeighborParty.Organization;

namespace NeighborParty.Accounting;

/// <summary>The raw counts of a roll-up: the totals, and per child of the node (a record at the node itself counts under the node's own path).</summary>
/// <param name="Totals">Each figure's total over the subtree (a unit covering compounds of two children counts once here).</param>
/// <param name="ByChild">Each figure's count per child, by the child's path.</param>
public sealed record RollUpCounts(IReadOnlyDictionary<string, long> Totals, IReadOnlyDictionary<HierarchyPath, IReadOnlyDictionary<string, long>> ByChild);
