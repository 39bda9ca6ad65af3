using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// A Party member in the ledger (党员台账): identity, status, category, exactly one organisational relationship
/// (MR-1) with its history and any open transfer (MR-3), where they live, and where they registered to serve (报到,
/// MR-5).
/// </summary>
/// <remarks>
/// Changed through <see cref="MemberLedger"/>, which checks places and units. Personal data (the ID-card number,
/// the phone) is kept in full for matching but shown masked (<see cref="IdCard"/>, <see cref="PhoneNumber"/>).
/// Not thread-safe.
/// </remarks>
public sealed class PartyMember : AggregateRoot<PartyMemberId>, IAuditedNode
{
    private readonly List<RelationshipPeriod> _history = [];

    private PartyMember()
        : base(default)
    {
    }

    private PartyMember(PartyMemberId id)
        : base(id)
    {
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the stored ID-card number; use <see cref="IdCard"/>, which masks it when shown.</summary>
    public string IdNumber { get; private set; } = string.Empty;

    /// <summary>Gets the ID-card number (masked by <c>ToString</c>).</summary>
    public IdCardNumber IdCard => IdCardNumber.TryParse(IdNumber, out var number) ? number : default;

    /// <summary>Gets the gender.</summary>
    public Gender Gender { get; private set; }

    /// <summary>Gets the birth date.</summary>
    public LocalDate BirthDate { get; private set; }

    /// <summary>Gets the stored phone digits, or null; use <see cref="PhoneNumber"/>, which masks it when shown.</summary>
    public string? Phone { get; private set; }

    /// <summary>Gets the phone number (masked by <c>ToString</c>); empty when none.</summary>
    public PhoneNumber PhoneNumber => Phone is not null && PhoneNumber.TryParse(Phone, out var number) ? number : default;

    /// <summary>Gets the date of joining (入党日期).</summary>
    public LocalDate Joined { get; private set; }

    /// <summary>Gets the date made full (转正日期), or null while probationary.</summary>
    public LocalDate? MadeFull { get; private set; }

    /// <summary>Gets the status: full once made full, probationary before.</summary>
    public MemberStatus Status => MadeFull is null ? MemberStatus.Probationary : MemberStatus.Full;

    /// <summary>Gets the census category.</summary>
    public MemberCategory Category { get; private set; }

    /// <summary>Gets a value indicating whether the member is mobile (流动党员).</summary>
    public bool IsMobile { get; private set; }

    /// <summary>Gets why voting rights are suspended, or null.</summary>
    public string? SuspensionReason { get; private set; }

    /// <summary>Gets the first day of the suspension, or null.</summary>
    public LocalDate? SuspendedFrom { get; private set; }

    /// <summary>Gets the last day of the suspension, or null (open-ended or none).</summary>
    public LocalDate? SuspendedTo { get; private set; }

    /// <summary>Gets the unit holding the organisational relationship, or null when it is outside the tree.</summary>
    public OrganizationUnitId? UnitId { get; private set; }

    /// <summary>Gets the outside organisation holding the relationship, or null when it is a unit of the tree.</summary>
    public string? ExternalOrganization { get; private set; }

    /// <summary>Gets the first day of the current relationship.</summary>
    public LocalDate RelationshipSince { get; private set; }

    /// <summary>Gets the stored first half of the relationship unit's path (0 when outside the tree).</summary>
    public long UnitPathHigh { get; private set; }

    /// <summary>Gets the stored second half of the relationship unit's path.</summary>
    public long UnitPathLow { get; private set; }

    /// <summary>Gets the open transfer's state, or null when none is open.</summary>
    public TransferState? Transfer { get; private set; }

    /// <summary>Gets the unit the open transfer goes to, or null.</summary>
    public OrganizationUnitId? TransferToUnitId { get; private set; }

    /// <summary>Gets the outside organisation the open transfer goes to, or null.</summary>
    public string? TransferToExternal { get; private set; }

    /// <summary>Gets the day the open transfer started, or null.</summary>
    public LocalDate? TransferStarted { get; private set; }

    /// <summary>Gets the past relationships, oldest first.</summary>
    public IReadOnlyList<RelationshipPeriod> History => [.. _history.OrderBy(h => h.From).ThenBy(h => h.To)];

    /// <summary>Gets the compound the member lives in, or null.</summary>
    public PlaceId? ResidenceCompoundId { get; private set; }

    /// <summary>Gets the building the member lives in, or null.</summary>
    public PlaceId? ResidenceBuildingId { get; private set; }

    /// <summary>Gets the stored first half of the residence compound's path (0 when none).</summary>
    public long ResidencePathHigh { get; private set; }

    /// <summary>Gets the stored second half of the residence compound's path.</summary>
    public long ResidencePathLow { get; private set; }

    /// <summary>Gets the compound the member registered (报到) to, or null.</summary>
    public PlaceId? RegisteredCompoundId { get; private set; }

    /// <summary>Gets the building assigned at registration (e.g. as 楼栋长), or null.</summary>
    public PlaceId? RegisteredBuildingId { get; private set; }

    /// <summary>Gets the grid assigned at registration (e.g. as 网格员), or null.</summary>
    public string? RegisteredGrid { get; private set; }

    /// <summary>Gets the day of registration, or null.</summary>
    public LocalDate? RegisteredOn { get; private set; }

    /// <summary>Gets the stored first half of the registration compound's path (0 when none).</summary>
    public long RegistrationPathHigh { get; private set; }

    /// <summary>Gets the stored second half of the registration compound's path.</summary>
    public long RegistrationPathLow { get; private set; }

    /// <summary>Gets the path of the relationship unit, or null when outside the tree.</summary>
    public HierarchyPath? UnitPath => UnitId is null ? null : HierarchyPath.FromSortKeys(UnitPathHigh, UnitPathLow);

    /// <summary>Gets the path of the residence compound, or null.</summary>
    public HierarchyPath? ResidencePath => ResidenceCompoundId is null ? null : HierarchyPath.FromSortKeys(ResidencePathHigh, ResidencePathLow);

    /// <summary>Gets the path of the registration compound, or null.</summary>
    public HierarchyPath? RegistrationPath => RegisteredCompoundId is null ? null : HierarchyPath.FromSortKeys(RegistrationPathHigh, RegistrationPathLow);

    /// <inheritdoc />
    AuditTree IAuditedNode.AuditTree => UnitId is not null || (ResidenceCompoundId is null && RegisteredCompoundId is null) ? AuditTree.Unit : AuditTree.Place;

    /// <inheritdoc />
    Guid IAuditedNode.AuditNodeId => Id.Value;

    /// <inheritdoc />
    HierarchyPath IAuditedNode.Path => UnitPath ?? ResidencePath ?? RegistrationPath ?? default;

    /// <summary>Tells whether voting rights are suspended on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether suspended that day.</returns>
    public bool IsVotingSuspendedOn(LocalDate date) => SuspendedFrom is { } from && date >= from && (SuspendedTo is not { } to || date <= to);

    internal static PartyMember Create(PartyMemberId id, MemberDetails details, IdCardNumber idCard, PhoneNumber phone,
        MemberRelationship relationship, HierarchyPath? unitPath, LocalDate since, Place? residence, Instant now)
    {
        var member = new PartyMember(id);
        member.Apply(details, idCard, phone, residence);
        member.SetRelationship(relationship, unitPath, since);
        member.Raise(new PartyMemberRecorded(id, now));
        member.RaiseLedgerChanged([], [], now);
        return member;
    }

    internal List<string> Update(MemberDetails details, IdCardNumber idCard, PhoneNumber phone, Place? residence, Instant now)
    {
        var oldResidence = ResidenceCompoundId;
        var before = (Name, IdNumber, Gender, BirthDate, Phone, Joined, MadeFull, Category, IsMobile, SuspensionReason, SuspendedFrom, SuspendedTo, ResidenceCompoundId, ResidenceBuildingId);
        Apply(details, idCard, phone, residence);
        var changed = new List<string>();
        void Check(bool same, string field)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }

        Check(before.Name == Name, "name");
        Check(before.IdNumber == IdNumber, "idNumber");
        Check(before.Gender == Gender && before.BirthDate == BirthDate, "birth");
        Check(before.Phone == Phone, "phone");
        Check(before.Joined == Joined && before.MadeFull == MadeFull, "status");
        Check(before.Category == Category && before.IsMobile == IsMobile, "category");
        Check(before.SuspensionReason == SuspensionReason && before.SuspendedFrom == SuspendedFrom && before.SuspendedTo == SuspendedTo, "suspension");
        Check(before.ResidenceCompoundId == ResidenceCompoundId && before.ResidenceBuildingId == ResidenceBuildingId, "residence");
        if (changed.Count > 0)
        {
            Raise(new PartyMemberChanged(Id, changed, now));
            if (changed.Intersect(["status", "category", "suspension", "residence"]).Any())
            {
                RaiseLedgerChanged([], oldResidence is { } r ? [r] : [], now);
            }
        }

        return changed;
    }

