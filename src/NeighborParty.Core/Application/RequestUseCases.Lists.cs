using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <content>Lists of requests: a page by offset or by key, and the search an actor may run.</content>
public sealed partial class RequestUseCases
{
    /// <summary>Requests of a place's compounds, newest first; a resident: their own and the public ones (optionally of a place around their home).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place (required for staff).</param>
    /// <param name="filter">Categories, status, overdue (its scope and visibility are set here).</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests, each with whether it is shown in full.</returns>
    public async Task<List<Revealed<ResidentRequest>>> ListAsync(Actor actor, PlaceId? place, RequestSearch filter, int skip = 0, int take = 100,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var (search, scope) = await SearchAsync(actor, place, filter, cancellationToken);
        var list = await _requests.ListAsync(new RequestSearchSpec(search, skip, take), cancellationToken);
        return list.ConvertAll(r => new Revealed<ResidentRequest>(r, scope.Actor.Kind != ActorKind.Resident || RequestAccess.IsOwner(scope, r)));
    }

    /// <summary>
    /// Requests of a place's compounds a page at a time, newest first (keyset paging): the first, a middle and the last
    /// page cost the same however many requests the place has; a resident: their own and the public ones.
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place (required for staff).</param>
    /// <param name="filter">Categories, status, overdue (its scope and visibility are set here).</param>
    /// <param name="after">The <see cref="Common.Page{T}.Next"/> token of the page before, or null for the first page.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, each request with whether it is shown in full.</returns>
    /// <exception cref="Common.RuleViolationException">Outside the actor's reach, a page size out of range, or a malformed token (<c>NP-GEN-009</c>).</exception>
    public async Task<Common.Page<Revealed<ResidentRequest>>> PageAsync(Actor actor, PlaceId? place, RequestSearch filter, string? after = null, int take = 50,
        CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(0, take);
        var order = RequestPages.Order(after);
        var (search, scope) = await SearchAsync(actor, place, filter, cancellationToken);
        var (items, more) = await Common.KeysetPages.ReadAsync(_queries, order, RequestPages.Matching(search), take, cancellationToken);
        return new(items.ConvertAll(r => new Revealed<ResidentRequest>(r, scope.Actor.Kind != ActorKind.Resident || RequestAccess.IsOwner(scope, r))),
            more ? RequestPages.Token(items[^1]) : null);
    }

    /// <summary>The search an actor may run: staff inside a place of their reach, a resident over their own and the public requests.</summary>
    private async Task<(RequestSearch Search, ActorScope Scope)> SearchAsync(Actor actor, PlaceId? place, RequestSearch filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var guard = _context.Guard(actor);
        var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident], cancellationToken);
        if (scope.Actor.Kind == ActorKind.Resident)
        {
            return (filter with
            {
                Scope = place is { } p ? await RequestAccess.ResidentPlaceAsync(scope, _residents, _places, p, cancellationToken) : null,
                VisibleTo = new ResidentId(scope.Actor.ScopeId),
            }, scope);
        }

        var staffPlace = place ?? throw new Common.RuleViolationException(new Common.RuleViolation("NP-GEN-001", "Give the place whose requests to list.", "须指定地点。", target: "place"));
        return (filter with { Scope = await guard.EnsurePlacePathAsync(AccessAction.ReadRequests, staffPlace, cancellationToken), VisibleTo = null }, scope);
    }
}
