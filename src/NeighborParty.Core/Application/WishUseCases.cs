using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>
/// Micro-wishes (微心愿), for an acting <see cref="Actor"/>: a resident posts and confirms their own; staff and stewards
/// of the compound handle them; a co-building party browses the wall (without who posted), claims for itself and
/// fulfils what it claimed.
/// </summary>
public sealed class WishUseCases
{
    private readonly UseCaseContext _context;
    private readonly RequestDesk _desk;
    private readonly IReadRepository<MicroWish> _wishes;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<Place> _places;

    /// <summary>Initializes a new instance of the <see cref="WishUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="desk">The wishes' operations.</param>
    /// <param name="wishes">The wishes.</param>
    /// <param name="residents">The residents.</param>
    /// <param name="places">The places.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public WishUseCases(UseCaseContext context, RequestDesk desk, IReadRepository<MicroWish> wishes, IReadRepository<Resident> residents, IReadRepository<Place> places)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _desk = desk ?? throw new ArgumentNullException(nameof(desk));
        _wishes = wishes ?? throw new ArgumentNullException(nameof(wishes));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <summary>The wishes of a place (unclaimed or overdue only); a resident: their own; a party: the unclaimed ones of a place.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place (required for staff and parties).</param>
    /// <param name="unclaimedOnly">Only unclaimed wishes.</param>
    /// <param name="overdueOnly">Only overdue wishes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wishes, with whether they are shown in full (who posted them).</returns>
    public async Task<Revealed<List<MicroWish>>> ListAsync(Actor actor, PlaceId? place, bool unclaimedOnly, bool overdueOnly, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var today = _context.Today;
        var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident, AccessAction.ActAsParty], cancellationToken);
        if (scope.Actor.Kind == ActorKind.Resident)
        {
            if (place is { } around)
            {
                await RequestAccess.ResidentPlaceAsync(scope, _residents, _places, around, cancellationToken);
            }

            return new(await _wishes.ListAsync(new WishesOfResidentSpec(new ResidentId(scope.Actor.ScopeId)), cancellationToken), true);
        }

        var p = place ?? throw new RuleViolationException(new RuleViolation("NP-GEN-001", "Give the place whose wishes to list.", "须指定地点。", target: "place"));

        // A co-building party browses the wall of a place to find wishes to claim: it sees them without who posted them.
        var partySide = scope.Actor.Kind == ActorKind.CoBuildingParty;
        var path = partySide
            ? (await _places.GetByIdAsync(p, cancellationToken) ?? throw RequestAccess.UnknownReference("place", p.Value, "place")).Path
            : await guard.EnsurePlacePathAsync(AccessAction.ReadRequests, p, cancellationToken);
        return new(await _wishes.ListAsync(new WishesInScopeSpec(path, unclaimedOnly || partySide, overdueOnly ? today : null), cancellationToken), !partySide);
    }

    /// <summary>One wish.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The wish.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wish, and whether it is shown in full.</returns>
    public async Task<Revealed<MicroWish>> GetAsync(Actor actor, MicroWishId id, CancellationToken cancellationToken = default)
    {
        var (wish, scope) = await ReadAsync(_context.Guard(actor), id, cancellationToken);
        return new(wish, scope.Actor.Kind != ActorKind.CoBuildingParty);
    }

    /// <summary>Posts a wish: a resident their own, staff or a steward for a resident of their compound.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="resident">The resident (ignored for a resident acting for themselves, who may name only themselves).</param>
    /// <param name="wish">The wish.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wish.</returns>
    public Task<MicroWish> PostAsync(Actor actor, ResidentId? resident, string wish, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
            ResidentId who;
            if (scope.Actor.Kind == ActorKind.Resident)
            {
                if (resident is { } other && other.Value != scope.Actor.ScopeId)
                {
                    throw RequestAccess.UnknownReference("resident", other.Value, "residentId"); // another resident is not there for them
                }

                who = new ResidentId(scope.Actor.ScopeId);
            }
            else
            {
                who = resident ?? throw new RuleViolationException(new RuleViolation("NP-GEN-001", "Give the resident whose wish it is.", "须指定居民。", target: "residentId"));
                var found = await _residents.GetByIdAsync(who, ct) ?? throw RequestAccess.UnknownReference("resident", who.Value, "residentId");
                await guard.EnsurePlaceAsync(AccessAction.HandleRequests, found.CompoundId, ct);
            }

            return await _desk.PostWishAsync(who, wish, ct);
        }, cancellationToken);

    /// <summary>Claims a posted wish for a member (staff, a steward) or for the co-building party itself.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The wish.</param>
    /// <param name="member">The member, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wish, and whether it is shown in full.</returns>
    public Task<Revealed<MicroWish>> ClaimAsync(Actor actor, MicroWishId id, PartyMemberId? member, PartnerId? partner, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, [AccessAction.HandleRequests, AccessAction.ActAsParty], async (guard, scope, wish, ct) =>
        {
            if (scope.Actor.Kind == ActorKind.CoBuildingParty)
            {
                if (partner?.Value != scope.Actor.ScopeId)
                {
                    throw RequestAccess.Forbidden(scope, AccessAction.HandleRequests); // a party claims only for itself
                }
            }
            else
            {
                await RequestAccess.EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct);
            }

            return await _desk.ClaimWishAsync(wish.Id, member, partner, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Records that a claimed wish was fulfilled (staff, a steward, or the party that claimed it).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The wish.</param>
    /// <param name="evidence">The evidence.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wish, and whether it is shown in full.</returns>
    public Task<Revealed<MicroWish>> FulfilAsync(Actor actor, MicroWishId id, string evidence, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, [AccessAction.HandleRequests, AccessAction.ActAsParty], async (guard, scope, wish, ct) =>
        {
            if (scope.Actor.Kind == ActorKind.CoBuildingParty)
            {
                if (wish.ClaimedByPartner?.Value != scope.Actor.ScopeId)
                {
                    throw RequestAccess.Forbidden(scope, AccessAction.HandleRequests); // only the party that claimed it
                }
            }
            else
            {
                await RequestAccess.EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct);
            }

            return await _desk.FulfilWishAsync(wish.Id, evidence, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>The resident confirms the wish came true (or staff record their confirmation); a party never confirms.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The wish.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wish, and whether it is shown in full.</returns>
    public Task<Revealed<MicroWish>> ConfirmAsync(Actor actor, MicroWishId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, [AccessAction.HandleRequests, AccessAction.ActAsResident], async (guard, scope, wish, ct) =>
        {
            if (scope.Actor.Kind != ActorKind.Resident)
            {
                await RequestAccess.EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct); // staff record the confirmation the resident gave in person
            }

            return await _desk.ConfirmWishAsync(wish.Id, expectedVersion, ct);
        }, cancellationToken);

    private Task<Revealed<MicroWish>> StepAsync(Actor actor, MicroWishId id, AccessAction[] kinds, Func<AccessGuard, ActorScope, MicroWish, CancellationToken, Task<MicroWish>> step,
        CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await CoBuildingAccess.EnsureAnyKindAsync(guard, kinds, ct); // 403 before anything is looked up
            var (wish, scope) = await ReadAsync(guard, id, ct);
            return new Revealed<MicroWish>(await step(guard, scope, wish, ct), scope.Actor.Kind != ActorKind.CoBuildingParty);
        }, cancellationToken);

    /// <summary>Loads a wish the actor may see: staff and stewards in their subtree; a resident their own; a party one it claimed or one still on the wall.</summary>
    private async Task<(MicroWish Wish, ActorScope Scope)> ReadAsync(AccessGuard guard, MicroWishId id, CancellationToken cancellationToken)
    {
        var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident, AccessAction.ActAsParty], cancellationToken);
        var wish = await _wishes.GetByIdAsync(id, cancellationToken);
        var visible = wish is not null && scope.Actor.Kind switch
        {
            ActorKind.Resident => wish.ResidentId.Value == scope.Actor.ScopeId,
            ActorKind.CoBuildingParty => wish.State == WishState.Posted || wish.ClaimedByPartner?.Value == scope.Actor.ScopeId,
            _ => await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(wish.CompoundPath), cancellationToken),
        };
        return visible ? (wish!, scope) : throw RequestAccess.WishNotFound(id);
    }
}
