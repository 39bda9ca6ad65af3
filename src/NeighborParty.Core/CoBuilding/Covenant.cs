using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// A co-building covenant (共建盟约) between a branch or community and one or more partners: versions of commitments
/// and validity, each signed once by every party. A signed version never changes; an amendment is a new version that
/// is signed again; a renewal is a successor covenant. Changed only through <see cref="CoBuildingService"/>.
/// </summary>
public sealed class Covenant : AggregateRoot<CovenantId>, IAuditedNode
{
    private readonly List<CovenantParty> _partners = [];
    private readonly List<CovenantVersion> _versions = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<Signature> _signatures = [];
    private readonly List<Fulfilment> _fulfilments = [];

    private Covenant()
        : base(default)
    {
    }

    private Covenant(CovenantId id)
        : base(id)
    {
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the branch or community (the organisation side).</summary>
    public OrganizationUnitId UnitId { get; private set; }

    /// <summary>Gets the high half of the unit's position.</summary>
    public long UnitPathHigh { get; private set; }

    /// <summary>Gets the low half of the unit's position.</summary>
    public long UnitPathLow { get; private set; }

    /// <summary>Gets the unit's position.</summary>
    public HierarchyPath UnitPath => HierarchyPath.FromSortKeys(UnitPathHigh, UnitPathLow);

    /// <summary>Gets the partners (one or more).</summary>
    public IReadOnlyList<CovenantParty> Partners => _partners;

    /// <summary>Gets the versions, first to last.</summary>
    public IReadOnlyList<CovenantVersion> Versions => [.. _versions.OrderBy(v => v.Number)];

    /// <summary>Gets the commitments of every version (see <see cref="CommitmentsOf"/>).</summary>
    public IReadOnlyList<Commitment> Commitments => _commitments;

    /// <summary>Gets the signatures of every version.</summary>
    public IReadOnlyList<Signature> Signatures => _signatures;

    /// <summary>Gets what was delivered against the commitments.</summary>
    public IReadOnlyList<Fulfilment> Fulfilments => _fulfilments;

    /// <summary>Gets the day it was terminated, or null.</summary>
    public LocalDate? TerminatedOn { get; private set; }

    /// <summary>Gets why it was terminated, or null.</summary>
    public string? TerminationReason { get; private set; }

    /// <summary>Gets the covenant this one renews, or null.</summary>
    public CovenantId? PredecessorId { get; private set; }

    /// <summary>Gets the covenant that renews this one, or null.</summary>
    public CovenantId? SuccessorId { get; private set; }

    /// <summary>Gets the latest version.</summary>
    public CovenantVersion Latest => _versions.MaxBy(v => v.Number)!;

    /// <summary>Gets the version in effect: the latest one signed by every party, or null.</summary>
    public CovenantVersion? Effective => _versions.Where(v => v.State == CovenantVersionState.FullySigned).MaxBy(v => v.Number);

    AuditTree IAuditedNode.AuditTree => AuditTree.Unit;

    Guid IAuditedNode.AuditNodeId => UnitId.Value;

    HierarchyPath IAuditedNode.Path => UnitPath;

    /// <summary>Returns where the covenant stands on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The status: in force only when every party signed and the day lies inside the validity.</returns>
    public CovenantStatus StatusOn(LocalDate day)
    {
        if (TerminatedOn is { } terminated && terminated <= day)
        {
            return CovenantStatus.Terminated;
        }

        if (Effective is { } effective)
        {
            return day < effective.ValidFrom ? CovenantStatus.FullySigned : day > effective.ValidTo ? CovenantStatus.Expired : CovenantStatus.InForce;
        }

        return Latest.State == CovenantVersionState.AwaitingSignatures ? CovenantStatus.AwaitingSignatures : CovenantStatus.Draft;
    }

    /// <summary>Returns the commitments of one version.</summary>
    /// <param name="version">The version number.</param>
    /// <returns>The commitments.</returns>
    public IReadOnlyList<Commitment> CommitmentsOf(int version) => [.. _commitments.Where(c => c.Version == version).OrderBy(c => c.Position)];

    /// <summary>Returns the signatures of one version.</summary>
    /// <param name="version">The version number.</param>
    /// <returns>The signatures.</returns>
    public IReadOnlyList<Signature> SignaturesOf(int version) => _signatures.FindAll(s => s.Version == version);

    /// <summary>Returns the parties who still have to sign the latest version (null stands for the organisation side).</summary>
    /// <returns>The parties.</returns>
    public IReadOnlyList<PartnerId?> MissingSignatures()
    {
        var signed = SignaturesOf(Latest.Number).Select(s => s.PartnerId).ToHashSet();
        return [.. Parties().Where(p => !signed.Contains(p))];
    }

    /// <summary>Returns what was delivered against a commitment.</summary>
    /// <param name="key">The commitment's key (stable across versions).</param>
    /// <returns>The total quantity.</returns>
    public decimal FulfilledQuantity(Guid key) => _fulfilments.Where(f => f.CommitmentKey == key).Sum(f => f.Quantity);

    internal IEnumerable<PartnerId?> Parties() => _partners.Select(p => (PartnerId?)p.PartnerId).Prepend(null);

    internal static Covenant Create(CovenantId id, string title, OrganizationUnit unit, IEnumerable<PartnerId> partners, DateInterval validity,
        IEnumerable<CommitmentDetails> commitments, CovenantId? predecessor, Instant now)
    {
        var covenant = new Covenant(id) { Title = title, UnitId = unit.Id, UnitPathHigh = unit.Path.SortKeyHigh, UnitPathLow = unit.Path.SortKeyLow, PredecessorId = predecessor };
        covenant._partners.AddRange(partners.Select(p => new CovenantParty(p)));
        covenant._versions.Add(new CovenantVersion(1, validity));
        covenant.AddCommitments(1, commitments);
        covenant.Raise(new CovenantChanged(id, "drafted", 1, now));
        return covenant;
    }

    internal void EditDraft(DateInterval validity, IEnumerable<CommitmentDetails> commitments, Instant now)
    {
        var version = Latest;
        version.SetValidity(validity);
        _commitments.RemoveAll(c => c.Version == version.Number);
        AddCommitments(version.Number, commitments);
        Raise(new CovenantChanged(Id, "draft-edited", version.Number, now));
    }

    internal void Submit(Instant now)
    {
        Latest.SetState(CovenantVersionState.AwaitingSignatures);
        Raise(new CovenantChanged(Id, "submitted", Latest.Number, now));
    }

    internal void Sign(PartnerId? party, string signer, Instant now)
    {
        var version = Latest;
        _signatures.Add(new Signature(version.Number, party, signer, now));
        Raise(new CovenantChanged(Id, party is null ? "signed-by-organisation" : "signed-by-partner", version.Number, now));
        if (MissingSignatures().Count == 0)
        {
            version.SetState(CovenantVersionState.FullySigned);
            Raise(new CovenantChanged(Id, "signed-by-all", version.Number, now));
        }
    }

    internal void Amend(DateInterval validity, IEnumerable<CommitmentDetails> commitments, Instant now)
    {
        var number = Latest.Number + 1;
        _versions.Add(new CovenantVersion(number, validity));
        AddCommitments(number, commitments);
        Raise(new CovenantChanged(Id, "amendment-drafted", number, now));
    }

    internal void Withdraw(Instant now)
    {
        Latest.SetState(CovenantVersionState.Withdrawn);
        Raise(new CovenantChanged(Id, "amendment-withdrawn", Latest.Number, now));
    }

    internal void Terminate(LocalDate day, string reason, Instant now)
    {
        TerminatedOn = day;
        TerminationReason = reason;
        Raise(new CovenantChanged(Id, "terminated", Latest.Number, now));
    }

    internal void RenewedBy(CovenantId successor, Instant now)
    {
        SuccessorId = successor;
        Raise(new CovenantChanged(Id, "renewed", Latest.Number, now));
    }

    internal void Fulfil(Guid key, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId, string? note, Instant now)
    {
        _fulfilments.Add(new Fulfilment(key, quantity, day, source, sourceId, note));
        Raise(new CovenantChanged(Id, "fulfilment-recorded", Latest.Number, now));
    }

    private void AddCommitments(int version, IEnumerable<CommitmentDetails> commitments) =>
        _commitments.AddRange(commitments.Select((c, i) => new Commitment(version, i, c.Key ?? Guid.NewGuid(), c.Kind, c.Description.Trim(), c.Quantity,
            string.IsNullOrWhiteSpace(c.Unit) ? null : c.Unit.Trim(), string.IsNullOrWhiteSpace(c.Schedule) ? null : c.Schedule.Trim(), c.PartnerId)));
}

/// <summary>A partner party to a covenant.</summary>
public sealed class CovenantParty
{
    private CovenantParty()
    {
    }

