using NeighborParty.Organization;

namespace NeighborParty.Auditing;

/// <summary>
/// An aggregate that sits on a node of one of the trees; its audited events are filed under that node, so that
/// everyone whose scope contains the node can read them.
/// </summary>
public interface IAuditedNode
{
    /// <summary>Gets the node the aggregate's audit entries are filed under.</summary>
    TreePosition AuditPosition { get; }
}
