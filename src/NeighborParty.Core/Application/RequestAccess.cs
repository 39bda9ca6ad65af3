using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>
/// Who may see and act on requests, wishes and deliberations. A record the actor may not see answers exactly like an
/// unknown one — the same code and the same text as the service's own "not found" (finding 7 of the hostile review:
/// the two texts differed, so an id's existence leaked).
/// </summary>
internal static class RequestAccess
{
    public static RuleViolationException RequestNotFound(RequestId id) =>
        new(new RuleViolation(RequestDesk.NotFound, $"No request {id}.", $"没有编号为 {id} 的诉求。", kind: RuleViolationKind.NotFound, target: "id"));

    public static RuleViolationException WishNotFound(MicroWishId id) =>
        new(new RuleViolation(RequestDesk.NotFound, $"No micro-wish {id}.", $"没有编号为 {id} 的微心愿。", kind: RuleViolationKind.NotFound, target: "id"));

    public static RuleViolationException DeliberationNotFound(DeliberationId id) =>
        new(new RuleViolation(DeliberationService.NotFound, $"No deliberation {id}.", $"没有编号为 {id} 的议事。", kind: RuleViolationKind.NotFound, target: "id"));

    /// <summary>A reference (resident, compound, place) the actor cannot use: the answer for an unknown one.</summary>
    public static RuleViolationException UnknownReference(string what, Guid id, string target) =>
        new(new RuleViolation(RequestDesk.WrongReference, $"No {what} {id}.", $"没有编号为 {id} 的记录。", kind: RuleViolationKind.NotFound, target: target));

    public static RuleViolationException Forbidden(ActorScope scope, AccessAction action) => new(AccessPolicy.Forbidden(scope.Actor.Kind, action));

    public static bool IsOwner(ActorScope scope, ResidentRequest request) => scope.Actor.Kind == ActorKind.Resident && request.ResidentId?.Value == scope.Actor.ScopeId;

    /// <summary>Loads a request the actor may see: staff and stewards in their subtree; a resident their own or a public one.</summary>
    public static async Task<(ResidentRequest Request, ActorScope Scope)> ReadRequestAsync(AccessGuard guard, IReadRepository<ResidentRequest> requests, RequestId id,
        CancellationToken cancellationToken)
    {
        var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident], cancellationToken);
        var request = await requests.GetByIdAsync(id, cancellationToken);
        var visible = request is not null && (scope.Actor.Kind == ActorKind.Resident
            ? IsOwner(scope, request) || request.IsPublic
            : await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(request.CompoundPath), cancellationToken));
        return visible ? (request!, scope) : throw RequestNotFound(id);
    }

    /// <summary>403 unless the actor's kind handles requests, then 403 unless the compound lies in the actor's scope.</summary>
    public static async Task EnsureHandlerAsync(AccessGuard guard, ActorScope scope, HierarchyPath compound, CancellationToken cancellationToken)
    {
        if (guard.Policy.GetReach(scope.Actor.Kind, AccessAction.HandleRequests) is null && scope.Actor.Kind != ActorKind.System)
        {
            throw Forbidden(scope, AccessAction.HandleRequests);
        }

        await EnsureAllowedAsync(guard, AccessAction.HandleRequests, compound, cancellationToken);
    }

    public static async Task EnsureAllowedAsync(AccessGuard guard, AccessAction action, HierarchyPath compound, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(action, AccessTarget.Place(compound), cancellationToken))
        {
            throw Forbidden(await guard.GetScopeAsync(cancellationToken), action);
        }
    }

    /// <summary>The place a resident asks about: one holding their home compound, else the answer for an unknown place.</summary>
    public static async Task<HierarchyPath> ResidentPlaceAsync(ActorScope scope, IReadRepository<Resident> residents, IReadRepository<Place> places, PlaceId id,
        CancellationToken cancellationToken)
    {
        var self = await residents.GetByIdAsync(new ResidentId(scope.Actor.ScopeId), cancellationToken);
        var place = await places.GetByIdAsync(id, cancellationToken);
        var home = self is null ? null : await places.GetByIdAsync(self.CompoundId, cancellationToken);
        return place is not null && home is not null && home.Path.IsWithin(place.Path) ? place.Path : throw UnknownReference("place", id.Value, "place");
    }
}
