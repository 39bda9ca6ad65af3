using System.Linq.Expressions;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Auditing;

/// <summary>
/// One recorded state change: who (actor id and kind), what (a stable action name and a one-line summary), when
/// (an <see cref="Instant"/>) and on which node (tree, id, path).
/// </summary>
/// <remarks>
/// Written by the unit of work in the same commit as the change; what it says is never changed afterwards. When a unit
/// moves, its entries move with it (only <see cref="Node"/>'s path is rebased), so a subtree's trail is the history of
/// what is in the subtree now. The summary never holds personal data. Immutable once built.
/// </remarks>
public sealed class AuditEntry : AggregateRoot<AuditEntryId>, ISnapshotable<AuditEntry, AuditEntrySnapshot>, IPlaced<AuditEntry>, IFollowsMoves
{
    private AuditEntry()
        : base(default)
    {
    }

    private AuditEntry(AuditEntryId id)
        : base(id)
    {
    }

    /// <summary>Gets the position a store queries (the node the entry is filed under).</summary>
    public static IReadOnlyList<Expression<Func<AuditEntry, TreePosition>>> Positions { get; } = [e => e.Node];

    /// <summary>Gets when the change happened.</summary>
    public Instant At { get; private set; }

    /// <summary>Gets the acting account's id (never personal data).</summary>
    public string ActorId { get; private set; } = string.Empty;

    /// <summary>Gets the kind of actor.</summary>
    public ActorKind ActorKind { get; private set; }

    /// <summary>Gets the stable name of the change, such as <c>unit.renamed</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>Gets the node changed, and where it is in its tree.</summary>
    public TreePosition Node { get; private set; }

    /// <summary>Gets the tree the node belongs to.</summary>
    public TreeKind Tree => Node.Tree;

    /// <summary>Gets the id of the node changed.</summary>
    public Guid NodeId => Node.NodeId;

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
        var entries = new List<AuditEntry>(aggregates.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var aggregate in aggregates)
        {
            if (aggregate is not (IAuditedNode node and Domain.IHasDomainEvents withEvents))
            {
                continue;
            }

            var events = withEvents.DomainEvents;
            for (var i = 0; i < events.Count; i++)
            {
                if (events[i] is not Domain.IAuditedEvent audited)
                {
                    continue;
                }

                entries.Add(new AuditEntry(AuditEntryId.New(audited.OccurredAt))
                {
                    At = audited.OccurredAt,
                    ActorId = actor.Id,
                    ActorKind = actor.Kind,
                    Action = audited.AuditAction,
                    Node = node.AuditPosition,
                    Summary = audited.AuditSummary,
                });
            }
        }

        return entries;
    }

    /// <inheritdoc />
    public AuditEntrySnapshot ToSnapshot() => new(Id, At, ActorId, ActorKind, Action, Node, Summary);

    /// <inheritdoc />
    public static AuditEntry FromSnapshot(AuditEntrySnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entry = new AuditEntry(snapshot.Id)
        {
            At = snapshot.At,
            ActorId = snapshot.ActorId,
            ActorKind = snapshot.ActorKind,
            Action = snapshot.Action,
            Node = snapshot.Node,
            Summary = snapshot.Summary,
        };
        entry.RestoreVersion(version);
        return entry;
    }

    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var moved = Node.Follow(tree, from, to);
        var changed = moved != Node;
        Node = moved;
        return changed;
    }
}
