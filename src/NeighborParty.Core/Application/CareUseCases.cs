using NeighborParty.Care;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// Neighbourhood care (邻里守望) for an acting <see cref="Actor"/>: staff and compound secretaries register and run the
/// records of their subtree; Red Stewards see them and record contacts; the circumstances and consent are shown in
/// full only to the community and the compound's secretary (CR-6). Every step is audited.
/// </summary>
public sealed class CareUseCases
{
    private readonly UseCaseContext _context;
    private readonly CareService _care;
    private readonly IReadRepository<CareRecord> _records;
    private readonly IReadRepository<Resident> _residents;
    private readonly NeighborPartyOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CareUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="care">The care operations.</param>
    /// <param name="records">The care records.</param>
    /// <param name="residents">The residents.</param>
    /// <param name="options">The library settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CareUseCases(UseCaseContext context, CareService care, IReadRepository<CareRecord> records, IReadRepository<Resident> residents,
        NeighborPartyOptions options)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _care = care ?? throw new ArgumentNullException(nameof(care));
        _records = records ?? throw new ArgumentNullException(nameof(records));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The open care records of a place's compounds, most urgent first (escalated, then due, then the rest).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="alertsOnly">Only records with an alert today.</param>
    /// <param name="includeClosed">Include closed records.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records as the actor may see them.</returns>
    public async Task<List<CareView>> ListAsync(Actor actor, PlaceId place, bool alertsOnly = false, bool includeClosed = false, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var scope = await guard.EnsurePlacePathAsync(AccessAction.ReadCare, place, cancellationToken);
        var records = await _records.ListAsync(new CareRecordsInScopeSpec(scope, openOnly: !includeClosed), cancellationToken);
        var names = (await _residents.ListAsync(new ResidentsByIdSpec([.. records.Select(r => r.ResidentId).Distinct()]), cancellationToken)).ToDictionary(r => r.Id, r => r.Name);
        var now = _context.Now;
        var views = new List<CareView>(records.Count);
        foreach (var record in records)
        {
            var alert = record.AlertAt(_options.Care, now);
            if (alertsOnly && alert.Level == CareAlertLevel.None)
            {
                continue;
            }

            views.Add(new CareView(record, alert, names.GetValueOrDefault(record.ResidentId, "?"), await PersonalAsync(guard, record, cancellationToken)));
        }

        return [.. views.OrderByDescending(v => v.Alert.Level).ThenBy(v => v.Alert.DueBy).ThenBy(v => v.Record.Id)];
    }

    /// <summary>One care record.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record as the actor may see it.</returns>
    public async Task<CareView> GetAsync(Actor actor, CareRecordId id, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var record = await ReadAsync(guard, AccessAction.ReadCare, id, cancellationToken);
        return await ViewAsync(guard, record, cancellationToken);
    }

    /// <summary>Registers a resident of the actor's subtree for care (CR-1, CR-2).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="record">What to register.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> RegisterAsync(Actor actor, NewCareRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.ManageCare], ct); // 403 before anything is looked up
            var resident = await _residents.GetByIdAsync(record.ResidentId, ct)
                ?? throw CareRules.Fail(CareRules.WrongReference, $"No resident {record.ResidentId}.", $"没有编号为 {record.ResidentId} 的居民。", "residentId", kind: RuleViolationKind.NotFound);
            await guard.EnsurePlaceAsync(AccessAction.ManageCare, resident.CompoundId, ct);
            return await ViewAsync(guard, await _care.RegisterAsync(record, ct), ct);
        }, cancellationToken);
    }

    /// <summary>Adds a guardian (CR-2).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="guardian">The guardian.</param>
    /// <param name="since">Their first day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> AddGuardianAsync(Actor actor, CareRecordId id, NewGuardian guardian, LocalDate since, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.AddGuardianAsync(id, guardian, since, expectedVersion, ct), cancellationToken);

    /// <summary>Ends a guardian's service (CR-2).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="key">The guardian's number.</param>
    /// <param name="lastDay">Their last day.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> EndGuardianAsync(Actor actor, CareRecordId id, int key, LocalDate lastDay, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.EndGuardianAsync(id, key, lastDay, expectedVersion, ct), cancellationToken);

    /// <summary>Records a contact (staff, the secretary, a steward).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="contact">The contact.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> RecordContactAsync(Actor actor, CareRecordId id, CareContact contact, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.RecordCareContact, ct => _care.RecordContactAsync(id, contact, expectedVersion, ct), cancellationToken);

    /// <summary>Escalates the case with an action of the branch or community (CR-5).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="level">Who takes it on.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> EscalateAsync(Actor actor, CareRecordId id, EscalationLevel level, CareActionKind kind, string description, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.EscalateAsync(id, level, kind, description, expectedVersion, ct), cancellationToken);

    /// <summary>Records the outcome of an action (CR-5).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="key">The action's number.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> CompleteActionAsync(Actor actor, CareRecordId id, int key, string outcome, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.CompleteActionAsync(id, key, outcome, expectedVersion, ct), cancellationToken);

    /// <summary>Records a move into a care home or hospital, or back home.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="facility">The facility, or null for home.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> MoveAsync(Actor actor, CareRecordId id, string? facility, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.MoveAsync(id, facility, expectedVersion, ct), cancellationToken);

    /// <summary>Closes a record (CR-1: consent withdrawn; or moved away, died).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The record.</param>
    /// <param name="because">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public Task<CareView> CloseAsync(Actor actor, CareRecordId id, string because, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, AccessAction.ManageCare, ct => _care.CloseAsync(id, because, expectedVersion, ct), cancellationToken);

    private Task<CareView> StepAsync(Actor actor, CareRecordId id, AccessAction action, Func<CancellationToken, Task<CareRecord>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await ReadAsync(guard, action, id, ct); // 403 before anything is looked up, then 404 outside the scope
            return await ViewAsync(guard, await step(ct), ct);
        }, cancellationToken);

    private async Task<CareRecord> ReadAsync(AccessGuard guard, AccessAction action, CareRecordId id, CancellationToken cancellationToken)
    {
        await CoBuildingAccess.EnsureAnyKindAsync(guard, [action], cancellationToken);
        var record = await _records.GetByIdAsync(id, cancellationToken);
        if (record is null || !await guard.AllowsAsync(action, AccessTarget.Place(record.Compound.Path), cancellationToken))
        {
            throw CareService.NotFound(id); // outside the scope reads as unknown
        }

        return record;
    }

    private async Task<CareView> ViewAsync(AccessGuard guard, CareRecord record, CancellationToken cancellationToken)
    {
        var resident = await _residents.GetByIdAsync(record.ResidentId, cancellationToken);
        return new CareView(record, record.AlertAt(_options.Care, _context.Now), resident?.Name ?? "?", await PersonalAsync(guard, record, cancellationToken));
    }

    private static Task<bool> PersonalAsync(AccessGuard guard, CareRecord record, CancellationToken cancellationToken) =>
        guard.AllowsAsync(AccessAction.ReadCarePersonal, AccessTarget.Place(record.Compound.Path), cancellationToken);
}
