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

    /// <summary>Files a deputy's motion, proposal or suggestion arising from a compound matter.</summary>
    /// <param name="id">The new motion's id.</param>
    /// <param name="deputy">The deputy (a Party congress or People's congress deputy, or a CPPCC member).</param>
    /// <param name="kind">What is filed.</param>
    /// <param name="title">The title (1–100 characters).</param>
    /// <param name="compound">The compound the matter arises from.</param>
    /// <param name="filedWith">The body it is filed with (区人大, 区政协 …).</param>
    /// <param name="filedOn">The day filed (not after today).</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The motion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Not a deputy (<c>NP-COB-012</c>), not a compound, or a future day (<c>NP-COB-006</c>).</exception>
    public static DeputyMotion File(MotionId id, Partner deputy, MotionKind kind, string title, Place compound, string filedWith, LocalDate filedOn, LocalDate today,
        Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        ArgumentNullException.ThrowIfNull(compound);
        var name = TextRules.RequireName(title, "title");
        var body = TextRules.RequireName(filedWith, "filedWith");
        if (FieldRules.Defined<MotionKind>(kind, "kind") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        if (!deputy.IsDeputy)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Motion, "Only a deputy or CPPCC member files motions and proposals.", "只有代表、委员可以提出议案、提案。", "deputyId");
        }

        CoBuildingRules.CheckCompound(compound, "compoundId", schema);
        if (filedOn > today)
        {
            throw CovenantRules.Date("A motion is recorded once filed.", "提交后方可登记。", "filedOn");
        }

        var motion = new DeputyMotion(id)
        {
            DeputyId = deputy.Id, Kind = kind, Title = name, Compound = compound.Position, FiledWith = body, FiledOn = filedOn, Status = MotionStatus.Filed,
        };
        motion.Raise(new CoBuildingChanged("motion", id.Value, "filed", name, now));
        return motion;
    }

    /// <summary>Moves the motion on: accepted (立案) or rejected from filed; answered from accepted; closed from answered or rejected.</summary>
    /// <param name="status">The new status.</param>
    /// <param name="day">The day (from the filing day, not after today).</param>
    /// <param name="text">The answer, the reason for rejecting, or the deputy's view at closing (1–100 characters), or null.</param>
    /// <param name="handledBy">The handling department, or null.</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A step out of order or a missing answer (<c>NP-COB-012</c>), or a wrong day (<c>NP-COB-006</c>).</exception>
    public void Move(MotionStatus status, LocalDate day, string? text, string? handledBy, LocalDate today, Instant now)
    {
        var allowed = (Status, status) switch
        {
            (MotionStatus.Filed, MotionStatus.Accepted or MotionStatus.Rejected) => true,
            (MotionStatus.Accepted, MotionStatus.Answered) => true,
            (MotionStatus.Answered or MotionStatus.Rejected, MotionStatus.Closed) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Motion, $"A motion that is {Status} cannot become {status}.", $"议案当前状态为“{Common.ChineseLabels.Of(Status)}”，不能改为“{Common.ChineseLabels.Of(status)}”。",
                "status", RuleViolationKind.Conflict);
        }

        var answer = TextRules.OptionalName(text, "text");
        if (status is MotionStatus.Answered or MotionStatus.Rejected && answer is null)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Motion, "Give the answer, or the reason it was not accepted.", "请填写答复或不予立案的理由。", "text");
        }

        if (day < FiledOn || day > today)
        {
            throw CovenantRules.Date("The day lies from the filing day to today.", "日期须在提交日期与今天之间。", "day");
        }

        var department = TextRules.OptionalName(handledBy, "handledBy");
        Status = status;
        StatusOn = day;
        Answer = answer ?? Answer;
        HandledBy = department ?? HandledBy;
        Raise(new CoBuildingChanged("motion", Id.Value, status.ToString().ToLowerInvariant(), Title, now));
    }

}
