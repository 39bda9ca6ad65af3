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
    public Task<PartyMember> RecordAsync(MemberDetails details, MemberRelationship relationship, LocalDate? since = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            ArgumentNullException.ThrowIfNull(relationship);
            var (idCard, phone) = CheckDetails(details);
            if (await _members.FirstOrDefaultAsync(new MemberByIdNumberSpec(idCard.Reveal()), cancellationToken) is not null)
            {
                throw MembershipRules.Fail(MembershipRules.DuplicateIdNumber, $"The ID-card number {idCard} is already in the ledger.",
                    $"身份证号 {idCard} 已在台账中。", "idNumber", RuleViolationKind.Conflict);
            }

            var residence = await CheckResidenceAsync(details, cancellationToken);
            var unitPath = await CheckRelationshipAsync(relationship, "relationship", cancellationToken);
            var start = since ?? details.Joined;
            if (start < details.Joined || start > Today())
            {
                throw Date("The relationship cannot start before joining or after today.", "组织关系起始日期不能早于入党日期或晚于今天。", "since");
            }

            var member = PartyMember.Create(PartyMemberId.New(), details, idCard, phone, relationship, unitPath, start, residence, _clock.GetCurrentInstant());
            _members.Add(member);
            return member;
        }, cancellationToken);

    /// <summary>Changes a member's details (not the relationship, which moves only by transfer).</summary>
    /// <param name="id">The member.</param>
    /// <param name="details">The new details.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown member, a refused field, or an ID-card number another member has.</exception>
    public Task<PartyMember> UpdateAsync(PartyMemberId id, MemberDetails details, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            var (idCard, phone) = CheckDetails(details);
            if (await _members.FirstOrDefaultAsync(new MemberByIdNumberSpec(idCard.Reveal()), cancellationToken) is { } other && other.Id != id)
            {
                throw MembershipRules.Fail(MembershipRules.DuplicateIdNumber, $"The ID-card number {idCard} belongs to another member.",
                    $"身份证号 {idCard} 属于另一名党员。", "idNumber", RuleViolationKind.Conflict);
            }

            var residence = await CheckResidenceAsync(details, cancellationToken);
            if (member.Update(details, idCard, phone, residence, _clock.GetCurrentInstant()).Count > 0)
            {
                _members.Update(member);
            }

            return member;
        }, cancellationToken);

    /// <summary>Starts a transfer of the organisational relationship (转出); the old unit stays responsible until it is received (MR-3).</summary>
    /// <param name="id">The member.</param>
    /// <param name="to">Where the relationship goes (exactly one, MR-1).</param>
    /// <param name="date">The day; today when null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">A transfer is already open, the destination is the current one, or invalid.</exception>
    public Task<PartyMember> StartTransferAsync(PartyMemberId id, MemberRelationship to, LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(to);
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.Transfer is not null)
            {
                throw TransferStep("A transfer is already open; receive or cancel it first.", "已有未完成的组织关系转接，请先接收或撤回。");
            }

            await CheckRelationshipAsync(to, "to", cancellationToken);
            if (to.UnitId is { } unit ? unit == member.UnitId : member.UnitId is null && string.Equals(to.ExternalOrganization?.Trim(), member.ExternalOrganization, StringComparison.Ordinal))
            {
                throw TransferStep("The relationship is already there.", "组织关系已在该组织。");
            }

            var day = CheckDay(date, member.RelationshipSince, "date");
            member.StartTransfer(to, day, _clock.GetCurrentInstant());
            _members.Update(member);
            return member;
        }, cancellationToken);

    /// <summary>Marks an open transfer as in transit (在途).</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">No transfer has been started (<c>MR-3</c>).</exception>
    public Task<PartyMember> MarkInTransitAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.Transfer != TransferState.Out)
            {
                throw TransferStep("Only a transfer that was started (转出) can be put in transit.", "只有已转出的组织关系才能标记为在途。");
            }

            member.MarkInTransit(_clock.GetCurrentInstant());
            _members.Update(member);
            return member;
        }, cancellationToken);

    /// <summary>Receives a transfer in transit: the relationship moves, the old one goes to the history.</summary>
    /// <param name="id">The member.</param>
    /// <param name="date">The day received; today when null.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">The transfer is not in transit, or the receiving unit was dissolved meanwhile.</exception>
    public Task<PartyMember> ReceiveTransferAsync(PartyMemberId id, LocalDate? date = null, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.Transfer != TransferState.InTransit)
            {
                throw TransferStep("Only a transfer in transit (在途) can be received.", "只有在途的组织关系才能接收。");
            }

            var unitPath = await CheckRelationshipAsync(new MemberRelationship(member.TransferToUnitId, member.TransferToExternal), "to", cancellationToken);
            var day = CheckDay(date, member.TransferStarted!.Value, "date");
            member.ReceiveTransfer(unitPath, day, _clock.GetCurrentInstant());
            _members.Update(member);
            return member;
        }, cancellationToken);

    /// <summary>Cancels an open transfer; the relationship stays where it was.</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">No transfer is open.</exception>
    public Task<PartyMember> CancelTransferAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.Transfer is null)
            {
                throw TransferStep("No transfer is open.", "没有未完成的组织关系转接。");
            }

            member.CancelTransfer(_clock.GetCurrentInstant());
            _members.Update(member);
            return member;
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
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.Category != MemberCategory.InService && !member.IsMobile)
            {
                throw MembershipRules.Fail(MembershipRules.Registration,
                    "Only in-service or mobile members register (报到) where they live; others hold their relationship there.",
                    "只有在职党员或流动党员到居住地报到；其他党员的组织关系就在居住地。", "memberId", regulation: MembershipRules.Mr5);
            }

            var place = await CheckCompoundAsync(compound, building, "compound", cancellationToken);
            var gridName = grid is null ? null : TextRules.RequireName(grid, "grid");
            var day = CheckDay(date, member.Joined, "date");
            member.Register(place, building, gridName, day, _clock.GetCurrentInstant());
            _members.Update(member);
            return member;
        }, cancellationToken);

    /// <summary>Revokes a residence registration.</summary>
    /// <param name="id">The member.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The member.</returns>
    /// <exception cref="RuleViolationException">The member is not registered anywhere (<c>MR-5</c>).</exception>
    public Task<PartyMember> RevokeRegistrationAsync(PartyMemberId id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PartyMember>(async ct =>
        {
            var member = await GetAsync(id, cancellationToken);
            member.EnsureVersion(expectedVersion, "member");
            if (member.RegisteredCompoundId is null)
            {
                throw MembershipRules.Fail(MembershipRules.Registration, "The member is not registered anywhere.", "该党员未在任何小区报到。",
                    "memberId", RuleViolationKind.Conflict, MembershipRules.Mr5);
            }

            member.RevokeRegistration(_clock.GetCurrentInstant());
            _members.Update(member);
            return member;
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
            var place = await CheckCompoundAsync(compound, building, "compound", cancellationToken);
            var resident = Resident.Create(ResidentId.New(), name, place, building, phone, _clock.GetCurrentInstant());
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
            var resident = await _residents.GetByIdAsync(id, cancellationToken) ?? throw MembershipRules.ResidentNotFound(id);
            resident.EnsureVersion(expectedVersion, "resident");
            var phone = contact is null ? default : PhoneNumber.Parse(contact, "contact");
            var place = await CheckCompoundAsync(compound, building, "compound", cancellationToken);
            resident.Change(name, place, building, phone, _clock.GetCurrentInstant());
            _residents.Update(resident);
            return resident;
        }, cancellationToken);

    /// <summary>Checks the fields of <paramref name="details"/> that need no lookup, and returns the parsed number and phone.</summary>
    /// <param name="details">The details.</param>
    /// <returns>The ID-card number and phone.</returns>
    /// <exception cref="RuleViolationException">The first refused field.</exception>
    internal (IdCardNumber IdCard, PhoneNumber Phone) CheckDetails(MemberDetails details)
    {
        var idCard = IdCardNumber.Parse(details.IdNumber);
        var phone = details.Phone is null ? default : PhoneNumber.Parse(details.Phone);
        CheckDetails(details, idCard, Today());
        return (idCard, phone);
    }

    /// <summary>Checks the cross-field rules of already parsed details against <paramref name="today"/> (the importer's per-row path).</summary>
    internal static void CheckDetails(MemberDetails details, IdCardNumber idCard, LocalDate today)
    {
        TextRules.RequireName(details.Name, "name");
        if ((details.BirthDate is { } birth && birth != idCard.BirthDate) || (details.Gender is { } gender && gender != idCard.Gender))
        {
            throw MembershipRules.Fail(MembershipRules.IdNumberMismatch, "The birth date or gender disagrees with the ID-card number.",
                "出生日期或性别与身份证号不符。", details.BirthDate is { } b && b != idCard.BirthDate ? "birthDate" : "gender");
        }

        if (!Enum.IsDefined(details.Category))
        {
            throw new RuleViolationException(FieldRules.Defined<MemberCategory>(details.Category, "category")!);
        }

        if (idCard.BirthDate > today)
        {
            throw Date("The birth date is in the future.", "出生日期晚于今天。", "idNumber");
        }

        if (details.Joined > today || details.Joined < idCard.BirthDate.PlusYears(18))
        {
            throw Date("One joins the Party at 18 or older, and not after today (党章 art. 1).", "年满十八岁方可入党，且入党日期不能晚于今天（党章第一条）。", "joined");
        }

        if (details.MadeFull is { } full && (full < details.Joined.PlusYears(1) || full > today))
        {
            throw Date("A member is made full after the probation of at least a year (党章 art. 7), and not after today.",
                "预备期至少一年，转正日期须在入党一年之后且不晚于今天（党章第七条）。", "madeFull");
        }

        if (details.Suspension is { } s)
        {
            TextRules.RequireName(s.Reason, "suspension.reason");
            if (s.From < details.Joined || (s.To is { } to && to < s.From))
            {
                throw Date("A suspension starts after joining and ends after it starts.", "暂停表决权的起止日期不合理。", "suspension");
            }
        }
    }

    internal async Task<Place?> CheckResidenceAsync(MemberDetails details, CancellationToken cancellationToken)
    {
        if (details.ResidenceCompoundId is not { } compound)
        {
            return details.ResidenceBuildingId is null ? null
                : throw MembershipRules.Fail(MembershipRules.WrongPlace, "A building needs its compound.", "填写楼栋时须同时填写小区。", "residenceCompoundId");
        }

        return await CheckCompoundAsync(compound, details.ResidenceBuildingId, "residenceCompoundId", cancellationToken);
    }

    internal async Task<HierarchyPath?> CheckRelationshipAsync(MemberRelationship relationship, string field, CancellationToken cancellationToken)
    {
        var hasUnit = relationship.UnitId is not null;
        var hasOutside = !string.IsNullOrWhiteSpace(relationship.ExternalOrganization);
        if (hasUnit == hasOutside)
        {
            throw MembershipRules.Fail(MembershipRules.OneRelationship,
                "The organisational relationship is in exactly one place: a unit of the tree or one organisation outside it.",
                "组织关系只能在一个组织：树中的一个组织，或树外的一个组织。", field, regulation: MembershipRules.Mr1);
        }

        if (relationship.UnitId is not { } unitId)
        {
            TextRules.RequireName(relationship.ExternalOrganization, field);
            return null;
        }

        var unit = await _units.GetByIdAsync(unitId, cancellationToken);
        if (unit is null || !unit.IsLive)
        {
            throw MembershipRules.Fail(MembershipRules.WrongPlace, $"No live organisation unit {unitId} to hold the relationship.",
                $"没有可接收组织关系的现存组织 {unitId}。", field, unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Conflict);
        }

        return unit.Path;
    }

    internal async Task<Place> CheckCompoundAsync(PlaceId compoundId, PlaceId? buildingId, string field, CancellationToken cancellationToken)
    {
        var compound = await _places.GetByIdAsync(compoundId, cancellationToken);
        if (compound is null || compound.Kind != PlaceKind.Compound)
        {
            throw MembershipRules.Fail(MembershipRules.WrongPlace, $"{compoundId} is not a compound.", $"{compoundId} 不是小区。", field,
                compound is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
        }

        if (buildingId is { } b)
        {
            var building = await _places.GetByIdAsync(b, cancellationToken);
            if (building is null || building.Kind != PlaceKind.Building || building.ParentId != compoundId)
            {
                throw MembershipRules.Fail(MembershipRules.WrongPlace, $"{b} is not a building of compound {compoundId}.",
                    $"{b} 不是小区 {compoundId} 的楼栋。", field.Replace("Compound", "Building", StringComparison.Ordinal));
            }
        }

        return compound;
    }

    private LocalDate CheckDay(LocalDate? date, LocalDate notBefore, string field)
    {
        var today = Today();
        var day = date ?? today;
        if (day > today || day < notBefore)
        {
            throw Date($"The date must lie between {notBefore:uuuu-MM-dd} and today.", $"日期须在 {notBefore:uuuu-MM-dd} 与今天之间。", field);
        }

        return day;
    }

    private static RuleViolationException Date(string message, string messageZh, string field) =>
        MembershipRules.Fail(MembershipRules.ImpossibleDate, message, messageZh, field);

    private static RuleViolationException TransferStep(string message, string messageZh) =>
        MembershipRules.Fail(MembershipRules.TransferStep, message, messageZh, "transfer", RuleViolationKind.Conflict, MembershipRules.Mr3);

    private LocalDate Today() => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;
}
