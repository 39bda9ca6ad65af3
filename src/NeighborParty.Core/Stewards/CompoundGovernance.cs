using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// The bodies a compound branch leads besides itself: the owners' committee (业委会 — its seats, chair, term and
/// election date) and the property-service company (物业), or self-management. One per compound; changed through
/// <see cref="StewardService.SetGovernanceAsync"/>.
/// </summary>
public sealed class CompoundGovernance : AggregateRoot<CompoundGovernanceId>, IAuditedNode, ISnapshotable<CompoundGovernance, CompoundGovernanceSnapshot>, IPlaced<CompoundGovernance>
{
    private readonly List<OwnersCommitteeSeat> _seats = [];

    private CompoundGovernance()
        : base(default)
    {
    }

    private CompoundGovernance(CompoundGovernanceId id)
        : base(id)
    {
    }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<CompoundGovernance, TreePosition>>> Positions { get; } = [g => g.Compound];

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

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

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public CompoundGovernanceSnapshot ToSnapshot() => new(Id, Compound, Management, PropertyCompany, PropertyContact, CommitteeElectedOn, CommitteeTermStart,
        CommitteeTermEnd, [.. _seats]);

    /// <inheritdoc />
    public static CompoundGovernance FromSnapshot(CompoundGovernanceSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var governance = new CompoundGovernance(snapshot.Id)
        {
            Compound = snapshot.Compound,
            Management = snapshot.Management,
            PropertyCompany = snapshot.PropertyCompany,
            PropertyContact = snapshot.PropertyContact,
            CommitteeElectedOn = snapshot.CommitteeElectedOn,
            CommitteeTermStart = snapshot.CommitteeTermStart,
            CommitteeTermEnd = snapshot.CommitteeTermEnd,
        };
        governance._seats.AddRange(snapshot.Seats);
        governance.RestoreVersion(version);
        return governance;
    }

    internal static CompoundGovernance Create(CompoundGovernanceId id, Place compound) => new(id) { Compound = compound.Position };

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
