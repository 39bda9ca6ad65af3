using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A neighbourhood position (近邻阵地) built in a compound: 青年之家, 妇女微家, 四点半学堂 … and who runs it.</summary>
public sealed class Position : AggregateRoot<PositionId>, IAuditedNode
{
    private Position()
        : base(default)
    {
    }

    private Position(PositionId id)
        : base(id)
    {
    }

    /// <summary>Gets the kind's key (see <see cref="CoBuildingPolicy.PositionKinds"/>).</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets the partner running it, or null (run by the branch).</summary>
    public PartnerId? PartnerId { get; private set; }

    /// <summary>Gets the day it opened.</summary>
    public LocalDate Opened { get; private set; }

    /// <summary>Gets the day it closed, or null.</summary>
    public LocalDate? Closed { get; private set; }

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    /// <summary>Returns whether it is open on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether <paramref name="day"/> lies from the opening to before the closing.</returns>
    public bool IsOpenOn(LocalDate day) => Opened <= day && (Closed is not { } closed || day < closed);

    internal static Position Create(PositionId id, string kind, string name, Place compound, PartnerId? partner, LocalDate opened, Instant now)
    {
        var position = new Position(id)
        {
            Kind = kind, Name = name, CompoundId = compound.Id, CompoundPathHigh = compound.Path.SortKeyHigh, CompoundPathLow = compound.Path.SortKeyLow,
            PartnerId = partner, Opened = opened,
        };
        position.Raise(new CoBuildingChanged("position", id.Value, "opened", name, now));
        return position;
    }

    internal void Close(LocalDate day, Instant now)
    {
        Closed = day;
        Raise(new CoBuildingChanged("position", Id.Value, "closed", Name, now));
    }
}

/// <summary>A team sent down to compounds (下沉队伍): 青年文明号, 巾帼文明岗, 工人先锋号 …, for a period.</summary>
public sealed class DeployedTeam : AggregateRoot<DeployedTeamId>, IAuditedNode
{
    private readonly List<ServedCompound> _compounds = [];

    private DeployedTeam()
        : base(default)
    {
    }

    private DeployedTeam(DeployedTeamId id)
        : base(id)
    {
    }

    /// <summary>Gets the kind's key (see <see cref="CoBuildingPolicy.TeamKinds"/>).</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the partner the team comes from, or null.</summary>
    public PartnerId? PartnerId { get; private set; }

    /// <summary>Gets the compounds served.</summary>
    public IReadOnlyList<ServedCompound> Compounds => _compounds;

    /// <summary>Gets the community (or street) it is deployed through.</summary>
    public PlaceId HomePlaceId { get; private set; }

    /// <summary>Gets the high half of that place's position.</summary>
    public long HomePathHigh { get; private set; }

    /// <summary>Gets the low half of that place's position.</summary>
    public long HomePathLow { get; private set; }

    /// <summary>Gets the first day.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Gets the last day, or null while open-ended.</summary>
    public LocalDate? To { get; private set; }

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => HomePlaceId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(HomePathHigh, HomePathLow);

    /// <summary>Returns whether the team serves on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the day lies in its period.</returns>
    public bool ServesOn(LocalDate day) => From <= day && (To is not { } to || day <= to);

    internal static DeployedTeam Create(DeployedTeamId id, string kind, string name, PartnerId? partner, Place home, IEnumerable<PlaceId> compounds,
        LocalDate from, LocalDate? to, Instant now)
    {
        var team = new DeployedTeam(id)
        {
            Kind = kind, Name = name, PartnerId = partner, HomePlaceId = home.Id, HomePathHigh = home.Path.SortKeyHigh, HomePathLow = home.Path.SortKeyLow,
            From = from, To = to,
        };
        team._compounds.AddRange(compounds.Distinct().Select(c => new ServedCompound(c)));
        team.Raise(new CoBuildingChanged("team", id.Value, "deployed", name, now));
        return team;
    }

    internal void End(LocalDate day, Instant now)
    {
        To = day;
        Raise(new CoBuildingChanged("team", Id.Value, "ended", Name, now));
    }
}

/// <summary>A deputy's motion, proposal or suggestion (议案 / 提案 / 建议) arising from a compound matter, and its answer.</summary>
public sealed class DeputyMotion : AggregateRoot<MotionId>, IAuditedNode
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

    /// <summary>Gets the compound the matter arises from.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

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

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    internal static DeputyMotion Create(MotionId id, Partner deputy, MotionKind kind, string title, Place compound, string filedWith, LocalDate filedOn, Instant now)
    {
        var motion = new DeputyMotion(id)
        {
            DeputyId = deputy.Id, Kind = kind, Title = title, CompoundId = compound.Id, CompoundPathHigh = compound.Path.SortKeyHigh,
            CompoundPathLow = compound.Path.SortKeyLow, FiledWith = filedWith, FiledOn = filedOn, Status = MotionStatus.Filed,
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
