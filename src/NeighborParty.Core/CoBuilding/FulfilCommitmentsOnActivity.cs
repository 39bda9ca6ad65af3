using NeighborParty.Domain;
using NeighborParty.Persistence;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Counts an activity of the ledger that names a covenant commitment (one unit), when that covenant was in force on
/// the activity's day: fulfilment is tracked from activities as well as orders.
/// </summary>
public sealed class FulfilCommitmentsOnActivity : IDomainEventHandler<Activities.ActivityRecorded>
{
    private readonly IRepository<Covenant> _covenants;
    private readonly CoBuildingService _service;

    /// <summary>Initializes a new instance of the <see cref="FulfilCommitmentsOnActivity"/> class.</summary>
    /// <param name="covenants">The covenant repository.</param>
    /// <param name="service">The co-building service (its fulfilment rules).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FulfilCommitmentsOnActivity(IRepository<Covenant> covenants, CoBuildingService service)
    {
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <inheritdoc />
    public async Task HandleAsync(Activities.ActivityRecorded domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.CovenantId is not { } covenantId || domainEvent.CommitmentKey is not { } key
            || await _covenants.GetByIdAsync(covenantId, cancellationToken) is not { } covenant
            || covenant.StatusOn(domainEvent.Day) != CovenantStatus.InForce
            || !covenant.CommitmentsOf(covenant.Effective!.Number).Any(c => c.Key == key))
        {
            return;
        }

        _service.Fulfil(covenant, key, 1, domainEvent.Day, FulfilmentSource.Activity, domainEvent.ActivityId.Value, null);
        _covenants.Update(covenant);
    }
}
