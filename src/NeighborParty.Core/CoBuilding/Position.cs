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

    internal static Position Create(PositionId id, string kind, string name, Place compound, PartnerId? partner, LocalDate opened, Instant now)
    {
        var position = new Position(id)
        {
            Kind = kind, Name = name, Compound = compound.Position,
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
