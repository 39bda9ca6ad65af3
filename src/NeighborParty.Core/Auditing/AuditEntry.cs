using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Auditing;

/// <summary>
/// One recorded state change: who (actor id and kind), what (a stable action name and a one-line summary), when
/// (an <see cref="Instant"/>) and on which node (tree, id, path).
/// </summary>
/// <remarks>
/// Written by the repositories in the same transaction as the change; never changed afterwards. The summary never
/// holds personal data. Immutable once built.
/// </remarks>
public sealed class AuditEntry : AggregateRoot<AuditEntryId>
{
    private AuditEntry()
        : base(default)
    {
    }

    private AuditEntry(AuditEntryId id, Instant at, Actor actor, string action, AuditTree tree, Guid nodeId, HierarchyPath path, string summary)
        : base(id)
    {
        At = at;
        ActorId = actor.Id;
        ActorKind = actor.Kind;
        Action = action;
        Tree = tree;
        NodeId = nodeId;
        PathHigh = path.SortKeyHigh;
        PathLow = path.SortKeyLow;
        Summary = summary;
    }

    /// <summary>Gets when the change happened.</summary>
    public Instant At { get; private set; }

    /// <summary>Gets the acting account's id (never personal data).</summary>
    public string ActorId { get; private set; } = string.Empty;

    /// <summary>Gets the kind of actor.</summary>
    public ActorKind ActorKind { get; private set; }

    /// <summary>Gets the stable name of the change, such as <c>unit.renamed</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>Gets the tree the node belongs to.</summary>
    public AuditTree Tree { get; private set; }

    /// <summary>Gets the id of the node changed.</summary>
    public Guid NodeId { get; private set; }

    /// <summary>Gets the stored first half of <see cref="Path"/>.</summary>
    public long PathHigh { get; private set; }

    /// <summary>Gets the stored second half of <see cref="Path"/>.</summary>
    public long PathLow { get; private set; }

    /// <summary>Gets where the node was in its tree when the change happened.</summary>
    public HierarchyPath Path => HierarchyPath.FromSortKeys(PathHigh, PathLow);

    /// <summary>Gets a one-line description in English.</summary>
    public string Summary { get; private set; } = string.Empty;

    /// <summary>Builds the entries for the audited events of <paramref name="aggregates"/>, done by <paramref name="actor"/>.</summary>
    /// <param name="aggregates">The aggregates about to be stored, with their pending domain events.</param>
    /// <param name="actor">Who did it; the system actor when nobody is authenticated.</param>
    /// <returns>One entry per audited event of an audited node, in event order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static List<AuditEntry> Record(IEnumerable<object> aggregates, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        ArgumentNullException.ThrowIfNull(actor);
        var entries = new List<AuditEntry>();
        foreach (var aggregate in aggregates)
        {
            if (aggregate is not (IAuditedNode node and Domain.IHasDomainEvents withEvents))
            {
                continue;
            }

            foreach (var audited in withEvents.DomainEvents.OfType<Domain.IAuditedEvent>())
            {
                entries.Add(new AuditEntry(AuditEntryId.New(audited.OccurredAt), audited.OccurredAt, actor, audited.AuditAction,
                    node.AuditTree, node.AuditNodeId, node.Path, audited.AuditSummary));
            }
        }

        return entries;
    }
}
