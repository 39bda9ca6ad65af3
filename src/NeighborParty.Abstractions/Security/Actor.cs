namespace NeighborParty.Security;

/// <summary>
/// Who acts, and from where: the acting person or body and the node of their scope.
/// </summary>
/// <remarks>
/// For staff, secretaries and stewards <see cref="ScopeId"/> is the organisation-unit node they act from, and they
/// may act in its subtree only; for a co-building party it is the party's id, for a resident the resident's id.
/// Instances are immutable and thread-safe.
/// </remarks>
/// <param name="Id">A stable identifier of the acting account, as the host knows it (never personal data).</param>
/// <param name="Kind">The kind of actor.</param>
/// <param name="ScopeId">The node, party or resident the actor is bound to.</param>
public sealed record Actor(string Id, ActorKind Kind, Guid ScopeId)
{
    /// <summary>Gets the system actor, used for seeding and jobs; it is bound to no node.</summary>
    public static Actor System { get; } = new("system", ActorKind.System, Guid.Empty);

    /// <summary>Gets a value indicating whether this actor acts from a node of the organisation tree.</summary>
    public bool IsBoundToNode => Kind is ActorKind.DistrictAdmin or ActorKind.StreetStaff or ActorKind.CommunityStaff
        or ActorKind.CompoundSecretary or ActorKind.Steward;
}
