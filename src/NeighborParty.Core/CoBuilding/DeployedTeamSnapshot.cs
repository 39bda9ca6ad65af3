using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The stored state of a <see cref="DeployedTeam"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">The kind's key.</param>
/// <param name="Name">The name.</param>
/// <param name="PartnerId">The partner the team comes from, or null.</param>
/// <param name="Home">The community or street it is deployed through.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, or null.</param>
/// <param name="Compounds">The compounds served.</param>
public sealed record DeployedTeamSnapshot(DeployedTeamId Id, string Kind, string Name, PartnerId? PartnerId, TreePosition Home, LocalDate From, LocalDate? To,
    IReadOnlyList<ServedCompound> Compounds);
