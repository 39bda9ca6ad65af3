using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A deputy's motion, proposal or suggestion (议案 / 提案 / 建议) arising from a compound matter, and its answer.</summary>
public sealed class DeputyMotion : AggregateRoot<MotionId>, IAuditedNode, ISnapshotable<DeputyMotion, DeputyMotionSnapshot>, IPlaced<DeputyMotion>
{
    private DeputyMotion()
        : base(default)
    {
    }

    private DeputyMotion(MotionId id)
        : base(id)
    {
    }

    /// <summary>Gets the deputy.</summary>
    public PartnerId DeputyId { get; private set; }

    /// <summary>Gets what was filed.</summary>
    public MotionKind Kind { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the compound the matter arises from, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound the matter arises from.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the body it was filed with (区人大, 区政协 …).</summary>
    public string FiledWith { get; private set; } = string.Empty;

    /// <summary>Gets the day it was filed.</summary>
    public LocalDate FiledOn { get; private set; }

    /// <summary>Gets the status.</summary>
    public MotionStatus Status { get; private set; }

    /// <summary>Gets the answer, the reason it was not accepted, or the deputy's view at closing (the latest), or null.</summary>
    public string? Answer { get; private set; }

    /// <summary>Gets the handling department, or null.</summary>
    public string? HandledBy { get; private set; }

    /// <summary>Gets the day of the latest status, or null.</summary>
    public LocalDate? StatusOn { get; private set; }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<DeputyMotion, TreePosition>>> Positions { get; } = [m => m.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public DeputyMotionSnapshot ToSnapshot() => new(Id, DeputyId, Kind, Title, Compound, FiledWith, FiledOn, Status, Answer, HandledBy, StatusOn);

    /// <inheritdoc />
    public static DeputyMotion FromSnapshot(DeputyMotionSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var motion = new DeputyMotion(snapshot.Id)
        {
            DeputyId = snapshot.DeputyId, Kind = snapshot.Kind, Title = snapshot.Title, Compound = snapshot.Compound, FiledWith = snapshot.FiledWith,
            FiledOn = snapshot.FiledOn, Status = snapshot.Status, Answer = snapshot.Answer, HandledBy = snapshot.HandledBy, StatusOn = snapshot.StatusOn,
        };
        motion.RestoreVersion(version);
        return motion;
    }

    internal static DeputyMotion Create(MotionId id, Partner deputy, MotionKind kind, string title, Place compound, string filedWith, LocalDate filedOn, Instant now)
    {
        var motion = new DeputyMotion(id)
        {
            DeputyId = deputy.Id, Kind = kind, Title = title, Compound = compound.Position, FiledWith = filedWith, FiledOn = filedOn, Status = MotionStatus.Filed,
        };
        motion.Raise(new CoBuildingChanged("motion", id.Value, "filed", title, now));
        return motion;
    }

    internal void Move(MotionStatus status, LocalDate day, string? text, string? handledBy, Instant now)
    {
        Status = status;
        StatusOn = day;
        Answer = text ?? Answer;
        HandledBy = handledBy ?? HandledBy;
        Raise(new CoBuildingChanged("motion", Id.Value, status.ToString().ToLowerInvariant(), Title, now));
    }
}
