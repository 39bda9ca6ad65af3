using NeighborParty.Organization;

namespace NeighborParty.Auditing;

/// <summary>
/// An aggregate that sits on a node of one of the trees; its audited events are filed under that node, so that
/// everyone whose scope contains the node can read them.
/// </summary>
public interface IAuditedNode
{
    /// <summary>Gets the tree the node belongs to.</summary>
    AuditTree AuditTree { get; }

    /// <summary>Gets the id of the node.</summary>
    Guid AuditNodeId { get; }

    /// <summary>Gets the node's position in its tree.</summary>
    HierarchyPath Path { get; }
}
