using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
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

        requests.MapGet("/catalogue", async (IActorAccessor actors, RequestUseCases cases, CancellationToken ct) =>
            {
                var policy = await cases.CatalogueAsync(actors.Require(), ct);
                return new RequestCataloguesResponse([.. policy.Categories.Values.OrderBy(c => c.Key, StringComparer.Ordinal)],
                    [.. policy.Channels.Values.OrderBy(c => c.Key, StringComparer.Ordinal)]);
            })
            .WithSummary("The request categories (with their time limits and attributes) and the channels; the same catalogue Open311 clients see as services.");

        requests.MapGet("/", async (Guid? place, string? category, RequestStatusFilter? status, bool? overdue, int? skip, int? take, string? after, IActorAccessor actors,
                RequestUseCases cases, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                var keyset = EndpointRules.Paging(skip, take, after);
                var now = clock.GetCurrentInstant();
                var filter = new RequestSearch(Categories: category is null ? null : [category], Status: status ?? RequestStatusFilter.Any, OverdueAt: overdue == true ? now : null);
                var at = place is { } p ? new PlaceId(p) : (PlaceId?)null;
                if (!keyset)
                {
                    var list = await cases.ListAsync(actors.Require(), at, filter, skip ?? 0, take ?? 100, ct);
                    return list.ConvertAll(r => RequestResponse.From(r.Value, now, r.PersonalData));
                }

                var page = await cases.PageAsync(actors.Require(), at, filter, after, take ?? 100, ct);
                EndpointRules.NextPage(http, page.Next);
                return [.. page.Items.Select(r => RequestResponse.From(r.Value, now, r.PersonalData))];
            })
            .WithSummary("Requests of a place's compounds, newest first (a resident: their own and the public ones, optionally of a place around their home). Filter by category, open or closed, overdue. Pages of `take`: follow the `Link: rel=\"next\"` header, or give `skip`.");

        requests.MapGet("/figures", async (Guid place, string from, string to, IActorAccessor actors, RequestUseCases cases, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                var (solved, platforms) = await cases.FiguresAsync(actors.Require(), new PlaceId(place), days, ct); // one definition of every figure: the roll-up's
                return new RequestFiguresResponse(place, days.Start, days.End, (int)solved, (int)platforms);
            })
            .WithSummary("Governance problems solved (requests first resolved in the span) and platforms (channels in use at a compound) of a place.");

        requests.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, RequestUseCases cases, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                var shown = await cases.GetAsync(actors.Require(), new RequestId(id), ct);
                return Show(http, shown.Value, clock, shown.PersonalData);
            })
            .WithSummary("One request with every transition (a resident: their own, or a public one without who raised it).");

        requests.MapGet("/{id:guid}/trail", async (Guid id, IActorAccessor actors, RequestUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var trail = await cases.TrailAsync(actors.Require(), new RequestId(id), ct);
                return new RequestTrailResponse(Show(http, trail.Request, clock, trail.Full),
                    [.. trail.Deliberations.Select(d => DeliberationResponse.From(d, options.Requests.Deliberation, trail.Full))]);
            })
            .WithSummary("Follows a request: request → deliberations → decisions and follow-up actions → their results (participants and votes only for those who see it in full).");

        requests.MapPost("/", async (SubmitRequestBody body, IActorAccessor actors, RequestUseCases cases, HttpContext http, IClock clock, CancellationToken ct) =>
            {
                var request = await cases.SubmitAsync(actors.Require(), body.ToNew(body.ResidentId), ct);
                return Results.Created($"/api/requests/{request.Id}", Show(http, request, clock, true));
            })
            .WithWriteProblems()
            .WithSummary("Raises a request: staff or a steward record one for a resident of the compound or anonymously; a resident raises their own, in their compound.");

        MapStep<EmptyBody>(requests, "accept", (c, a, id, _, v, ct) => c.AcceptAsync(a, id, v, ct), "Accepts a received request for handling. By staff or a steward of the compound.");
        MapStep<AssignBody>(requests, "assign", (c, a, id, b, v, ct) => c.AssignAsync(a, id, b.Kind, b.AssigneeId, b.Name, v, ct),
            "Assigns (or re-assigns) it to the branch, the property company, the owners' committee, a partner or a steward. By staff or a steward of the compound.");
        MapStep<EmptyBody>(requests, "start", (c, a, id, _, v, ct) => c.StartAsync(a, id, v, ct), "Starts the work on an assigned request. By staff or a steward of the compound.");
        MapStep<TextBody>(requests, "resolve", (c, a, id, b, v, ct) => c.ResolveAsync(a, id, b.Text, v, ct), "Resolves it: a governance problem solved. By staff or a steward of the compound.");
        MapStep<TextBody>(requests, "decline", (c, a, id, b, v, ct) => c.DeclineAsync(a, id, b.Text, v, ct),
            "Declines it with a reason (before it is assigned). By staff or a steward of the compound.");
        MapStep<DuplicateBody>(requests, "duplicate", (c, a, id, b, v, ct) => c.MarkDuplicateAsync(a, id, new RequestId(b.Of), v, ct),
            "Marks it a duplicate of another request. By staff or a steward of the compound.");
        MapStep<RatingBody>(requests, "close", (c, a, id, b, v, ct) => c.CloseAsync(a, id, b.Rating, b.Comment, v, ct),
            "Closes a resolved request with the resident's rating. By the resident who raised it, or staff or a steward of the compound.");
        MapStep<TextBody>(requests, "reopen", (c, a, id, b, v, ct) => c.ReopenAsync(a, id, b.Text, v, ct),
            "Reopens a resolved or closed request: the work goes on. By the resident who raised it, or staff or a steward of the compound.");

        MapWishEndpoints(app);
        MapDeliberationEndpoints(app);
        return app;
    }

    private static void MapWishEndpoints(IEndpointRouteBuilder app)
    {
        var wishes = app.MapGroup("/api/wishes").WithTags("Micro-wishes").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        wishes.MapGet("/", async (Guid? place, bool? unclaimed, bool? overdue, IActorAccessor actors, WishUseCases cases, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var today = Today(clock, options);
                var shown = await cases.ListAsync(actors.Require(), place is { } p ? new PlaceId(p) : null, unclaimed == true, overdue == true, ct);
                return shown.Value.Select(w => WishResponse.From(w, today, shown.PersonalData)).ToList();
            })
            .WithSummary("The micro-wishes of a place (unclaimed, or overdue, only); a resident: their own; a co-building party: the unclaimed ones it may take up.");

        wishes.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, WishUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                ShowWish(http, await cases.GetAsync(actors.Require(), new MicroWishId(id), ct), clock, options))
            .WithSummary("One micro-wish.");

        wishes.MapPost("/", async (PostWishBody body, IActorAccessor actors, WishUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var wish = await cases.PostAsync(actors.Require(), body.ResidentId is { } r ? new ResidentId(r) : null, body.Wish, ct);
                return Results.Created($"/api/wishes/{wish.Id}", ShowWish(http, new Revealed<MicroWish>(wish, true), clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Posts a micro-wish on the wall: a resident their own, staff or a steward for a resident of their compound.");

        wishes.MapPost("/{id:guid}/claim", async (Guid id, ClaimWishBody body, IActorAccessor actors, WishUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
                ShowWish(http, await cases.ClaimAsync(actors.Require(), new MicroWishId(id), body.MemberId is { } m ? new PartyMemberId(m) : null,
                    body.PartnerId is { } p ? new PartnerId(p) : null, Versioning.ExpectedVersion(http, "wish"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Claims a posted wish for a member (staff, a steward) or for the co-building party itself. Requires If-Match.");

        wishes.MapPost("/{id:guid}/fulfil", async (Guid id, TextBody body, IActorAccessor actors, WishUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
                ShowWish(http, await cases.FulfilAsync(actors.Require(), new MicroWishId(id), body.Text, Versioning.ExpectedVersion(http, "wish"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Records that a claimed wish was fulfilled, with evidence (staff, a steward, or the party that claimed it). Requires If-Match.");

        wishes.MapPost("/{id:guid}/confirm", async (Guid id, EmptyBody body, IActorAccessor actors, WishUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
                ShowWish(http, await cases.ConfirmAsync(actors.Require(), new MicroWishId(id), Versioning.ExpectedVersion(http, "wish"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("The resident confirms the wish came true (or staff record their confirmation). Requires If-Match.");
    }

    private static void MapDeliberationEndpoints(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/deliberations").WithTags("Deliberations").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        group.MapGet("/", async (Guid place, int? skip, int? take, IActorAccessor actors, DeliberationUseCases cases, NeighborPartyOptions options, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                return (await cases.ListAsync(actors.Require(), new PlaceId(place), skip ?? 0, take ?? 100, ct))
                    .Select(d => DeliberationResponse.From(d, options.Requests.Deliberation, true)).ToList();
            })
            .WithSummary("The deliberations of a place's compounds, latest first.");

        group.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, DeliberationUseCases cases, HttpContext http, NeighborPartyOptions options, CancellationToken ct) =>
                ShowDeliberation(http, await cases.GetAsync(actors.Require(), new DeliberationId(id), ct), options))
            .WithSummary("One deliberation: participants, agenda, proposals with votes and tallies, the decision, the follow-up actions.");

        group.MapPost("/", async (ConveneBody body, IActorAccessor actors, DeliberationUseCases cases, HttpContext http, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var d = await cases.ConveneAsync(actors.Require(), body.ToNew(), ct);
                return Results.Created($"/api/deliberations/{d.Id}", ShowDeliberation(http, d, options));
            })
            .WithWriteProblems()
            .WithSummary("Convenes a deliberation (小区事邻里议) on requests of a compound, with participants by party and an agenda.");

        MapDeliberationStep<ProposalBody>(group, "proposals", (c, a, id, b, v, ct) => c.ProposeAsync(a, id, b.Text, b.ProposedBy, v, ct), "Tables a proposal.");
        MapDeliberationStep<OpenSessionBody>(group, "open", (c, a, id, b, v, ct) => c.OpenAsync(a, id, b.Present, v, ct), "Opens the session, recording who is present.");
        MapDeliberationStep<VoteBody>(group, "votes", (c, a, id, b, v, ct) => c.VoteAsync(a, id, b.Proposal, b.Participant, b.Choice, v, ct),
            "Records a present voter's vote on a proposal (once).");
        MapDeliberationStep<DecideBody>(group, "decide", (c, a, id, b, v, ct) => c.DecideAsync(a, id, b.Proposal, b.Note, v, ct),
            "Adopts a proposal that passed under the district's quorum and threshold, or records that none was adopted.");
        MapDeliberationStep<ActionBody>(group, "actions", (c, a, id, b, v, ct) => c.AddActionAsync(a, id,
            new NewFollowUpAction(b.Description, b.AssigneeKind, b.Assignee, b.DueOn, b.RequestId is { } r ? new RequestId(r) : null), v, ct), "Assigns a follow-up action.");
        group.MapPost("/{id:guid}/actions/{number:int}/end", async (Guid id, int number, EndActionBody body, IActorAccessor actors, DeliberationUseCases cases, HttpContext http,
                NeighborPartyOptions options, CancellationToken ct) =>
                ShowDeliberation(http, await cases.EndActionAsync(actors.Require(), new DeliberationId(id), number, body.Done, body.Result, Versioning.ExpectedVersion(http, "deliberation"), ct),
                    options))
            .WithVersionedWriteProblems()
            .WithSummary("Ends a follow-up action: done with its result, or dropped with a reason. Requires If-Match.");
        MapDeliberationStep<TextBody>(group, "close", (c, a, id, b, v, ct) => c.CloseAsync(a, id, b.Text, v, ct), "Closes it once every action is done or dropped, with the result.");
        MapDeliberationStep<TextBody>(group, "cancel", (c, a, id, b, v, ct) => c.CancelAsync(a, id, b.Text, v, ct), "Calls it off before a decision.");
    }

    private static void MapDeliberationStep<TBody>(RouteGroupBuilder group, string step,
        Func<DeliberationUseCases, Actor, DeliberationId, TBody, long?, CancellationToken, Task<Deliberation>> act, string summary)
        where TBody : class =>
        group.MapPost($"/{{id:guid}}/{step}", async (Guid id, TBody body, IActorAccessor actors, DeliberationUseCases cases, HttpContext http, NeighborPartyOptions options,
                CancellationToken ct) =>
                ShowDeliberation(http, await act(cases, actors.Require(), new DeliberationId(id), body, Versioning.ExpectedVersion(http, "deliberation"), ct), options))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static void MapStep<TBody>(RouteGroupBuilder group, string step, Func<RequestUseCases, Actor, RequestId, TBody, long?, CancellationToken, Task<ResidentRequest>> act,
        string summary)
        where TBody : class =>
        group.MapPost($"/{{id:guid}}/{step}", async (Guid id, TBody body, IActorAccessor actors, RequestUseCases cases, HttpContext http, IClock clock, CancellationToken ct) =>
                Show(http, await act(cases, actors.Require(), new RequestId(id), body, Versioning.ExpectedVersion(http, "request"), ct), clock, true))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static RequestResponse Show(HttpContext http, ResidentRequest request, IClock clock, bool full)
    {
        Versioning.SetETag(http, request.Version);
        return RequestResponse.From(request, clock.GetCurrentInstant(), full);
    }

    private static WishResponse ShowWish(HttpContext http, Revealed<MicroWish> wish, IClock clock, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, wish.Value.Version);
        return WishResponse.From(wish.Value, Today(clock, options), wish.PersonalData);
    }

    private static DeliberationResponse ShowDeliberation(HttpContext http, Deliberation d, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, d.Version);
        return DeliberationResponse.From(d, options.Requests.Deliberation, true);
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}

/// <summary>A step that needs no body (an empty JSON object).</summary>
public sealed record EmptyBody;
