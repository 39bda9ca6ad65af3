using Ardalis.Specification;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Auditing;

/// <summary>
/// The audit entries filed under a node's subtree, newest first, one page at a time (by one indexed range query).
/// </summary>
public sealed class AuditTrailSpec : Specification<AuditEntry>
{
    /// <summary>Initializes a new instance of the <see cref="AuditTrailSpec"/> class.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="scope">The node whose subtree is read.</param>
    /// <param name="before">Only entries strictly before this instant (the previous page's last), or null.</param>
    /// <param name="take">The page size, 1 to 500.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="take"/> is out of range.</exception>
    public AuditTrailSpec(TreeKind tree, HierarchyPath scope, Instant? before = null, int take = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 500);
        Query.Within(tree, scope, AuditEntry.Positions[0]);
        if (before is { } b)
        {
            Query.Where(e => e.At < b);
        }

        Query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take);
    }
}
