using NeighborParty.Domain;
using NeighborParty.Organization.Events;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;

namespace NeighborParty.Organization;

/// <summary>
/// Keeps one kind of placed aggregate right when an organisation unit moves: every aggregate with a position in the
/// unit's old subtree is rebased and staged in the move's own unit of work, so the move and everything that follows
/// it are committed together. Registered by <c>AddNeighborParty</c> for every kind placed in the organisation tree.
/// </summary>
/// <typeparam name="T">The placed aggregate.</typeparam>
/// <remarks>The old path range stays vacant after a move (segments are never reused), so nothing else is touched.</remarks>
internal sealed class PositionsFollowMovedUnits<T>(IRepository<T> repository) : IDomainEventHandler<OrganizationUnitMoved>
    where T : class, IAggregateRoot, IPlaced<T>
{
    public async Task HandleAsync(OrganizationUnitMoved domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.OldPath == domainEvent.NewPath || domainEvent.OldPath.IsEmpty)
        {
            return;
        }

        var moved = await repository.ListAsync(new PlacedInSubtreeSpec<T>(TreeKind.Unit, domainEvent.OldPath), cancellationToken);
        foreach (var aggregate in moved)
        {
            if (((IFollowsMoves)aggregate).FollowMove(TreeKind.Unit, domainEvent.OldPath, domainEvent.NewPath))
            {
                repository.Update(aggregate);
            }
        }
    }
}
