using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Organization.Events;
using NeighborParty.Persistence;

namespace NeighborParty.Membership;

/// <summary>
/// Keeps the members' stored unit paths right when a unit moves with its subtree: every member held anywhere in the
/// moved subtree gets the new path (scopes and counting read it). Registered by <c>AddNeighborParty</c>.
/// </summary>
/// <remarks>The old path range stays vacant after a move (segments are never reused), so no other member is touched.</remarks>
public sealed class MembersFollowMovedUnits : IDomainEventHandler<OrganizationUnitMoved>
{
    private readonly IRepository<PartyMember> _members;

    /// <summary>Initializes a new instance of the <see cref="MembersFollowMovedUnits"/> class.</summary>
    /// <param name="members">The member repository.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public MembersFollowMovedUnits(IRepository<PartyMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _members = members;
    }

    /// <inheritdoc />
    public async Task HandleAsync(OrganizationUnitMoved domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.OldPath == domainEvent.NewPath || domainEvent.OldPath.Depth == 0)
        {
            return;
        }

        var moved = await _members.ListAsync(new MembersForCountingSpec(domainEvent.OldPath, []), cancellationToken);
        var held = moved.FindAll(m => m.UnitPath is { } path && path.IsWithin(domainEvent.OldPath));
        foreach (var member in held)
        {
            member.RefreshUnitPath(member.UnitPath!.Value.Rebase(domainEvent.OldPath, domainEvent.NewPath));
        }

        if (held.Count > 0)
        {
            await _members.UpdateRangeAsync(held, cancellationToken);
        }
    }
}
