using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// A co-building covenant (共建盟约) between a branch or community and one or more partners: versions of commitments
/// and validity, each signed once by every party. A signed version never changes; an amendment is a new version that
/// is signed again; a renewal is a successor covenant. Changed only through <see cref="CoBuildingService"/>.
/// </summary>
public sealed class Covenant : AggregateRoot<CovenantId>, IAuditedNode, ISnapshotable<Covenant, CovenantSnapshot>, IPlaced<Covenant>, IFollowsMoves
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

    /// <summary>Gets the branch or community (the organisation side), in the organisation tree.</summary>
    public TreePosition Unit { get; private set; }

    /// <summary>Gets the branch or community (the organisation side).</summary>
    public OrganizationUnitId UnitId => new(Unit.NodeId);

    /// <summary>Gets the unit's position.</summary>
    public HierarchyPath UnitPath => Unit.Path;

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

    /// <summary>Gets the position a store queries (the organisation side).</summary>
    public static IReadOnlyList<Expression<Func<Covenant, TreePosition>>> Positions { get; } = [c => c.Unit];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Unit;

    /// <inheritdoc />
    public CovenantSnapshot ToSnapshot() => new(Id, Title, Unit, [.. _partners], [.. _versions], [.. _commitments], [.. _signatures], [.. _fulfilments],
        TerminatedOn, TerminationReason, PredecessorId, SuccessorId);

    /// <inheritdoc />
    public static Covenant FromSnapshot(CovenantSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var covenant = new Covenant(snapshot.Id)
        {
            Title = snapshot.Title,
            Unit = snapshot.Unit,
            TerminatedOn = snapshot.TerminatedOn,
            TerminationReason = snapshot.TerminationReason,
            PredecessorId = snapshot.PredecessorId,
            SuccessorId = snapshot.SuccessorId,
        };
        covenant._partners.AddRange(snapshot.Partners);
        covenant._versions.AddRange(snapshot.Versions);
        covenant._commitments.AddRange(snapshot.Commitments);
        covenant._signatures.AddRange(snapshot.Signatures);
        covenant._fulfilments.AddRange(snapshot.Fulfilments);
        covenant.RestoreVersion(version);
        return covenant;
    }

    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var before = Unit;
        Unit = before.Follow(tree, from, to);
        return Unit != before;
    }

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
        var covenant = new Covenant(id) { Title = title, Unit = unit.Position, PredecessorId = predecessor };
        covenant._partners.AddRange(partners.Select(p => new CovenantParty(p)));
        covenant._versions.Add(new CovenantVersion(1, CovenantVersionState.Draft, validity.Start, validity.End));
        covenant.AddCommitments(1, commitments);
        covenant.Raise(new CovenantChanged(id, "drafted", 1, now));
        return covenant;
    }

    internal void EditDraft(DateInterval validity, IEnumerable<CommitmentDetails> commitments, Instant now)
    {
        var version = ReplaceLatest(Latest.WithValidity(validity));
        _commitments.RemoveAll(c => c.Version == version.Number);
        AddCommitments(version.Number, commitments);
        Raise(new CovenantChanged(Id, "draft-edited", version.Number, now));
    }

    internal void Submit(Instant now)
    {
        ReplaceLatest(Latest.WithState(CovenantVersionState.AwaitingSignatures));
        Raise(new CovenantChanged(Id, "submitted", Latest.Number, now));
    }

    internal void Sign(PartnerId? party, string signer, Instant now)
    {
        var version = Latest;
        _signatures.Add(new Signature(version.Number, party, signer, now));
        Raise(new CovenantChanged(Id, party is null ? "signed-by-organisation" : "signed-by-partner", version.Number, now));
        if (MissingSignatures().Count == 0)
        {
            ReplaceLatest(version.WithState(CovenantVersionState.FullySigned));
            Raise(new CovenantChanged(Id, "signed-by-all", version.Number, now));
        }
    }

    internal void Amend(DateInterval validity, IEnumerable<CommitmentDetails> commitments, Instant now)
    {
        var number = Latest.Number + 1;
        _versions.Add(new CovenantVersion(number, CovenantVersionState.Draft, validity.Start, validity.End));
        AddCommitments(number, commitments);
        Raise(new CovenantChanged(Id, "amendment-drafted", number, now));
    }

    internal void Withdraw(Instant now)
    {
        ReplaceLatest(Latest.WithState(CovenantVersionState.Withdrawn));
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

    private CovenantVersion ReplaceLatest(CovenantVersion replacement)
    {
        _versions[_versions.FindIndex(v => v.Number == replacement.Number)] = replacement;
        return replacement;
    }

    private void AddCommitments(int version, IEnumerable<CommitmentDetails> commitments) =>
        _commitments.AddRange(commitments.Select((c, i) => new Commitment(version, i, c.Key ?? Guid.NewGuid(), c.Kind, c.Description.Trim(), c.Quantity,
            string.IsNullOrWhiteSpace(c.Unit) ? null : c.Unit.Trim(), string.IsNullOrWhiteSpace(c.Schedule) ? null : c.Schedule.Trim(), c.PartnerId)));
}
