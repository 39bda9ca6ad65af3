using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// The operations on the member ledger: record and change members, the transfer of the organisational relationship
/// (out → in transit → received, MR-3), residence registration (报到, MR-5), and residents who are not members — each
/// checked before anything changes.
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class MemberLedger
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<PartyMember> _members;
    private readonly IRepository<Resident> _residents;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="MemberLedger"/> class.</summary>
    /// <param name="members">The member repository.</param>
    /// <param name="residents">The resident repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MemberLedger(IRepository<PartyMember> members, IRepository<Resident> residents, IReadRepository<OrganizationUnit> units,
        IReadRepository<Place> places, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _members = members;
        _residents = residents;
        _units = units;
        _places = places;
        _options = options;
        _clock = clock;
    }

    /// <summary>Enters a member in the ledger.</summary>
    /// <param name="details">The details.</param>
    /// <param name="relationship">Where the organisational relationship is (exactly one, MR-1).</param>
    /// <param name="since">The first day of that relationship; the joining date when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A field, date, place or unit is refused, or the ID-card number is already in the ledger.</exception>
    public Task<PartyMember> RecordAsync(MemberDetails details, MemberRelationship relationship, LocalDate? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(relationship);
        return _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var (idCard, _) = MemberChecks.Details(details, Today());
            if (await _members.FirstOrDefaultAsync(new MemberByIdNumberSpec(idCard.Reveal()), ct) is not null)
            {
                throw MembershipRules.Fail(MembershipRules.DuplicateIdNumber, $"The ID-card number {idCard} is already in the ledger.",
                    $"身份证号 {idCard} 已在台账中。", "idNumber", RuleViolationKind.Conflict);
            }

            var (residence, building) = await ResidenceAsync(details, ct);
            var unit = await UnitAsync(relationship, ct);
            var member = PartyMember.Record(PartyMemberId.New(), details, relationship, unit, since ?? details.Joined, residence, building, Today(), _clock.GetCurrentInstant(), _options.Schema);
            _members.Add(member);
            return member;
        }, cancellationToken);
    }

    /// <summary>Changes a member's details (not the relationship, which moves only by transfer).</summary>
    /// <param name="id">The member.</param>
    /// <param name="details">The new details.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown member, a refused field, or an ID-card number another member has.</exception>
    public Task<PartyMember> UpdateAsync(PartyMemberId id, MemberDetails details, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, ct);
            member.EnsureVersion(expectedVersion, "member");
            var (idCard, _) = MemberChecks.Details(details, Today());
            if (await _members.FirstOrDefaultAsync(new MemberByIdNumberSpec(idCard.Reveal()), ct) is { } other && other.Id != id)
            {
                throw MembershipRules.Fail(MembershipRules.DuplicateIdNumber, $"The ID-card number {idCard} belongs to another member.",
                    $"身份证号 {idCard} 属于另一名党员。", "idNumber", RuleViolationKind.Conflict);
            }

            var (residence, building) = await ResidenceAsync(details, ct);
            if (member.Change(details, residence, building, Today(), _clock.GetCurrentInstant(), _options.Schema).Count > 0)
            {
                _members.Update(member);
            }

            return member;
        }, cancellationToken);
    }

    /// <summary>Starts a transfer of the organisational relationship (转出); the old unit stays responsible until it is received (MR-3).</summary>
    /// <param name="id">The member.</param>
    /// <param name="to">Where the relationship goes (exactly one, MR-1).</param>
    /// <param name="date">The day; today when null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">A transfer is already open, the destination is the current one, or invalid.</exception>
    public Task<PartyMember> StartTransferAsync(PartyMemberId id, MemberRelationship to, LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        return StepAsync(id, expectedVersion, async (member, today, now, ct) => member.StartTransfer(to, await UnitAsync(to, ct), date ?? today, today, now), cancellationToken);
    }

    /// <summary>Marks an open transfer as in transit (在途).</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">No transfer has been started (<c>MR-3</c>).</exception>
    public Task<PartyMember> MarkInTransitAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (member, _, now, _) =>
        {
            member.MarkInTransit(now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Receives a transfer in transit: the relationship moves, the old one goes to the history.</summary>
    /// <param name="id">The member.</param>
    /// <param name="date">The day received; today when null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">The transfer is not in transit, or the receiving unit was dissolved meanwhile.</exception>
    public Task<PartyMember> ReceiveTransferAsync(PartyMemberId id, LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, async (member, today, now, ct) =>
        {
            var unit = member.TransferToUnitId is { } u ? await _units.GetByIdAsync(u, ct) : null;
            member.ReceiveTransfer(unit, date ?? today, today, now);
        }, cancellationToken);

    /// <summary>Cancels an open transfer; the relationship stays where it was.</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">No transfer is open.</exception>
    public Task<PartyMember> CancelTransferAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (member, _, now, _) =>
        {
            member.CancelTransfer(now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Registers (报到) an in-service or mobile member to serve in the compound where they live (MR-5); the relationship does not move.</summary>
    /// <param name="id">The member.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="building">A building of it (e.g. as 楼栋长), or null.</param>
    /// <param name="grid">A grid (e.g. as 网格员), or null; 1–100 characters.</param>
    /// <param name="date">The day; today when null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">Not in service nor mobile, already counted there, or a wrong place (<c>MR-5</c>, <c>NP-MBR-007</c>).</exception>
    public Task<PartyMember> RegisterAsync(PartyMemberId id, PlaceId compound, PlaceId? building = null, string? grid = null,
        LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, async (member, today, now, ct) =>
        {
            var (place, buildingPlace) = await PlaceAsync(compound, building, "compound", ct);
            member.Register(place, buildingPlace, grid, date ?? today, today, now, _options.Schema);
        }, cancellationToken);

    /// <summary>Revokes a residence registration.</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">The member is not registered anywhere (<c>MR-5</c>).</exception>
    public Task<PartyMember> RevokeRegistrationAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        StepAsync(id, expectedVersion, (member, _, now, _) =>
        {
            member.RevokeRegistration(now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Returns a member.</summary>
    /// <param name="id">The member.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">No such member (<c>NP-MBR-003</c>).</exception>
    public async Task<PartyMember> GetAsync(PartyMemberId id, CancellationToken cancellationToken = default) =>
        await _members.GetByIdAsync(id, cancellationToken) ?? throw MembershipRules.MemberNotFound(id);

    /// <summary>Records a resident who is not (necessarily) a member.</summary>
    /// <param name="name">The name.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="building">A building of it, or null.</param>
    /// <param name="contact">A phone number, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The resident.</returns>
    /// <exception cref="RuleViolationException">A refused name, phone or place.</exception>
    public Task<Resident> RecordResidentAsync(string name, PlaceId compound, PlaceId? building = null, string? contact = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Resident>(async ct =>
        {
            var phone = contact is null ? default : PhoneNumber.Parse(contact, "contact");
            var (place, buildingPlace) = await PlaceAsync(compound, building, "compound", ct);
            var resident = Resident.Record(ResidentId.New(), name, place, buildingPlace, phone, _clock.GetCurrentInstant(), _options.Schema);
            _residents.Add(resident);
            return resident;
        }, cancellationToken);

    /// <summary>Changes a resident.</summary>
    /// <param name="id">The resident.</param>
    /// <param name="name">The name.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="building">A building of it, or null.</param>
    /// <param name="contact">A phone number, or null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The resident.</returns>
    /// <exception cref="RuleViolationException">Unknown resident, or a refused name, phone or place.</exception>
    public Task<Resident> ChangeResidentAsync(ResidentId id, string name, PlaceId compound, PlaceId? building = null, string? contact = null,
        long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Resident>(async ct =>
        {
            var resident = await _residents.GetByIdAsync(id, ct) ?? throw MembershipRules.ResidentNotFound(id);
            resident.EnsureVersion(expectedVersion, "resident");
            var phone = contact is null ? default : PhoneNumber.Parse(contact, "contact");
            var (place, buildingPlace) = await PlaceAsync(compound, building, "compound", ct);
            resident.Change(name, place, buildingPlace, phone, _clock.GetCurrentInstant(), _options.Schema);
            _residents.Update(resident);
            return resident;
        }, cancellationToken);

    private Task<PartyMember> StepAsync(PartyMemberId id, long? expectedVersion, Func<PartyMember, LocalDate, Instant, CancellationToken, Task> step,
        CancellationToken cancellationToken) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, ct);
            member.EnsureVersion(expectedVersion, "member");
            await step(member, Today(), _clock.GetCurrentInstant(), ct);
            _members.Update(member);
            return member;
        }, cancellationToken);

    private async Task<OrganizationUnit?> UnitAsync(MemberRelationship relationship, CancellationToken cancellationToken) =>
        relationship.UnitId is { } unitId ? await _units.GetByIdAsync(unitId, cancellationToken) : null;

    private async Task<(Place? Compound, Place? Building)> ResidenceAsync(MemberDetails details, CancellationToken cancellationToken)
    {
        if (details.ResidenceCompoundId is not { } compound)
        {
            return (null, null);
        }

        var (place, building) = await PlaceAsync(compound, details.ResidenceBuildingId, "residenceCompoundId", cancellationToken);
        return (place, building);
    }

    /// <summary>Reads a compound and one of its buildings: "not found" for an unknown compound, a wrong place (<c>NP-MBR-007</c>) for an unknown building.</summary>
    private async Task<(Place Compound, Place? Building)> PlaceAsync(PlaceId compoundId, PlaceId? buildingId, string field, CancellationToken cancellationToken)
    {
        var compound = await _places.GetByIdAsync(compoundId, cancellationToken)
            ?? throw MembershipRules.Fail(MembershipRules.WrongPlace, $"{compoundId} is not {PlaceWords.A(_options.Schema, PlaceKind.Compound)}.", $"{compoundId} 不是{PlaceWords.Zh(_options.Schema, PlaceKind.Compound)}。", field,
                RuleViolationKind.NotFound);
        var building = buildingId is { } b ? await _places.GetByIdAsync(b, cancellationToken) : null;
        MemberChecks.Place(compound, buildingId, building, field, _options.Schema);
        return (compound, building);
    }

    private LocalDate Today() => _clock.Today(_options);
}
