using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Care;

/// <summary>
/// Neighbourhood care (邻里守望): registers residents in need of care and runs their records. Each operation loads,
/// lets the record check its rule (CR-1 … CR-5) and commits once; authorization is the use cases' (<c>CareUseCases</c>).
/// </summary>
public sealed class CareService
{
    private readonly IRepository<CareRecord> _records;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;
    private readonly IUnitOfWork _work;

    /// <summary>Initializes a new instance of the <see cref="CareService"/> class.</summary>
    /// <param name="records">The care records.</param>
    /// <param name="residents">The residents.</param>
    /// <param name="places">The places.</param>
    /// <param name="options">The library settings (<see cref="NeighborPartyOptions.Care"/>).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CareService(IRepository<CareRecord> records, IReadRepository<Resident> residents, IReadRepository<Place> places, NeighborPartyOptions options, IClock clock,
        IUnitOfWork work)
    {
        _records = records ?? throw new ArgumentNullException(nameof(records));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _work = work ?? throw new ArgumentNullException(nameof(work));
    }

    private CarePolicy Policy => _options.Care;

    /// <summary>Registers a resident for care (CR-1, CR-2).</summary>
    /// <param name="record">What to register.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown resident (<c>NP-CARE-004</c>, not found), an open record for the resident already (<c>NP-CARE-003</c>), or a rule of <see cref="CareRecord.Register"/>.</exception>
    public Task<CareRecord> RegisterAsync(NewCareRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _work.ExecuteAsync<CareRecord>(async ct =>
        {
            var resident = await _residents.GetByIdAsync(record.ResidentId, ct)
                ?? throw CareRules.Fail(CareRules.WrongReference, $"No resident {record.ResidentId}.", $"没有编号为 {record.ResidentId} 的居民。", "residentId", kind: RuleViolationKind.NotFound);
            var compound = await _places.GetByIdAsync(resident.CompoundId, ct) ?? throw OrganizationRules.PlaceNotFound(resident.CompoundId);
            var open = await _records.ListAsync(new CareRecordsInScopeSpec(compound.Path), ct);
            if (open.Any(r => r.ResidentId == resident.Id))
            {
                throw CareRules.Fail(CareRules.Step, "The resident already has an open care record.", "该居民已有未结案的守望档案。", "residentId", kind: RuleViolationKind.Conflict);
            }

            var created = CareRecord.Register(CareRecordId.New(), resident, compound, record.Needs, record.Circumstances, record.Consent, record.Guardians, Policy,
                _clock.GetCurrentInstant());
            _records.Add(created);
            return created;
        }, cancellationToken);
    }

    /// <summary>Adds a guardian (CR-2).</summary>
    /// <param name="id">The record.</param>
    /// <param name="guardian">The guardian.</param>
    /// <param name="since">Their first day.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> AddGuardianAsync(CareRecordId id, NewGuardian guardian, LocalDate since, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.AddGuardian(guardian, since, Policy, now), cancellationToken);

    /// <summary>Ends a guardian's service (CR-2: not the last one).</summary>
    /// <param name="id">The record.</param>
    /// <param name="key">The guardian's number.</param>
    /// <param name="lastDay">Their last day.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> EndGuardianAsync(CareRecordId id, int key, LocalDate lastDay, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.EndGuardian(key, lastDay, now), cancellationToken);

    /// <summary>Records a contact (CR-3, CR-4).</summary>
    /// <param name="id">The record.</param>
    /// <param name="contact">The contact.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> RecordContactAsync(CareRecordId id, CareContact contact, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.RecordContact(contact, now), cancellationToken);

    /// <summary>The branch or community takes an action (CR-5).</summary>
    /// <param name="id">The record.</param>
    /// <param name="level">Who takes it on.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> EscalateAsync(CareRecordId id, EscalationLevel level, CareActionKind kind, string description, long? expectedVersion = null,
        CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.Escalate(level, kind, description, now), cancellationToken);

    /// <summary>Records the outcome of an action (CR-5).</summary>
    /// <param name="id">The record.</param>
    /// <param name="key">The action's number.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> CompleteActionAsync(CareRecordId id, int key, string outcome, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.CompleteAction(key, outcome, now), cancellationToken);

    /// <summary>Records a move into a care home or hospital (a name), or back home (null).</summary>
    /// <param name="id">The record.</param>
    /// <param name="facility">The facility, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> MoveAsync(CareRecordId id, string? facility, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.Move(facility, now), cancellationToken);

    /// <summary>Closes a record (consent withdrawn, moved away, died); its sensitive circumstances are erased.</summary>
    /// <param name="id">The record.</param>
    /// <param name="because">Why.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    public Task<CareRecord> CloseAsync(CareRecordId id, string because, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (r, now) => r.Close(because, now), cancellationToken);

    /// <summary>Returns a record.</summary>
    /// <param name="id">The record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    /// <exception cref="RuleViolationException">No such record (<c>NP-CARE-004</c>, not found).</exception>
    public async Task<CareRecord> GetAsync(CareRecordId id, CancellationToken cancellationToken = default) =>
        await _records.GetByIdAsync(id, cancellationToken) ?? throw NotFound(id);

    internal static RuleViolationException NotFound(CareRecordId id) =>
        CareRules.Fail(CareRules.WrongReference, $"No care record {id}.", $"没有编号为 {id} 的守望档案。", "id", kind: RuleViolationKind.NotFound);

    private Task<CareRecord> StepAsync(CareRecordId id, long? expectedVersion, Action<CareRecord, Instant> step, CancellationToken cancellationToken) =>
        _work.ExecuteAsync<CareRecord>(async ct =>
        {
            var record = await GetAsync(id, ct);
            record.EnsureVersion(expectedVersion, "care record");
            step(record, _clock.GetCurrentInstant());
            _records.Update(record);
            return record;
        }, cancellationToken);
}