    internal void StartTransfer(MemberRelationship to, LocalDate date, Instant now)
    {
        Transfer = TransferState.Out;
        TransferToUnitId = to.UnitId;
        TransferToExternal = to.ExternalOrganization;
        TransferStarted = date;
        Raise(new PartyMemberTransfer(Id, "out", Destination(), now));
    }

    internal void MarkInTransit(Instant now)
    {
        Transfer = TransferState.InTransit;
        Raise(new PartyMemberTransfer(Id, "in-transit", Destination(), now));
    }

    internal void ReceiveTransfer(HierarchyPath? unitPath, LocalDate date, Instant now)
    {
        var destination = Destination();
        var oldUnit = UnitId;
        _history.Add(new RelationshipPeriod(UnitId, ExternalOrganization, RelationshipSince, date));
        SetRelationship(new MemberRelationship(TransferToUnitId, TransferToExternal), unitPath, date);
        ClearTransfer();
        Raise(new PartyMemberTransfer(Id, "received", destination, now));
        RaiseLedgerChanged(oldUnit is { } u ? [u] : [], [], now);
    }

    internal void CancelTransfer(Instant now)
    {
        var destination = Destination();
        ClearTransfer();
        Raise(new PartyMemberTransfer(Id, "cancelled", destination, now));
    }

