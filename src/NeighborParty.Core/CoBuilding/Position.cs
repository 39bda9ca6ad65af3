using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A neighbourhood position (近邻阵地) built in a compound: 青年之家, 妇女微家, 四点半学堂 … and who runs it.</summary>
public sealed class Position : AggregateRoot<PositionId>, IAuditedNode, ISnapshotable<Position, PositionSnapshot>, IPlaced<Position>
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

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the partner running it, or null (run by the branch).</summary>
    public PartnerId? PartnerId { get; private set; }

    /// <summary>Gets the day it opened.</summary>
    public LocalDate Opened { get; private set; }

    /// <summary>Gets the day it closed, or null.</summary>
    public LocalDate? Closed { get; private set; }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<Position, TreePosition>>> Positions { get; } = [p => p.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public PositionSnapshot ToSnapshot() => new(Id, Kind, Name, Compound, PartnerId, Opened, Closed);

    /// <inheritdoc />
    public static Position FromSnapshot(PositionSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var position = new Position(snapshot.Id)
        {
            Kind = snapshot.Kind, Name = snapshot.Name, Compound = snapshot.Compound, PartnerId = snapshot.PartnerId, Opened = snapshot.Opened, Closed = snapshot.Closed,
        };
        position.RestoreVersion(version);
        return position;
    }

    /// <summary>Returns whether it is open on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether <paramref name="day"/> lies from the opening to before the closing.</returns>
    public bool IsOpenOn(LocalDate day) => Opened <= day && (Closed is not { } closed || day < closed);

    /// <summary>Records a position (近邻阵地) opened in a compound.</summary>
    /// <param name="id">The new position's id.</param>
    /// <param name="kind">The kind's key (see <see cref="CoBuildingPolicy.PositionKinds"/>).</param>
    /// <param name="name">The name (1–100 characters).</param>
    /// <param name="compound">The compound.</param>
    /// <param name="partner">The partner running it, or null (run by the branch).</param>
    /// <param name="opened">The day it opened (not after today).</param>
    /// <param name="policy">The catalogue of kinds.</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">An unknown kind or not a compound (<c>NP-COB-011</c>), or a future day (<c>NP-COB-006</c>).</exception>
    public static Position Open(PositionId id, string kind, string name, Place compound, PartnerId? partner, LocalDate opened, CoBuildingPolicy policy, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(policy);
        var title = TextRules.RequireName(name, "name");
        CoBuildingRules.CheckKind(policy.PositionKinds, kind, "kind");
        CoBuildingRules.CheckCompound(compound, "compoundId", schema);
        if (opened > today)
        {
            throw CovenantRules.Date("A position is recorded once it has opened.", "阵地建成后方可登记。", "opened");
        }

        var position = new Position(id) { Kind = kind, Name = title, Compound = compound.Position, PartnerId = partner, Opened = opened };
        position.Raise(new CoBuildingChanged("position", id.Value, "opened", title, now));
        return position;
    }

    /// <summary>Records that the position closed.</summary>
    /// <param name="day">The day (after it opened, not after today).</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already closed (<c>NP-COB-011</c>) or a wrong day (<c>NP-COB-006</c>).</exception>
    public void Close(LocalDate day, LocalDate today, Instant now)
    {
        if (Closed is not null)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, "The position is already closed.", "该阵地已关闭。", "id", RuleViolationKind.Conflict);
        }

        if (day <= Opened || day > today)
        {
            throw CovenantRules.Date("A position closes after it opened, and not after today.", "关闭日期须晚于建成日期且不晚于今天。", "day");
        }

        Closed = day;
        Raise(new CoBuildingChanged("position", Id.Value, "closed", Name, now));
    }

}
