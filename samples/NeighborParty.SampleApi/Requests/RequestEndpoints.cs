using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Requests;

/// <summary>
/// Residents' requests (诉求), micro-wishes (微心愿) and deliberations (共商共议). Staff and Red Stewards handle what
/// lies in their subtree; a resident raises, follows, rates and reopens their own requests and sees others' only when
/// public; a co-building party claims and fulfils wishes for itself. Outside that, everything answers 404 like an
/// unknown id.
/// </summary>
internal static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").WithTags("Requests").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        requests.MapGet("/catalogue", async (AccessGuard guard, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.GetScopeAsync(ct);
                return new RequestCataloguesResponse([.. options.Requests.Categories.Values.OrderBy(c => c.Key, StringComparer.Ordinal)],
                    [.. options.Requests.Channels.Values.OrderBy(c => c.Key, StringComparer.Ordinal)]);
            })
            .WithSummary("The request categories (with their time limits and attributes) and the channels; the same catalogue Open311 clients see as services.");

        requests.MapGet("/", async (Guid? place, string? category, RequestStatusFilter? status, bool? overdue, int? skip, int? take, AccessGuard guard,
                IReadRepository<ResidentRequest> repository, IReadRepository<Resident> residents, IReadRepository<Place> places, IClock clock, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var now = clock.GetCurrentInstant();
                var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident], ct);
                RequestSearch search;
                if (scope.Actor.Kind == ActorKind.Resident)
                {
                    search = new RequestSearch(place is { } p ? await ResidentPlaceAsync(scope, residents, places, new PlaceId(p), ct) : null,
                        VisibleTo: new ResidentId(scope.Actor.ScopeId));
                }
                else
                {
                    if (place is not { } p)
                    {
                        throw new FieldValidationException([new RuleViolation("NP-GEN-001", "Give the place whose requests to list.", "须指定地点。", target: "place")]);
                    }

                    search = new RequestSearch((await guard.EnsurePlaceAsync(AccessAction.ReadRequests, new PlaceId(p), ct)).Path);
                }

                search = search with
                {
                    Categories = category is null ? null : [category], Status = status ?? RequestStatusFilter.Any, OverdueAt = overdue == true ? now : null,
                };
                return (await repository.ListAsync(new RequestSearchSpec(search, skip ?? 0, take ?? 100), ct))
                    .Select(r => RequestResponse.From(r, now, scope.Actor.Kind != ActorKind.Resident || IsOwner(scope, r))).ToList();
            })
            .WithSummary("Requests of a place's compounds, newest first (a resident: their own and the public ones, optionally of a place around their home). Filter by category, open or closed, overdue.");

        requests.MapGet("/figures", async (Guid place, string from, string to, AccessGuard guard, NeighborParty.Accounting.AccountingService accounting, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                var scope = await guard.EnsurePlaceAsync(AccessAction.ReadRequests, new PlaceId(place), ct);
                var report = await accounting.ReportAsync(scope.Id, days, ct); // one definition of every figure: the roll-up's
                return new RequestFiguresResponse(place, days.Start, days.End, (int)report[NeighborParty.Accounting.Figures.ProblemsSolved], (int)report[NeighborParty.Accounting.Figures.Platforms]);
            })
            .WithSummary("Governance problems solved (requests first resolved in the span) and platforms (channels in use at a compound) of a place.");

        requests.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, RequestDesk desk, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                var (request, scope) = await ReadRequestAsync(guard, desk, new RequestId(id), ct);
                return Show(http, request, clock, scope.Actor.Kind != ActorKind.Resident || IsOwner(scope, request));
            })
            .WithSummary("One request with every transition (a resident: their own, or a public one without who raised it).");

        requests.MapGet("/{id:guid}/trail", async (Guid id, AccessGuard guard, RequestDesk desk, IReadRepository<Deliberation> deliberations, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                var (request, scope) = await ReadRequestAsync(guard, desk, new RequestId(id), ct);
                var list = await deliberations.ListAsync(new DeliberationsSpec(request.Id), ct);
                return new RequestTrailResponse(Show(http, request, clock, scope.Actor.Kind != ActorKind.Resident || IsOwner(scope, request)),
                    [.. list.Select(d => DeliberationResponse.From(d, options.Requests.Deliberation))]);
            })
            .WithSummary("Follows a request: request → deliberations → decisions and follow-up actions → their results.");

        requests.MapPost("/", async (SubmitRequestBody body, AccessGuard guard, RequestDesk desk, IReadRepository<Resident> residents, HttpContext http, IClock clock,
                CancellationToken ct) =>
            {
                var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
                Guid? resident = body.ResidentId;
                if (scope.Actor.Kind == ActorKind.Resident)
                {
                    // A resident raises requests for themselves, in their own compound; another resident or compound is not there for them.
                    var self = await residents.GetByIdAsync(new ResidentId(scope.Actor.ScopeId), ct);
                    if (resident is { } other && other != scope.Actor.ScopeId)
                    {
                        throw NotFound(RequestDesk.WrongReference, "resident", other);
                    }

                    if (self is null || self.CompoundId.Value != body.CompoundId)
                    {
                        throw NotFound(RequestDesk.WrongReference, "compound", body.CompoundId);
                    }

                    resident = scope.Actor.ScopeId;
                }
                else
                {
                    await guard.EnsurePlaceAsync(AccessAction.HandleRequests, new PlaceId(body.CompoundId), ct);
                }

                var request = await desk.SubmitAsync(body.ToNew(resident), ct);
                return Results.Created($"/api/requests/{request.Id}", Show(http, request, clock, true));
            })
            .WithWriteProblems()
            .WithSummary("Raises a request: staff or a steward record one for a resident or anonymously; a resident raises their own, in their compound.");

        MapHandlerStep<EmptyBody>(requests, "accept", (d, id, _, v, ct) => d.AcceptAsync(id, v, ct), "Accepts a received request for handling.");
        MapHandlerStep<AssignBody>(requests, "assign", (d, id, b, v, ct) => d.AssignAsync(id, b.Kind, b.AssigneeId, b.Name, v, ct),
            "Assigns (or re-assigns) it to the branch, the property company, the owners' committee, a partner or a steward.");
        MapHandlerStep<EmptyBody>(requests, "start", (d, id, _, v, ct) => d.StartAsync(id, v, ct), "Starts the work on an assigned request.");
        MapHandlerStep<TextBody>(requests, "resolve", (d, id, b, v, ct) => d.ResolveAsync(id, b.Text, v, ct), "Resolves it: a governance problem solved.");
        MapHandlerStep<TextBody>(requests, "decline", (d, id, b, v, ct) => d.DeclineAsync(id, b.Text, v, ct), "Declines it with a reason (before it is assigned).");
        MapHandlerStep<DuplicateBody>(requests, "duplicate", (d, id, b, v, ct) => d.MarkDuplicateAsync(id, new RequestId(b.Of), v, ct), "Marks it a duplicate of another request.");
        MapOwnerStep<RatingBody>(requests, "close", (d, id, b, v, ct) => d.CloseAsync(id, b.Rating, b.Comment, v, ct), "Closes a resolved request with the resident's rating.");
        MapOwnerStep<TextBody>(requests, "reopen", (d, id, b, v, ct) => d.ReopenAsync(id, b.Text, v, ct), "Reopens a resolved or closed request: the work goes on.");

        MapWishEndpoints(app);
        MapDeliberationEndpoints(app);
        return app;
    }

    private static void MapWishEndpoints(IEndpointRouteBuilder app)
    {
        var wishes = app.MapGroup("/api/wishes").WithTags("Micro-wishes").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        wishes.MapGet("/", async (Guid? place, bool? unclaimed, bool? overdue, AccessGuard guard, IReadRepository<MicroWish> repository, IReadRepository<Place> places,
                IReadRepository<Resident> residents, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var today = Today(clock, options);
                var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident, AccessAction.ActAsParty], ct);
                if (scope.Actor.Kind == ActorKind.Resident)
                {
                    if (place is { } around)
                    {
                        await ResidentPlaceAsync(scope, residents, places, new PlaceId(around), ct);
                    }

                    return (await repository.ListAsync(new WishesOfResidentSpec(new ResidentId(scope.Actor.ScopeId)), ct)).Select(w => WishResponse.From(w, today, true)).ToList();
                }

                if (place is not { } p)
                {
                    throw new FieldValidationException([new RuleViolation("NP-GEN-001", "Give the place whose wishes to list.", "须指定地点。", target: "place")]);
                }

                // A co-building party browses the wall of a place to find wishes to claim: it sees them without who posted them.
                var partySide = scope.Actor.Kind == ActorKind.CoBuildingParty;
                var path = partySide
                    ? (await places.GetByIdAsync(new PlaceId(p), ct) ?? throw NotFound(RequestDesk.WrongReference, "place", p)).Path
                    : (await guard.EnsurePlaceAsync(AccessAction.ReadRequests, new PlaceId(p), ct)).Path;
                return (await repository.ListAsync(new WishesInScopeSpec(path, unclaimed == true || partySide, overdue == true ? today : null), ct))
                    .Select(w => WishResponse.From(w, today, !partySide)).ToList();
            })
            .WithSummary("The micro-wishes of a place (unclaimed, or overdue, only); a resident: their own; a co-building party: the unclaimed ones it may take up.");

        wishes.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, IReadRepository<MicroWish> repository, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
            {
                var (wish, scope) = await ReadWishAsync(guard, repository, new MicroWishId(id), ct);
                return ShowWish(http, wish, clock, options, scope.Actor.Kind != ActorKind.CoBuildingParty);
            })
            .WithSummary("One micro-wish.");

        wishes.MapPost("/", async (PostWishBody body, AccessGuard guard, RequestDesk desk, IReadRepository<Resident> residents, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
                ResidentId resident;
                if (scope.Actor.Kind == ActorKind.Resident)
                {
                    if (body.ResidentId is { } other && other != scope.Actor.ScopeId)
                    {
                        throw NotFound(RequestDesk.WrongReference, "resident", other); // another resident is not there for them
                    }

                    resident = new ResidentId(scope.Actor.ScopeId);
                }
                else
                {
                    resident = new ResidentId(body.ResidentId ?? throw new FieldValidationException([new RuleViolation("NP-GEN-001", "Give the resident whose wish it is.", "须指定居民。", target: "residentId")]));
                    var who = await residents.GetByIdAsync(resident, ct) ?? throw NotFound(RequestDesk.WrongReference, "resident", resident.Value);
                    await guard.EnsurePlaceAsync(AccessAction.HandleRequests, who.CompoundId, ct);
                }

                var wish = await desk.PostWishAsync(resident, body.Wish, ct);
                return Results.Created($"/api/wishes/{wish.Id}", ShowWish(http, wish, clock, options, true));
            })
            .WithWriteProblems()
            .WithSummary("Posts a micro-wish on the wall: a resident their own, staff or a steward for a resident of their compound.");

        wishes.MapPost("/{id:guid}/claim", async (Guid id, ClaimWishBody body, AccessGuard guard, RequestDesk desk, IReadRepository<MicroWish> repository, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsParty], ct);
                var (wish, scope) = await ReadWishAsync(guard, repository, new MicroWishId(id), ct);
                if (scope.Actor.Kind == ActorKind.CoBuildingParty)
                {
                    if (body.PartnerId != scope.Actor.ScopeId)
                    {
                        throw Forbidden(scope, AccessAction.HandleRequests); // a party claims only for itself
                    }
                }
                else
                {
                    await EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct);
                }

                wish = await desk.ClaimWishAsync(wish.Id, body.MemberId is { } m ? new PartyMemberId(m) : null, body.PartnerId is { } p ? new PartnerId(p) : null,
                    Versioning.ExpectedVersion(http, "wish"), ct);
                return ShowWish(http, wish, clock, options, scope.Actor.Kind != ActorKind.CoBuildingParty);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Claims a posted wish for a member (staff, a steward) or for the co-building party itself. Requires If-Match.");

        wishes.MapPost("/{id:guid}/fulfil", async (Guid id, TextBody body, AccessGuard guard, RequestDesk desk, IReadRepository<MicroWish> repository, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsParty], ct);
                var (wish, scope) = await ReadWishAsync(guard, repository, new MicroWishId(id), ct);
                if (scope.Actor.Kind == ActorKind.CoBuildingParty && wish.ClaimedByPartner?.Value != scope.Actor.ScopeId)
                {
                    throw Forbidden(scope, AccessAction.HandleRequests); // only the party that claimed it
                }

                if (scope.Actor.Kind != ActorKind.CoBuildingParty)
                {
                    await EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct);
                }

                wish = await desk.FulfilWishAsync(wish.Id, body.Text, Versioning.ExpectedVersion(http, "wish"), ct);
                return ShowWish(http, wish, clock, options, scope.Actor.Kind != ActorKind.CoBuildingParty);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records that a claimed wish was fulfilled, with evidence (staff, a steward, or the party that claimed it). Requires If-Match.");

        wishes.MapPost("/{id:guid}/confirm", async (Guid id, EmptyBody body, AccessGuard guard, RequestDesk desk, IReadRepository<MicroWish> repository, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct); // a party never confirms: 403 before any lookup
                var (wish, scope) = await ReadWishAsync(guard, repository, new MicroWishId(id), ct);

                if (scope.Actor.Kind != ActorKind.Resident)
                {
                    await EnsureHandlerAsync(guard, scope, wish.CompoundPath, ct); // staff record the confirmation the resident gave in person
                }

                wish = await desk.ConfirmWishAsync(wish.Id, Versioning.ExpectedVersion(http, "wish"), ct);
                return ShowWish(http, wish, clock, options, true);
            })
            .WithVersionedWriteProblems()
            .WithSummary("The resident confirms the wish came true (or staff record their confirmation). Requires If-Match.");
    }

    private static void MapDeliberationEndpoints(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/deliberations").WithTags("Deliberations").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        group.MapGet("/", async (Guid place, int? skip, int? take, AccessGuard guard, IReadRepository<Deliberation> repository, NeighborPartyOptions options, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var scope = await guard.EnsurePlaceAsync(AccessAction.ReadRequests, new PlaceId(place), ct);
                return (await repository.ListAsync(new DeliberationsSpec(scope.Path, skip ?? 0, take ?? 100), ct))
                    .Select(d => DeliberationResponse.From(d, options.Requests.Deliberation)).ToList();
            })
            .WithSummary("The deliberations of a place's compounds, latest first.");

        group.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, DeliberationService service, HttpContext http, NeighborPartyOptions options, CancellationToken ct) =>
                ShowDeliberation(http, await ReadDeliberationAsync(guard, service, new DeliberationId(id), ct), options))
            .WithSummary("One deliberation: participants, agenda, proposals with votes and tallies, the decision, the follow-up actions.");

        group.MapPost("/", async (ConveneBody body, AccessGuard guard, DeliberationService service, HttpContext http, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.Deliberate, new PlaceId(body.CompoundId), ct);
                var d = await service.ConveneAsync(body.ToNew(), ct);
                return Results.Created($"/api/deliberations/{d.Id}", ShowDeliberation(http, d, options));
            })
            .WithWriteProblems()
            .WithSummary("Convenes a deliberation (小区事邻里议) on requests of a compound, with participants by party and an agenda.");

        MapDeliberationStep<ProposalBody>(group, "proposals", (s, id, b, v, ct) => s.ProposeAsync(id, b.Text, b.ProposedBy, v, ct), "Tables a proposal.");
        MapDeliberationStep<OpenSessionBody>(group, "open", (s, id, b, v, ct) => s.OpenAsync(id, b.Present, v, ct), "Opens the session, recording who is present.");
        MapDeliberationStep<VoteBody>(group, "votes", (s, id, b, v, ct) => s.VoteAsync(id, b.Proposal, b.Participant, b.Choice, v, ct),
            "Records a present voter's vote on a proposal (once).");
        MapDeliberationStep<DecideBody>(group, "decide", (s, id, b, v, ct) => s.DecideAsync(id, b.Proposal, b.Note, v, ct),
            "Adopts a proposal that passed under the district's quorum and threshold, or records that none was adopted.");
        MapDeliberationStep<ActionBody>(group, "actions", (s, id, b, v, ct) => s.AddActionAsync(id,
            new NewFollowUpAction(b.Description, b.AssigneeKind, b.Assignee, b.DueOn, b.RequestId is { } r ? new RequestId(r) : null), v, ct), "Assigns a follow-up action.");
        group.MapPost("/{id:guid}/actions/{number:int}/end", async (Guid id, int number, EndActionBody body, AccessGuard guard, DeliberationService service, HttpContext http,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                var d = await ReadDeliberationForChangeAsync(guard, service, new DeliberationId(id), ct);
                return ShowDeliberation(http, await service.EndActionAsync(d.Id, number, body.Done, body.Result, Versioning.ExpectedVersion(http, "deliberation"), ct), options);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Ends a follow-up action: done with its result, or dropped with a reason. Requires If-Match.");
        MapDeliberationStep<TextBody>(group, "close", (s, id, b, v, ct) => s.CloseAsync(id, b.Text, v, ct), "Closes it once every action is done or dropped, with the result.");
        MapDeliberationStep<TextBody>(group, "cancel", (s, id, b, v, ct) => s.CancelAsync(id, b.Text, v, ct), "Calls it off before a decision.");
    }

    private static void MapDeliberationStep<TBody>(RouteGroupBuilder group, string step, Func<DeliberationService, DeliberationId, TBody, long?, CancellationToken, Task<Deliberation>> act,
        string summary)
        where TBody : class =>
        group.MapPost($"/{{id:guid}}/{step}", async (Guid id, TBody body, AccessGuard guard, DeliberationService service, HttpContext http, NeighborPartyOptions options,
                CancellationToken ct) =>
            {
                var d = await ReadDeliberationForChangeAsync(guard, service, new DeliberationId(id), ct);
                return ShowDeliberation(http, await act(service, d.Id, body, Versioning.ExpectedVersion(http, "deliberation"), ct), options);
            })
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static async Task<Deliberation> ReadDeliberationForChangeAsync(AccessGuard guard, DeliberationService service, DeliberationId id, CancellationToken ct)
    {
        await guard.EnsureKindMayAsync(AccessAction.Deliberate, ct); // 403 before anything is looked up
        var d = await ReadDeliberationAsync(guard, service, id, ct);
        await EnsureAllowedAsync(guard, AccessAction.Deliberate, d.CompoundPath, ct);
        return d;
    }

    private static void MapHandlerStep<TBody>(RouteGroupBuilder group, string step, Func<RequestDesk, RequestId, TBody, long?, CancellationToken, Task<ResidentRequest>> act,
        string summary)
        where TBody : class =>
        group.MapPost($"/{{id:guid}}/{step}", async (Guid id, TBody body, AccessGuard guard, RequestDesk desk, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.HandleRequests, ct); // 403 before anything is looked up
                var (request, scope) = await ReadRequestAsync(guard, desk, new RequestId(id), ct);
                await EnsureHandlerAsync(guard, scope, request.CompoundPath, ct);
                return Show(http, await act(desk, request.Id, body, Versioning.ExpectedVersion(http, "request"), ct), clock, true);
            })
            .WithVersionedWriteProblems()
            .WithSummary(summary + " By staff or a steward of the compound. Requires If-Match.");

    private static void MapOwnerStep<TBody>(RouteGroupBuilder group, string step, Func<RequestDesk, RequestId, TBody, long?, CancellationToken, Task<ResidentRequest>> act,
        string summary)
        where TBody : class =>
        group.MapPost($"/{{id:guid}}/{step}", async (Guid id, TBody body, AccessGuard guard, RequestDesk desk, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.HandleRequests, AccessAction.ActAsResident], ct);
                var (request, scope) = await ReadRequestAsync(guard, desk, new RequestId(id), ct);
                if (scope.Actor.Kind == ActorKind.Resident ? !IsOwner(scope, request) : !await guard.AllowsAsync(AccessAction.HandleRequests, AccessTarget.Place(request.CompoundPath), ct))
                {
                    throw Forbidden(scope, scope.Actor.Kind == ActorKind.Resident ? AccessAction.ActAsResident : AccessAction.HandleRequests);
                }

                return Show(http, await act(desk, request.Id, body, Versioning.ExpectedVersion(http, "request"), ct), clock, true);
            })
            .WithVersionedWriteProblems()
            .WithSummary(summary + " By the resident who raised it, or staff or a steward of the compound. Requires If-Match.");

    /// <summary>Loads a request the actor may see: staff and stewards in their subtree; a resident their own or a public one. Anything else is "not found".</summary>
    private static async Task<(ResidentRequest Request, ActorScope Scope)> ReadRequestAsync(AccessGuard guard, RequestDesk desk, RequestId id, CancellationToken ct)
    {
        var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident], ct);
        var request = await desk.GetAsync(id, ct);
        var visible = scope.Actor.Kind == ActorKind.Resident
            ? IsOwner(scope, request) || request.IsPublic
            : await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(request.CompoundPath), ct);
        return visible ? (request, scope) : throw NotFound(RequestDesk.NotFound, "request", id.Value);
    }

    /// <summary>Loads a wish the actor may see: staff and stewards in their subtree; a resident their own; a party one it claimed or one still on the wall.</summary>
    private static async Task<(MicroWish Wish, ActorScope Scope)> ReadWishAsync(AccessGuard guard, IReadRepository<MicroWish> repository, MicroWishId id, CancellationToken ct)
    {
        var scope = await EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.ReadRequests, AccessAction.ActAsResident, AccessAction.ActAsParty], ct);
        var wish = await repository.GetByIdAsync(id, ct);
        var visible = wish is not null && scope.Actor.Kind switch
        {
            ActorKind.Resident => wish.ResidentId.Value == scope.Actor.ScopeId,
            ActorKind.CoBuildingParty => wish.State == WishState.Posted || wish.ClaimedByPartner?.Value == scope.Actor.ScopeId,
            _ => await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(wish.CompoundPath), ct),
        };
        return visible ? (wish!, scope) : throw NotFound(RequestDesk.NotFound, "micro-wish", id.Value);
    }

    private static async Task<Deliberation> ReadDeliberationAsync(AccessGuard guard, DeliberationService service, DeliberationId id, CancellationToken ct)
    {
        await guard.EnsureKindMayAsync(AccessAction.ReadRequests, ct);
        var d = await service.GetAsync(id, ct);
        return await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(d.CompoundPath), ct) ? d : throw NotFound(DeliberationService.NotFound, "deliberation", id.Value);
    }

    private static async Task EnsureHandlerAsync(AccessGuard guard, ActorScope scope, HierarchyPath compound, CancellationToken ct)
    {
        if (guard.Policy.GetReach(scope.Actor.Kind, AccessAction.HandleRequests) is null && scope.Actor.Kind != ActorKind.System)
        {
            throw Forbidden(scope, AccessAction.HandleRequests);
        }

        await EnsureAllowedAsync(guard, AccessAction.HandleRequests, compound, ct);
    }

    private static async Task EnsureAllowedAsync(AccessGuard guard, AccessAction action, HierarchyPath compound, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(action, AccessTarget.Place(compound), ct))
        {
            throw Forbidden(await guard.GetScopeAsync(ct), action);
        }
    }

    /// <summary>The place a resident asks about: one holding their home compound, else "not found".</summary>
    private static async Task<HierarchyPath> ResidentPlaceAsync(ActorScope scope, IReadRepository<Resident> residents, IReadRepository<Place> places, PlaceId id,
        CancellationToken ct)
    {
        var self = await residents.GetByIdAsync(new ResidentId(scope.Actor.ScopeId), ct);
        var place = await places.GetByIdAsync(id, ct);
        var home = self is null ? null : await places.GetByIdAsync(self.CompoundId, ct);
        return place is not null && home is not null && home.Path.IsWithin(place.Path) ? place.Path : throw NotFound(RequestDesk.WrongReference, "place", id.Value);
    }

    private static bool IsOwner(ActorScope scope, ResidentRequest request) => scope.Actor.Kind == ActorKind.Resident && request.ResidentId?.Value == scope.Actor.ScopeId;

    private static RuleViolationException Forbidden(ActorScope scope, AccessAction action) => new(AccessPolicy.Forbidden(scope.Actor.Kind, action));

    private static RuleViolationException NotFound(string code, string what, Guid id) =>
        new(new RuleViolation(code, $"No {what} {id}.", $"没有编号为 {id} 的记录。", kind: RuleViolationKind.NotFound, target: "id"));

    private static RequestResponse Show(HttpContext http, ResidentRequest request, IClock clock, bool full)
    {
        Versioning.SetETag(http, request.Version);
        return RequestResponse.From(request, clock.GetCurrentInstant(), full);
    }

    private static WishResponse ShowWish(HttpContext http, MicroWish wish, IClock clock, NeighborPartyOptions options, bool full)
    {
        Versioning.SetETag(http, wish.Version);
        return WishResponse.From(wish, Today(clock, options), full);
    }

    private static DeliberationResponse ShowDeliberation(HttpContext http, Deliberation d, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, d.Version);
        return DeliberationResponse.From(d, options.Requests.Deliberation);
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}

/// <summary>A step that needs no body (an empty JSON object).</summary>
public sealed record EmptyBody;
