using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <content>The persistence contract (snapshots) and following a moved unit.</content>
public sealed partial class Covenant
{
    /// <inheritdoc />
    public CovenantSnapshot ToSnapshot() => new(Id, Title, Unit, [.. _partners], [.. _versions], [.. _commitments], [.. _signatures], [.. _fulfilments],
        TerminatedOn, TerminationReason, PredecessorId, SuccessorId);

    /// <inheritdoc />
    public static Covenant FromSnapshot(CovenantSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var covenant = new Covenant(snapshot.Id)
        {
            Title = snapshot.Title,
            Unit = snapshot.Unit,
            TerminatedOn = snapshot.TerminatedOn,
            TerminationReason = snapshot.TerminationReason,
            PredecessorId = snapshot.PredecessorId,
            SuccessorId = snapshot.SuccessorId,
        };
        covenant._partners.AddRange(snapshot.Partners);
        covenant._versions.AddRange(snapshot.Versions);
        covenant._commitments.AddRange(snapshot.Commitments);
        covenant._signatures.AddRange(snapshot.Signatures);
        covenant._fulfilments.AddRange(snapshot.Fulfilments);
        covenant.RestoreVersion(version);
        return covenant;
    }

    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var before = Unit;
        Unit = before.Follow(tree, from, to);
        return Unit != before;
    }
}
