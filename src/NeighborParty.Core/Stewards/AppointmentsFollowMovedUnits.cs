using NeighborParty.Domain;
using NeighborParty.Organization.Events;
using NeighborParty.Persistence;

namespace NeighborParty.Stewards;

/// <summary>
/// Keeps the stored site positions of appointments right when a unit moves in the tree, so that scopes and coverage
/// still find a moved branch's secretary and its groups' leaders.
/// </summary>
public sealed class AppointmentsFollowMovedUnits : IDomainEventHandler<OrganizationUnitMoved>
{
    private readonly IRepository<Appointment> _appointments;

    /// <summary>Initializes a new instance of the <see cref="AppointmentsFollowMovedUnits"/> class.</summary>
    /// <param name="appointments">The appointment repository.</param>
    /// <exception cref="ArgumentNullException"><paramref name="appointments"/> is null.</exception>
    public AppointmentsFollowMovedUnits(IRepository<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        _appointments = appointments;
    }

    /// <inheritdoc />
    public async Task HandleAsync(OrganizationUnitMoved domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.OldPath == domainEvent.NewPath || domainEvent.OldPath.Depth == 0)
        {
            return;
        }

        var moved = await _appointments.ListAsync(new AppointmentsInScopeSpec(domainEvent.OldPath, [], take: null), cancellationToken);
        foreach (var appointment in moved)
        {
            appointment.RefreshSitePath(appointment.SitePath.Rebase(domainEvent.OldPath, domainEvent.NewPath));
        }

        if (moved.Count > 0)
        {
            await _appointments.UpdateRangeAsync(moved, cancellationToken);
        }
    }
}
