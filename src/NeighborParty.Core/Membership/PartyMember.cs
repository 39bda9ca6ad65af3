using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// A Party member in the ledger (党员台账): identity, status, category, exactly one organisational relationship
/// (MR-1) with its history and any open transfer (MR-3), where they live, and where they registered to serve (报到,
/// MR-5).
/// </summary>
/// <remarks>
/// Each step checks its own rules (MR-1, MR-3, MR-5, the dates); <see cref="MemberLedger"/> reads the places and units
/// they name and keeps the ID-card number unique. Personal data (the ID-card number,
/// the phone) is kept in full for matching but shown masked (<see cref="IdCard"/>, <see cref="PhoneNumber"/>).
/// Not thread-safe.
/// </remarks>
public sealed partial class PartyMember : AggregateRoot<PartyMemberId>, IAuditedNode, ISnapshotable<PartyMember, PartyMemberSnapshot>, IPlaced<PartyMember>, IFollowsMoves
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
    public OrganizationUnitId? UnitId => Unit.IsPlaced ? new OrganizationUnitId(Unit.NodeId) : null;

    /// <summary>Gets where the relationship is held in the organisation tree (<see cref="TreePosition.None"/> when outside it).</summary>
    public TreePosition Unit { get; private set; }

    /// <summary>Gets the outside organisation holding the relationship, or null when it is a unit of the tree.</summary>
    public string? ExternalOrganization { get; private set; }

    /// <summary>Gets the first day of the current relationship.</summary>
    public LocalDate RelationshipSince { get; private set; }

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
    public PlaceId? ResidenceCompoundId => Residence.IsPlaced ? new PlaceId(Residence.NodeId) : null;

    /// <summary>Gets the compound the member lives in, in the tree of places (<see cref="TreePosition.None"/> when unknown).</summary>
    public TreePosition Residence { get; private set; }

    /// <summary>Gets the building the member lives in, or null.</summary>
    public PlaceId? ResidenceBuildingId { get; private set; }

    /// <summary>Gets the compound the member registered (报到) to, or null.</summary>
    public PlaceId? RegisteredCompoundId => Registration.IsPlaced ? new PlaceId(Registration.NodeId) : null;

    /// <summary>Gets the compound the member registered to, in the tree of places (<see cref="TreePosition.None"/> when not registered).</summary>
    public TreePosition Registration { get; private set; }

    /// <summary>Gets the building assigned at registration (e.g. as 楼栋长), or null.</summary>
    public PlaceId? RegisteredBuildingId { get; private set; }

    /// <summary>Gets the grid assigned at registration (e.g. as 网格员), or null.</summary>
    public string? RegisteredGrid { get; private set; }

    /// <summary>Gets the day of registration, or null.</summary>
    public LocalDate? RegisteredOn { get; private set; }

    /// <summary>Gets the path of the relationship unit, or null when outside the tree.</summary>
    public HierarchyPath? UnitPath => Unit.IsPlaced ? Unit.Path : null;

    /// <summary>Gets the path of the residence compound, or null.</summary>
    public HierarchyPath? ResidencePath => Residence.IsPlaced ? Residence.Path : null;

    /// <summary>Gets the path of the registration compound, or null.</summary>
    public HierarchyPath? RegistrationPath => Registration.IsPlaced ? Registration.Path : null;

    /// <summary>Gets the positions a store queries: the relationship's unit, the residence and the registration.</summary>
    public static IReadOnlyList<Expression<Func<PartyMember, TreePosition>>> Positions { get; } = [m => m.Unit, m => m.Residence, m => m.Registration];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Unit.IsPlaced ? Unit : Residence.IsPlaced ? Residence : Registration;

    /// <summary>Tells whether voting rights are suspended on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether suspended that day.</returns>
    public bool IsVotingSuspendedOn(LocalDate date) => SuspendedFrom is { } from && date >= from && (SuspendedTo is not { } to || date <= to);

    /// <summary>The importer's path: <paramref name="details"/> were checked row by row with the same rules as <see cref="Record"/>.</summary>
    internal static PartyMember Create(PartyMemberId id, MemberDetails details, IdCardNumber idCard, PhoneNumber phone,
        MemberRelationship relationship, HierarchyPath? unitPath, LocalDate since, TreePosition residence, Instant now)
    {
        var member = new PartyMember(id);
        member.Apply(details, idCard, phone, residence);
        member.SetRelationship(relationship, unitPath, since);
        member.Raise(new PartyMemberRecorded(id, now));
        member.RaiseLedgerChanged([], [], now);
        return member;
    }

    /// <summary>The importer's path and <see cref="Change"/>'s: applies checked details; returns the fields that changed.</summary>
    internal List<string> Update(MemberDetails details, IdCardNumber idCard, PhoneNumber phone, TreePosition residence, Instant now)
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

    private void RaiseLedgerChanged(ReadOnlySpan<OrganizationUnitId> oldUnits, ReadOnlySpan<PlaceId> oldCompounds, Instant now)
    {
        // Small arrays built by hand: the importer raises this once per member, a million times.
        Span<OrganizationUnitId> units = stackalloc OrganizationUnitId[oldUnits.Length + 1];
        var unitCount = AddOnce(units, 0, oldUnits);
        unitCount = AddOnce(units, unitCount, UnitId);
        Span<PlaceId> compounds = stackalloc PlaceId[oldCompounds.Length + 2];
        var compoundCount = AddOnce(compounds, 0, oldCompounds);
        compoundCount = AddOnce(compounds, compoundCount, ResidenceCompoundId);
        compoundCount = AddOnce(compounds, compoundCount, RegisteredCompoundId);
        Raise(new MemberLedgerChanged(Id, units[..unitCount].ToArray(), compounds[..compoundCount].ToArray(), now));
    }

    private static int AddOnce<TId>(Span<TId> buffer, int count, ReadOnlySpan<TId> ids)
        where TId : unmanaged, IEquatable<TId>
    {
        foreach (var id in ids)
        {
            count = AddOnce(buffer, count, id);
        }

        return count;
    }

    private static int AddOnce<TId>(Span<TId> buffer, int count, TId? id)
        where TId : unmanaged, IEquatable<TId>
    {
        if (id is not { } value || buffer[..count].Contains(value))
        {
            return count;
        }

        buffer[count] = value;
        return count + 1;
    }

    private string Destination() => TransferToUnitId?.ToString() ?? TransferToExternal ?? "?";

    private void ClearTransfer()
    {
        Transfer = null;
        TransferToUnitId = null;
        TransferToExternal = null;
        TransferStarted = null;
    }

    private void Apply(MemberDetails details, IdCardNumber idCard, PhoneNumber phone, TreePosition residence)
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
        Residence = residence;
        ResidenceBuildingId = residence.IsPlaced ? details.ResidenceBuildingId : null;
    }

    private void SetRelationship(MemberRelationship relationship, HierarchyPath? unitPath, LocalDate since)
    {
        Unit = relationship.UnitId is { } unit && unitPath is { } path ? TreePosition.InUnits(unit.Value, path) : TreePosition.None;
        ExternalOrganization = relationship.UnitId is null ? relationship.ExternalOrganization?.Trim() : null;
        RelationshipSince = since;
    }
}
