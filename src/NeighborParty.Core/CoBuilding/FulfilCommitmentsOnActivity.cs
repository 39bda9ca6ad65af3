using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// Counts an activity of the ledger that names a covenant commitment (one unit), when that covenant was in force on
/// the activity's day: fulfilment is tracked from activities as well as orders. Runs in the recording's commit.
/// </summary>
internal sealed class FulfilCommitmentsOnActivity : IDomainEventHandler<Activities.ActivityRecorded>
{
    private readonly IRepository<Covenant> _covenants;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="FulfilCommitmentsOnActivity"/> class.</summary>
    /// <param name="covenants">The covenant repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FulfilCommitmentsOnActivity(IRepository<Covenant> covenants, NeighborPartyOptions options, IClock clock)
    {
        _covenants = covenants ?? throw new ArgumentNullException(nameof(covenants));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <inheritdoc />
    public async Task HandleAsync(Activities.ActivityRecorded domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.CovenantId is not { } covenantId || domainEvent.CommitmentKey is not { } key
            || await _covenants.GetByIdAsync(covenantId, cancellationToken) is not { } covenant || !covenant.Counts(key, domainEvent.Day))
        {
            return; // not in force that day: the activity stands, nothing is counted
        }

        covenant.RecordFulfilment(key, 1, domainEvent.Day, FulfilmentSource.Activity, domainEvent.ActivityId.Value, null, _clock.Today(_options), _clock.GetCurrentInstant());
        _covenants.Update(covenant);
    }
}
