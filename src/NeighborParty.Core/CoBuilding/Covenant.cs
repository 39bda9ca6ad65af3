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
/// is signed again; a renewal is a successor covenant. Each step checks the covenant's own rules before it changes anything.
/// </summary>
public sealed partial class Covenant : AggregateRoot<CovenantId>, IAuditedNode, ISnapshotable<Covenant, CovenantSnapshot>, IPlaced<Covenant>, IFollowsMoves
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

    /// <summary>Gets the last day in force of a terminated covenant (CV-1: it is terminated from the next day), or null.</summary>
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

    /// <summary>Returns where the covenant stands on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>
    /// The status: in force only when every party signed and the day lies inside the validity, both ends included;
    /// terminated from the day after the termination date, which is the covenant's last day in force (CV-1).
    /// </returns>
    public CovenantStatus StatusOn(LocalDate day)
    {
        if (TerminatedOn is { } lastDay && lastDay < day)
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
        return [.. _partners.Select(p => (PartnerId?)p.PartnerId).Prepend(null).Where(p => !signed.Contains(p))];
    }

    /// <summary>Returns what was delivered against a commitment.</summary>
    /// <param name="key">The commitment's key (stable across versions).</param>
    /// <returns>The total quantity.</returns>
    public decimal FulfilledQuantity(Guid key) => _fulfilments.Where(f => f.CommitmentKey == key).Sum(f => f.Quantity);

    /// <summary>Tells whether a delivery on <paramref name="day"/> counts against <paramref name="key"/>: in force that day, and a commitment of the version in effect.</summary>
    /// <param name="key">The commitment's key.</param>
    /// <param name="day">The day.</param>
    /// <returns>Whether it counts.</returns>
    public bool Counts(Guid key, LocalDate day) =>
        StatusOn(day) == CovenantStatus.InForce && CommitmentsOf(Effective!.Number).Any(c => c.Key == key);

    private CovenantVersion ReplaceLatest(CovenantVersion replacement)
    {
        _versions[_versions.FindIndex(v => v.Number == replacement.Number)] = replacement;
        return replacement;
    }

    private void AddCommitments(int version, IReadOnlyList<CommitmentDetails> commitments) =>
        _commitments.AddRange(commitments.Select((c, i) => new Commitment(version, i, c.Key ?? Guid.NewGuid(), c.Kind, c.Description.Trim(), c.Quantity,
            string.IsNullOrWhiteSpace(c.Unit) ? null : c.Unit.Trim(), string.IsNullOrWhiteSpace(c.Schedule) ? null : c.Schedule.Trim(), c.PartnerId)));
}