    internal CovenantParty(PartnerId partnerId) => PartnerId = partnerId;

    /// <summary>Gets the partner.</summary>
    public PartnerId PartnerId { get; private set; }
}

/// <summary>One version of a covenant: its validity and state (its commitments and signatures carry its number).</summary>
public sealed class CovenantVersion
{
    private CovenantVersion()
    {
    }

    internal CovenantVersion(int number, DateInterval validity)
    {
        Number = number;
        State = CovenantVersionState.Draft;
        SetValidity(validity);
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets the state.</summary>
    public CovenantVersionState State { get; private set; }

    /// <summary>Gets the first day of validity.</summary>
    public LocalDate ValidFrom { get; private set; }

    /// <summary>Gets the last day of validity.</summary>
    public LocalDate ValidTo { get; private set; }

    /// <summary>Gets the validity.</summary>
    public DateInterval Validity => new(ValidFrom, ValidTo);

    internal void SetValidity(DateInterval validity)
    {
        ValidFrom = validity.Start;
        ValidTo = validity.End;
    }

    internal void SetState(CovenantVersionState state) => State = state;
}

/// <summary>A commitment of one version: what, how much, when, and by whom.</summary>
public sealed class Commitment
{
    private Commitment()
    {
    }

    internal Commitment(int version, int position, Guid key, CommitmentKind kind, string description, decimal? quantity, string? unit, string? schedule, PartnerId? partnerId)
    {
        Version = version;
        Position = position;
        Key = key;
        Kind = kind;
        Description = description;
        Quantity = quantity;
        Unit = unit;
        Schedule = schedule;
        PartnerId = partnerId;
    }

