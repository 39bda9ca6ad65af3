using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// The bodies a compound branch leads besides itself: the owners' committee (业委会 — its seats, chair, term and
/// election date) and the property-service company (物业), or self-management. One per compound; changed through
/// <see cref="StewardService.SetGovernanceAsync"/>.
/// </summary>
public sealed class CompoundGovernance : AggregateRoot<CompoundGovernanceId>, IAuditedNode
{
    private readonly List<OwnersCommitteeSeat> _seats = [];

    private CompoundGovernance()
        : base(default)
    {
    }

    private CompoundGovernance(CompoundGovernanceId id, Place compound)
        : base(id)
    {
        CompoundId = compound.Id;
        CompoundPathHigh = compound.Path.SortKeyHigh;
        CompoundPathLow = compound.Path.SortKeyLow;
    }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets how the compound is managed.</summary>
    public PropertyManagement Management { get; private set; }

    /// <summary>Gets the property-service company's name, when one manages it.</summary>
    public string? PropertyCompany { get; private set; }

    /// <summary>Gets the company's contact phone, or null.</summary>
    public string? PropertyContact { get; private set; }

    /// <summary>Gets a value indicating whether an owners' committee is recorded.</summary>
    public bool HasOwnersCommittee => CommitteeTermStart is not null;

    /// <summary>Gets the day the owners' committee was elected, or null.</summary>
    public LocalDate? CommitteeElectedOn { get; private set; }

    /// <summary>Gets the first day of the owners' committee's term, or null.</summary>
    public LocalDate? CommitteeTermStart { get; private set; }

    /// <summary>Gets the last day of the owners' committee's term, or null.</summary>
    public LocalDate? CommitteeTermEnd { get; private set; }

    /// <summary>Gets the owners' committee's term, or null.</summary>
    public DateInterval? CommitteeTerm => CommitteeTermStart is { } s && CommitteeTermEnd is { } e ? new DateInterval(s, e) : null;

    /// <summary>Gets the seats of the owners' committee, chair first.</summary>
    public IReadOnlyList<OwnersCommitteeSeat> Seats => [.. _seats.OrderBy(s => s.Position).ThenBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Gets the chair's seat, or null.</summary>
    public OwnersCommitteeSeat? Chair => _seats.Find(s => s.Position == OwnersCommitteePosition.Chair);

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    internal static CompoundGovernance Create(CompoundGovernanceId id, Place compound) => new(id, compound);

    internal void Set(PropertyManagement management, string? company, string? contact, OwnersCommitteeDetails? committee,
        IReadOnlyList<OwnersCommitteeSeat> seats, Instant now)
    {
        Management = management;
        PropertyCompany = company;
        PropertyContact = contact;
        CommitteeElectedOn = committee?.ElectedOn;
        CommitteeTermStart = committee?.Term.Start;
        CommitteeTermEnd = committee?.Term.End;
        _seats.Clear();
        _seats.AddRange(seats.OrderBy(s => s.Position));
        Raise(new CompoundGovernanceChanged(Id, CompoundId, now));
    }
}

/// <summary>A seat on an owners' committee; a Party member or recorded resident may be linked.</summary>
public sealed class OwnersCommitteeSeat
{
    private OwnersCommitteeSeat()
    {
    }

    internal OwnersCommitteeSeat(string name, OwnersCommitteePosition position, PartyMemberId? memberId, ResidentId? residentId)
    {
        Name = name;
        Position = position;
        MemberId = memberId;
        ResidentId = residentId;
    }

    /// <summary>Gets the holder's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the position.</summary>
    public OwnersCommitteePosition Position { get; private set; }

    /// <summary>Gets the Party member holding it (交叉任职), or null.</summary>
    public PartyMemberId? MemberId { get; private set; }

    /// <summary>Gets the recorded resident holding it, or null.</summary>
    public ResidentId? ResidentId { get; private set; }
}

/// <summary>What to record about a compound's governance.</summary>
/// <param name="Management">How the compound is managed.</param>
/// <param name="PropertyCompany">The company's name; required with <see cref="PropertyManagement.PropertyCompany"/>, refused otherwise.</param>
/// <param name="PropertyContact">The company's phone, or null.</param>
/// <param name="OwnersCommittee">The owners' committee, or null when there is none.</param>
public sealed record CompoundGovernanceDetails(PropertyManagement Management, string? PropertyCompany = null, string? PropertyContact = null,
    OwnersCommitteeDetails? OwnersCommittee = null);

/// <summary>An owners' committee (业委会).</summary>
/// <param name="ElectedOn">The day the owners' assembly elected it.</param>
/// <param name="Term">Its term (at most <see cref="StewardPolicy.OwnersCommitteeMaxTermYears"/> years).</param>
/// <param name="Seats">Its seats: exactly one chair.</param>
public sealed record OwnersCommitteeDetails(LocalDate ElectedOn, DateInterval Term, IReadOnlyList<OwnersCommitteeSeatDetails> Seats);

/// <summary>A seat to record.</summary>
/// <param name="Name">The holder's name.</param>
/// <param name="Position">The position.</param>
/// <param name="MemberId">The Party member holding it, or null.</param>
/// <param name="ResidentId">The recorded resident holding it, or null.</param>
public sealed record OwnersCommitteeSeatDetails(string Name, OwnersCommitteePosition Position, PartyMemberId? MemberId = null, ResidentId? ResidentId = null);
