using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Care;

/// <summary>
/// A resident whom neighbours watch over (邻里守望): why they need care, the consent it rests on (CR-1), the
/// guardians and their duties (CR-2), the contacts (探访记录) that keep the alerts quiet (CR-3, CR-4), and the actions
/// the branch or community takes (CR-5): medical help, relief, a care-home place. Health details are sensitive
/// personal information: the use cases show them only to those allowed (CR-6).
/// </summary>
public sealed partial class CareRecord : AggregateRoot<CareRecordId>, IAuditedNode, ISnapshotable<CareRecord, CareRecordSnapshot>, IPlaced<CareRecord>
{
    private readonly List<CareGuardian> _guardians = [];
    private readonly List<CareContact> _contacts = [];
    private readonly List<CareAction> _actions = [];

    private CareRecord()
        : base(default)
    {
    }

    private CareRecord(CareRecordId id)
        : base(id)
    {
    }

    /// <summary>Gets the resident cared for.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>Gets the resident's compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets why the resident needs care.</summary>
    public CareNeeds Needs { get; private set; }

    /// <summary>Gets the health and living circumstances (sensitive; shown only with <c>care.read-personal</c>), or null.</summary>
    public string? Circumstances { get; private set; }

    /// <summary>Gets the consent the record rests on (CR-1).</summary>
    public CareConsent Consent { get; private set; } = null!;

    /// <summary>Gets where the resident is.</summary>
    public CareStatus Status { get; private set; }

    /// <summary>Gets the care home or hospital, when <see cref="Status"/> is <see cref="CareStatus.InCareFacility"/>.</summary>
    public string? Facility { get; private set; }

    /// <summary>Gets when the record was registered.</summary>
    public Instant RegisteredAt { get; private set; }

    /// <summary>Gets when the record was closed, or null.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets why the record was closed, or null.</summary>
    public string? ClosedBecause { get; private set; }

    /// <summary>Gets the guardians, past and present, by number.</summary>
    public IReadOnlyList<CareGuardian> Guardians => [.. _guardians.OrderBy(g => g.Key)];

    /// <summary>Gets the contacts, oldest first.</summary>
    public IReadOnlyList<CareContact> Contacts => [.. _contacts.OrderBy(c => c.At)];

    /// <summary>Gets the actions taken, by number.</summary>
    public IReadOnlyList<CareAction> Actions => [.. _actions.OrderBy(a => a.Key)];

    /// <summary>Gets the guardians serving now.</summary>
    public IEnumerable<CareGuardian> Serving => _guardians.Where(g => g.Serving).OrderBy(g => g.Key);

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<CareRecord, TreePosition>>> Positions { get; } = [c => c.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <summary>Returns today's alert for this record (see <see cref="CareAlerts"/>).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="now">The instant.</param>
    /// <returns>The alert.</returns>
    public CareAlert AlertAt(CarePolicy policy, Instant now) => CareAlerts.Evaluate(this, policy, now);

    /// <inheritdoc />
    public CareRecordSnapshot ToSnapshot() => new(Id, ResidentId, Compound, Needs, Circumstances, Consent, Status, Facility, RegisteredAt, ClosedAt, ClosedBecause,
        Guardians, Contacts, Actions);

    /// <inheritdoc />
    public static CareRecord FromSnapshot(CareRecordSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var record = new CareRecord(snapshot.Id)
        {
            ResidentId = snapshot.ResidentId, Compound = snapshot.Compound, Needs = snapshot.Needs, Circumstances = snapshot.Circumstances, Consent = snapshot.Consent,
            Status = snapshot.Status, Facility = snapshot.Facility, RegisteredAt = snapshot.RegisteredAt, ClosedAt = snapshot.ClosedAt, ClosedBecause = snapshot.ClosedBecause,
        };
        record._guardians.AddRange(snapshot.Guardians);
        record._contacts.AddRange(snapshot.Contacts);
        record._actions.AddRange(snapshot.Actions);
        record.RestoreVersion(version);
        return record;
    }
}
