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

    /// <summary>Records a team (下沉队伍) deployed to compounds through a district, street or community, for a period.</summary>
    /// <param name="id">The new team's id.</param>
    /// <param name="kind">The kind's key (see <see cref="CoBuildingPolicy.TeamKinds"/>).</param>
    /// <param name="name">The name (1–100 characters).</param>
    /// <param name="partner">The partner it comes from, or null.</param>
    /// <param name="home">The district, street or community it is deployed through.</param>
    /// <param name="compounds">The compounds served (1–200, inside the home place).</param>
    /// <param name="from">The first day (not after today).</param>
    /// <param name="to">The last day, or null while open-ended.</param>
    /// <param name="policy">The catalogue of kinds.</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The team.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">An unknown kind, a wrong home place or compounds outside it (<c>NP-COB-011</c>), or dates out of order (<c>NP-COB-006</c>).</exception>
    public static DeployedTeam Deploy(DeployedTeamId id, string kind, string name, PartnerId? partner, Place home, IReadOnlyCollection<Place> compounds,
        LocalDate from, LocalDate? to, CoBuildingPolicy policy, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(compounds);
        ArgumentNullException.ThrowIfNull(policy);
        var title = TextRules.RequireName(name, "name");
        CoBuildingRules.CheckKind(policy.TeamKinds, kind, "kind");
        if (home.Kind is not (PlaceKind.Street or PlaceKind.Community or PlaceKind.District))
        {
            var (en, zh) = CoBuildingRules.Homes(schema);
            throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, $"A team is deployed through a {en}.", $"下沉队伍须经{zh}派驻。", "homePlaceId");
        }

        if (FieldRules.Count(compounds.Count, 1, 200, "compounds") is { } count)
        {
            throw new RuleViolationException(count);
        }

        foreach (var compound in compounds)
        {
            CoBuildingRules.CheckCompound(compound, "compounds", schema);
            if (!compound.Path.IsWithin(home.Path))
            {
                throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, $"{compound.Name} lies outside {home.Name}.", $"{compound.Name} 不在 {home.Name} 范围内。", "compounds");
            }
        }

        if (from > today || (to is { } last && last < from))
        {
            throw CovenantRules.Date("A team is recorded once deployed, and its period ends after it starts.", "队伍派驻后方可登记，且结束日期须晚于开始日期。", "from");
        }

        var team = new DeployedTeam(id) { Kind = kind, Name = title, PartnerId = partner, Home = home.Position, From = from, To = to };
        team._compounds.AddRange(compounds.Select(c => c.Id).Distinct().Select(c => new ServedCompound(c)));
        team.Raise(new CoBuildingChanged("team", id.Value, "deployed", title, now));
        return team;
    }

    /// <summary>Records that the deployment ended.</summary>
    /// <param name="day">The last day (from its first day, not after today).</param>
    /// <param name="today">Today.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already ended (<c>NP-COB-011</c>) or a wrong day (<c>NP-COB-006</c>).</exception>
    public void End(LocalDate day, LocalDate today, Instant now)
    {
        if (To is { } to && to < today)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.PositionOrTeam, "The deployment has already ended.", "该队伍的派驻已结束。", "id", RuleViolationKind.Conflict);
        }

        if (day < From || day > today)
        {
            throw CovenantRules.Date("A deployment ends from its first day, and not after today.", "结束日期须不早于开始日期且不晚于今天。", "day");
        }

        To = day;
        Raise(new CoBuildingChanged("team", Id.Value, "ended", Name, now));
    }

}
