using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A team sent down to compounds (下沉队伍): 青年文明号, 巾帼文明岗, 工人先锋号 …, for a period.</summary>
public sealed class DeployedTeam : AggregateRoot<DeployedTeamId>, IAuditedNode, ISnapshotable<DeployedTeam, DeployedTeamSnapshot>, IPlaced<DeployedTeam>
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

    /// <summary>Gets the community (or street) it is deployed through, in the tree of places.</summary>
    public TreePosition Home { get; private set; }

    /// <summary>Gets the community (or street) it is deployed through.</summary>
    public PlaceId HomePlaceId => new(Home.NodeId);

    /// <summary>Gets the first day.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Gets the last day, or null while open-ended.</summary>
    public LocalDate? To { get; private set; }

    /// <summary>Gets the position a store queries (the home place).</summary>
    public static IReadOnlyList<Expression<Func<DeployedTeam, TreePosition>>> Positions { get; } = [t => t.Home];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Home;

    /// <inheritdoc />
    public DeployedTeamSnapshot ToSnapshot() => new(Id, Kind, Name, PartnerId, Home, From, To, [.. _compounds]);

    /// <inheritdoc />
    public static DeployedTeam FromSnapshot(DeployedTeamSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var team = new DeployedTeam(snapshot.Id)
        {
            Kind = snapshot.Kind, Name = snapshot.Name, PartnerId = snapshot.PartnerId, Home = snapshot.Home, From = snapshot.From, To = snapshot.To,
        };
        team._compounds.AddRange(snapshot.Compounds);
        team.RestoreVersion(version);
        return team;
    }

    /// <summary>Returns whether the team serves on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the day lies in its period.</returns>
    public bool ServesOn(LocalDate day) => From <= day && (To is not { } to || day <= to);

    internal static DeployedTeam Create(DeployedTeamId id, string kind, string name, PartnerId? partner, Place home, IEnumerable<PlaceId> compounds,
        LocalDate from, LocalDate? to, Instant now)
    {
        var team = new DeployedTeam(id)
        {
            Kind = kind, Name = name, PartnerId = partner, Home = home.Position,
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