    internal void RefreshUnitPath(HierarchyPath path)
    {
        UnitPathHigh = path.SortKeyHigh;
        UnitPathLow = path.SortKeyLow;
    }

    internal void Register(Place compound, PlaceId? building, string? grid, LocalDate date, Instant now)
    {
        var old = RegisteredCompoundId;
        RegisteredCompoundId = compound.Id;
        RegisteredBuildingId = building;
        RegisteredGrid = grid;
        RegisteredOn = date;
        RegistrationPathHigh = compound.Path.SortKeyHigh;
        RegistrationPathLow = compound.Path.SortKeyLow;
        Raise(new PartyMemberRegistration(Id, true, compound.Id.Value, now));
        RaiseLedgerChanged([], old is { } o ? [o] : [], now);
    }

    internal void RevokeRegistration(Instant now)
    {
        var compound = RegisteredCompoundId!.Value;
        RegisteredCompoundId = null;
        RegisteredBuildingId = null;
        RegisteredGrid = null;
        RegisteredOn = null;
        RegistrationPathHigh = 0;
        RegistrationPathLow = 0;
        Raise(new PartyMemberRegistration(Id, false, compound.Value, now));
        RaiseLedgerChanged([], [compound], now);
    }

    private void RaiseLedgerChanged(IEnumerable<OrganizationUnitId> oldUnits, IEnumerable<PlaceId> oldCompounds, Instant now)
    {
        var units = oldUnits.Concat(UnitId is { } u ? [u] : []).Distinct().ToList();
        var compounds = oldCompounds.Concat(ResidenceCompoundId is { } r ? [r] : []).Concat(RegisteredCompoundId is { } g ? [g] : []).Distinct().ToList();
        Raise(new MemberLedgerChanged(Id, units, compounds, now));
    }

    private string Destination() => TransferToUnitId?.ToString() ?? TransferToExternal ?? "?";

    private void ClearTransfer()
    {
        Transfer = null;
        TransferToUnitId = null;
        TransferToExternal = null;
        TransferStarted = null;
    }

    private void Apply(MemberDetails details, IdCardNumber idCard, PhoneNumber phone, Place? residence)
    {
        Name = details.Name.Trim();
        IdNumber = idCard.Reveal();
        Gender = idCard.Gender;
        BirthDate = idCard.BirthDate;
        Phone = phone.IsEmpty ? null : phone.Reveal();
        Joined = details.Joined;
        MadeFull = details.MadeFull;
        Category = details.Category;
        IsMobile = details.IsMobile;
        SuspensionReason = details.Suspension?.Reason.Trim();
        SuspendedFrom = details.Suspension?.From;
        SuspendedTo = details.Suspension?.To;
        ResidenceCompoundId = residence?.Id;
        ResidenceBuildingId = residence is null ? null : details.ResidenceBuildingId;
        ResidencePathHigh = residence?.Path.SortKeyHigh ?? 0;
        ResidencePathLow = residence?.Path.SortKeyLow ?? 0;
    }

    private void SetRelationship(MemberRelationship relationship, HierarchyPath? unitPath, LocalDate since)
    {
        UnitId = relationship.UnitId;
        ExternalOrganization = relationship.UnitId is null ? relationship.ExternalOrganization?.Trim() : null;
        RelationshipSince = since;
        UnitPathHigh = unitPath?.SortKeyHigh ?? 0;
        UnitPathLow = unitPath?.SortKeyLow ?? 0;
    }
}