    /// <summary>Gets the version it belongs to.</summary>
    public int Version { get; private set; }

    /// <summary>Gets its place in the version's list, from 0 (stores do not keep list order by themselves).</summary>
    public int Position { get; private set; }

    /// <summary>Gets the key, kept when an amendment carries the commitment over (fulfilment is counted by key).</summary>
    public Guid Key { get; private set; }

    /// <summary>Gets the kind.</summary>
    public CommitmentKind Kind { get; private set; }

    /// <summary>Gets the description.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets the quantity promised, where measurable.</summary>
    public decimal? Quantity { get; private set; }

    /// <summary>Gets the unit of the quantity (场次, 元, 人次 …), or null.</summary>
    public string? Unit { get; private set; }

    /// <summary>Gets the schedule (每月一次, 每季度 …), or null.</summary>
    public string? Schedule { get; private set; }

    /// <summary>Gets the partner who commits, or null for the organisation side.</summary>
    public PartnerId? PartnerId { get; private set; }
}

/// <summary>A party's signature on one version.</summary>
public sealed class Signature
{
    private Signature()
    {
    }

    internal Signature(int version, PartnerId? partnerId, string signer, Instant signedAt)
    {
        Version = version;
        PartnerId = partnerId;
        Signer = signer;
        SignedAt = signedAt;
    }

    /// <summary>Gets the version signed.</summary>
    public int Version { get; private set; }

    /// <summary>Gets the partner who signed, or null for the organisation side.</summary>
    public PartnerId? PartnerId { get; private set; }

    /// <summary>Gets who signed for the party.</summary>
    public string Signer { get; private set; } = string.Empty;

    /// <summary>Gets when.</summary>
    public Instant SignedAt { get; private set; }
}

/// <summary>Where a fulfilment comes from.</summary>
public enum FulfilmentSource
{
    /// <summary>A delivered service order.</summary>
    Order = 1,

    /// <summary>An activity of the ledger.</summary>
    Activity = 2,

    /// <summary>Recorded by hand (a transfer of funds, a venue opened).</summary>
    Manual = 3,
}

/// <summary>Something delivered against a commitment.</summary>
public sealed class Fulfilment
{
    private Fulfilment()
    {
    }

    internal Fulfilment(Guid commitmentKey, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId, string? note)
    {
        CommitmentKey = commitmentKey;
        Quantity = quantity;
        Day = day;
        Source = source;
        SourceId = sourceId;
        Note = note;
    }

    /// <summary>Gets the commitment's key.</summary>
    public Guid CommitmentKey { get; private set; }

    /// <summary>Gets how much.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Gets the day.</summary>
    public LocalDate Day { get; private set; }

    /// <summary>Gets where it comes from.</summary>
    public FulfilmentSource Source { get; private set; }

    /// <summary>Gets the order or activity, or null.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; private set; }
}

/// <summary>A commitment to write into a draft.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Description">What (1–100 characters).</param>
/// <param name="Quantity">How much, where measurable (positive), or null.</param>
/// <param name="Unit">The unit of the quantity, or null.</param>
/// <param name="Schedule">When, or null.</param>
/// <param name="PartnerId">The partner who commits, or null for the organisation side.</param>
/// <param name="Key">The key of a commitment carried over by an amendment, or null for a new one.</param>
public sealed record CommitmentDetails(CommitmentKind Kind, string Description, decimal? Quantity = null, string? Unit = null, string? Schedule = null,
    PartnerId? PartnerId = null, Guid? Key = null);
