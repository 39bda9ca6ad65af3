using NeighborParty.Accounting;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// Residents' requests (诉求), for an acting <see cref="Actor"/>: staff and stewards in their subtree; a resident their
/// own and the public ones (a public one without who raised it). Every answer says whether it is shown in full.
/// </summary>
public sealed partial class RequestUseCases
{
    private readonly UseCaseContext _context;
    private readonly RequestDesk _desk;
    private readonly AccountingService _accounting;
    private readonly IReadRepository<ResidentRequest> _requests;
    private readonly IReadRepository<Deliberation> _deliberations;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<Place> _places;
    private readonly IAggregateQueries _queries;

    /// <summary>Initializes a new instance of the <see cref="RequestUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="desk">The requests' operations.</param>
    /// <param name="accounting">The roll-up (one definition of the figures).</param>
    /// <param name="requests">The requests.</param>
    /// <param name="deliberations">The deliberations.</param>
    /// <param name="residents">The residents.</param>
    /// <param name="places">The places.</param>
    /// <param name="queries">Reads pages where the requests are stored.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RequestUseCases(UseCaseContext context, RequestDesk desk, AccountingService accounting, IReadRepository<ResidentRequest> requests,
        IReadRepository<Deliberation> deliberations, IReadRepository<Resident> residents, IReadRepository<Place> places, IAggregateQueries queries)
    {
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _desk = desk ?? throw new ArgumentNullException(nameof(desk));
        _accounting = accounting ?? throw new ArgumentNullException(nameof(accounting));
        _requests = requests ?? throw new ArgumentNullException(nameof(requests));
        _deliberations = deliberations ?? throw new ArgumentNullException(nameof(deliberations));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <summary>The request categories and channels (any authenticated actor).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request settings.</returns>
    public async Task<RequestPolicy> CatalogueAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).GetScopeAsync(cancellationToken);
        return _context.Options.Requests;
    }

    /// <summary>Governance problems solved and platforms of a place over days (the roll-up's figures).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="days">The days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Problems solved and platforms.</returns>
    public async Task<(long ProblemsSolved, long Platforms)> FiguresAsync(Actor actor, PlaceId place, DateInterval days, CancellationToken cancellationToken = default)
    {
        var scope = await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadRequests, place, cancellationToken);
        var report = await _accounting.ReportAsync(scope.Id, days, cancellationToken);
        return (report[Figures.ProblemsSolved], report[Figures.Platforms]);
    }

    /// <summary>One request.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request, and whether it is shown in full.</returns>
    public async Task<Revealed<ResidentRequest>> GetAsync(Actor actor, RequestId id, CancellationToken cancellationToken = default)
    {
        var (request, scope) = await RequestAccess.ReadRequestAsync(_context.Guard(actor), _requests, id, cancellationToken);
        return new(request, scope.Actor.Kind != ActorKind.Resident || RequestAccess.IsOwner(scope, request));
    }

    /// <summary>Follows a request: request → deliberations → decisions and actions.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trail.</returns>
    public async Task<RequestTrail> TrailAsync(Actor actor, RequestId id, CancellationToken cancellationToken = default)
    {
        var (request, scope) = await RequestAccess.ReadRequestAsync(_context.Guard(actor), _requests, id, cancellationToken);
        var list = await _deliberations.ListAsync(new DeliberationsSpec(request.Id), cancellationToken);
        return new RequestTrail(request, list, scope.Actor.Kind != ActorKind.Resident || RequestAccess.IsOwner(scope, request));
    }

    /// <summary>
    /// Raises a request: staff or a steward for a resident they can see who lives in the compound (finding 4: one of
    /// another compound was accepted), or anonymously; a resident their own, in their compound.
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> SubmitAsync(Actor actor, NewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            var scope = await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
            var submitted = request;
            if (scope.Actor.Kind == ActorKind.Resident)
            {
                // A resident raises requests for themselves, in their own compound; another resident or compound is not there for them.
                var self = await _residents.GetByIdAsync(new ResidentId(scope.Actor.ScopeId), ct);
                if (request.ResidentId is { } other && other.Value != scope.Actor.ScopeId)
                {
                    throw RequestAccess.UnknownReference("resident", other.Value, "residentId");
                }

                if (self is null || self.CompoundId != request.CompoundId)
                {
                    throw RequestAccess.UnknownReference("compound", request.CompoundId.Value, "compoundId");
                }

                submitted = request with { ResidentId = self.Id };
            }
            else
            {
                await guard.EnsurePlaceAsync(AccessAction.HandleRequests, request.CompoundId, ct);
                if (request.ResidentId is { } resident
                    && (await _residents.GetByIdAsync(resident, ct) is not { } who || !await guard.AllowsAsync(AccessAction.ReadMembers, AccessTarget.Place(who.CompoundPath), ct)))
                {
                    throw RequestAccess.UnknownReference("resident", resident.Value, "residentId");
                }
            }

            return await _desk.SubmitAsync(submitted, ct);
        }, cancellationToken);
    }

    /// <summary>Accepts a received request (staff or a steward of the compound).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> AcceptAsync(Actor actor, RequestId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, ct => _desk.AcceptAsync(id, expectedVersion, ct), cancellationToken);

    /// <summary>Assigns (or re-assigns) the request.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="kind">To whom.</param>
    /// <param name="assigneeId">The assignee's id, or null.</param>
    /// <param name="name">The assignee's name.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> AssignAsync(Actor actor, RequestId id, AssigneeKind kind, Guid? assigneeId, string name, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, ct => _desk.AssignAsync(id, kind, assigneeId, name, expectedVersion, ct), cancellationToken);

    /// <summary>Starts the work on an assigned request.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> StartAsync(Actor actor, RequestId id, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, ct => _desk.StartAsync(id, expectedVersion, ct), cancellationToken);

    /// <summary>Resolves it: a governance problem solved.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="resolution">How.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> ResolveAsync(Actor actor, RequestId id, string resolution, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, ct => _desk.ResolveAsync(id, resolution, expectedVersion, ct), cancellationToken);

    /// <summary>Declines it with a reason.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> DeclineAsync(Actor actor, RequestId id, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, ct => _desk.DeclineAsync(id, reason, expectedVersion, ct), cancellationToken);

    /// <summary>Marks it a duplicate of another request the actor can see.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="of">The request it duplicates.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> MarkDuplicateAsync(Actor actor, RequestId id, RequestId of, long? expectedVersion, CancellationToken cancellationToken = default) =>
        HandlerStepAsync(actor, id, async ct =>
        {
            await RequestAccess.ReadRequestAsync(_context.Guard(actor), _requests, of, ct);
            return await _desk.MarkDuplicateAsync(id, of, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Closes a resolved request with the rating (its resident, or staff of the compound).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="rating">1 to 5.</param>
    /// <param name="comment">A comment, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> CloseAsync(Actor actor, RequestId id, int rating, string? comment, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OwnerStepAsync(actor, id, ct => _desk.CloseAsync(id, rating, comment, expectedVersion, ct), cancellationToken);

    /// <summary>Reopens a resolved or closed request (its resident, or staff of the compound).</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The request.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    public Task<ResidentRequest> ReopenAsync(Actor actor, RequestId id, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        OwnerStepAsync(actor, id, ct => _desk.ReopenAsync(id, reason, expectedVersion, ct), cancellationToken);

    private Task<ResidentRequest> HandlerStepAsync(Actor actor, RequestId id, Func<CancellationToken, Task<ResidentRequest>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(AccessAction.HandleRequests, ct); // 403 before anything is looked up
            var (request, scope) = await RequestAccess.ReadRequestAsync(guard, _requests, id, ct);
            await RequestAccess.EnsureHandlerAsync(guard, scope, request.CompoundPath, ct);
            return await step(ct);
        }, cancellationToken);

    private Task<ResidentRequest> OwnerStepAsync(Actor actor, RequestId id, Func<CancellationToken, Task<ResidentRequest>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await CoBuildingAccess.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
            var (request, scope) = await RequestAccess.ReadRequestAsync(guard, _requests, id, ct);
            if (scope.Actor.Kind == ActorKind.Resident
                ? !RequestAccess.IsOwner(scope, request)
                : !await guard.AllowsAsync(AccessAction.HandleRequests, AccessTarget.Place(request.CompoundPath), ct))
            {
                throw RequestAccess.Forbidden(scope, scope.Actor.Kind == ActorKind.Resident ? AccessAction.ActAsResident : AccessAction.HandleRequests);
            }

            return await step(ct);
        }, cancellationToken);
}
