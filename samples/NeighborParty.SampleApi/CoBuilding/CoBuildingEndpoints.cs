using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.CoBuilding;

/// <summary>
/// Co-building: partners, covenants and signatures, the service menu and orders, positions, teams and deputies'
/// motions. Each endpoint binds, calls one of the library's co-building use cases for the acting actor and maps: staff
/// reach what lies in their subtree, a co-building party only what it is party to, and outside that everything
/// answers 404 like an unknown id — decided in the library.
/// </summary>
internal static class CoBuildingEndpoints
{
    public static IEndpointRouteBuilder MapCoBuildingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cobuilding").WithTags("Co-building").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        group.MapGet("/catalogues", async (IActorAccessor actors, PartnerUseCases cases, CancellationToken ct) =>
            {
                var p = await cases.CataloguesAsync(actors.Require(), ct);
                return new CataloguesResponse([.. p.ServiceCategories.Values], [.. p.PositionKinds.Values], [.. p.TeamKinds.Values]);
            })
            .WithSummary("Service categories of the menu, kinds of position (近邻阵地) and of team (下沉队伍).");

        // ---- Partners ----
        group.MapGet("/partners", async (Guid place, int? skip, int? take, IActorAccessor actors, PartnerUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var shown = await cases.ListAsync(actors.Require(), new PlaceId(place), skip ?? 0, take ?? 100, ct);
                return shown.Value.Select(p => PartnerResponse.From(p, shown.PersonalData)).ToList();
            })
            .WithSummary("The partners registered in a place's subtree (contact phones masked unless you may see personal data).");

        group.MapGet("/partners/{id:guid}", async (Guid id, IActorAccessor actors, PartnerUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowPartner(http, await cases.GetAsync(actors.Require(), new PartnerId(id), ct)))
            .WithSummary("One partner (a partner sees itself).");

        group.MapPost("/partners", async (PartnerRequest request, IActorAccessor actors, PartnerUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var shown = await cases.RegisterAsync(actors.Require(), request.ToDetails(), ct);
                return Results.Created($"/api/cobuilding/partners/{shown.Value.Id}", ShowPartner(http, shown));
            })
            .WithWriteProblems()
            .WithSummary("Registers a partner (one of the six kinds: organ, enterprise, mass organisation, and three kinds of deputy) at a district, street or community.");

        group.MapPut("/partners/{id:guid}", async (Guid id, PartnerRequest request, IActorAccessor actors, PartnerUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowPartner(http, await cases.ChangeAsync(actors.Require(), new PartnerId(id), request.ToDetails(), Versioning.ExpectedVersion(http, "partner"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Changes a partner: staff of its place change anything; the partner itself only its contacts. Requires If-Match.");

        // ---- Covenants ----
        group.MapGet("/covenants", async (Guid? unit, Guid? partner, int? skip, int? take, string? after, IActorAccessor actors, CovenantUseCases cases, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var keyset = EndpointRules.Paging(skip, take, after);
                OneOf(unit, partner, "unit", "partner");
                var today = Today(clock, options);
                var (byUnit, byPartner) = (unit is { } u ? new OrganizationUnitId(u) : (OrganizationUnitId?)null, partner is { } p ? new PartnerId(p) : (PartnerId?)null);
                if (!keyset)
                {
                    var list = await cases.ListAsync(actors.Require(), byUnit, byPartner, skip ?? 0, take ?? 100, ct);
                    return list.ConvertAll(c => CovenantResponse.From(c, today));
                }

                var page = await cases.PageAsync(actors.Require(), byUnit, byPartner, after, take ?? 100, ct);
                EndpointRules.NextPage(http, page.Next);
                return [.. page.Items.Select(c => CovenantResponse.From(c, today))];
            })
            .WithSummary("The covenants of a unit's subtree, or those a partner is party to (give one), by title; a page holds only what you may read. Pages of `take`: follow the `Link: rel=\"next\"` header, or give `skip`.");

        group.MapGet("/covenants/{id:guid}", async (Guid id, IActorAccessor actors, CovenantUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                ShowCovenant(http, await cases.GetAsync(actors.Require(), new CovenantId(id), ct), clock, options))
            .WithSummary("One covenant: its versions, commitments with what was delivered, signatures, and who has yet to sign.");

        group.MapPost("/covenants", async (DraftCovenantRequest request, IActorAccessor actors, CovenantUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
            {
                var covenant = await cases.DraftAsync(actors.Require(), request.Title, new OrganizationUnitId(request.UnitId), [.. request.Partners.Select(p => new PartnerId(p))],
                    new DateInterval(request.ValidFrom, request.ValidTo), [.. request.Commitments.Select(c => c.ToDetails())], ct);
                return Results.Created($"/api/cobuilding/covenants/{covenant.Id}", ShowCovenant(http, covenant, clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Drafts a covenant (共建盟约) between a branch or community and its partners.");

        MapCovenantStep<CovenantContentRequest>(group, "draft", HttpMethod.Put, (c, a, id, r, v, ct) =>
            c.EditDraftAsync(a, id, new DateInterval(r.ValidFrom, r.ValidTo), [.. r.Commitments.Select(x => x.ToDetails())], v, ct),
            "Replaces the validity and commitments of the draft (a version out for signature or signed never changes).");
        MapCovenantStep<EmptyRequest>(group, "submit", HttpMethod.Post, (c, a, id, _, v, ct) => c.SubmitAsync(a, id, v, ct), "Sends the draft out for every party's signature.");
        MapCovenantStep<CovenantContentRequest>(group, "amend", HttpMethod.Post, (c, a, id, r, v, ct) =>
            c.AmendAsync(a, id, new DateInterval(r.ValidFrom, r.ValidTo), [.. r.Commitments.Select(x => x.ToDetails())], v, ct),
            "Drafts an amendment: a new version every party signs again; the signed version stays in force meanwhile.");
        MapCovenantStep<EmptyRequest>(group, "withdraw", HttpMethod.Post, (c, a, id, _, v, ct) => c.WithdrawAmendmentAsync(a, id, v, ct), "Withdraws a pending amendment.");
        MapCovenantStep<ReasonRequest>(group, "terminate", HttpMethod.Post, (c, a, id, r, v, ct) => c.TerminateAsync(a, id, r.Day ?? default, r.Reason, v, ct),
            "Terminates a signed covenant (day and reason).");
        MapCovenantStep<FulfilmentRequest>(group, "fulfilments", HttpMethod.Post, (c, a, id, r, v, ct) =>
            c.RecordFulfilmentAsync(a, id, r.CommitmentKey, r.Quantity, r.Day, r.Note, v, ct),
            "Records something delivered against a commitment (funds, a venue, a service outside the menu).");

        group.MapPost("/covenants/{id:guid}/renew", async (Guid id, RenewRequest request, IActorAccessor actors, CovenantUseCases cases, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                var successor = await cases.RenewAsync(actors.Require(), new CovenantId(id), new DateInterval(request.ValidFrom, request.ValidTo), Versioning.ExpectedVersion(http, "covenant"), ct);
                return Results.Created($"/api/cobuilding/covenants/{successor.Id}", ShowCovenant(http, successor, clock, options));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Renews a signed covenant: a successor draft with the same parties and commitments. Requires If-Match.");

        group.MapPost("/covenants/{id:guid}/sign", async (Guid id, SignRequest request, IActorAccessor actors, CovenantUseCases cases, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
                ShowCovenant(http, await cases.SignAsync(actors.Require(), new CovenantId(id), request.PartnerId is { } p ? new PartnerId(p) : null, request.Signer,
                    Versioning.ExpectedVersion(http, "covenant"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Signs the version out for signature: a partner for itself, or (no partner) the branch or community. Each party once. Requires If-Match.");

        // ---- Menu and orders ----
        group.MapGet("/offerings", async (string? category, Guid? compound, Guid? partner, int? skip, int? take, IActorAccessor actors, MenuUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                if (category is not null && FieldRules.Key(category, "category") is { } bad)
                {
                    throw new FieldValidationException([bad]);
                }

                var list = await cases.OfferingsAsync(actors.Require(), category, compound is { } c ? new PlaceId(c) : null, partner is { } p ? new PartnerId(p) : null,
                    skip ?? 0, take ?? 100, ct);
                return list.Select(OfferingResponse.From).ToList();
            })
            .WithSummary("The service menu (按需点单): active offerings, by category, compound served or partner.");

        group.MapGet("/offerings/{id:guid}", async (Guid id, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowOffering(http, await cases.OfferingAsync(actors.Require(), new OfferingId(id), ct)))
            .WithSummary("One offering.");

        group.MapPost("/offerings", async (OfferingRequest request, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                if (request.PartnerId is not { } partnerId)
                {
                    throw new FieldValidationException([new RuleViolation("NP-GEN-006", "Name the partner offering it.", "请填写提供服务的共建单位。", target: "partnerId")]);
                }

                var offering = await cases.PublishAsync(actors.Require(), new PartnerId(partnerId), request.ToDetails(), ct);
                return Results.Created($"/api/cobuilding/offerings/{offering.Id}", ShowOffering(http, offering));
            })
            .WithWriteProblems()
            .WithSummary("Publishes an offering on a partner's menu (the partner itself, or staff of its place).");

        group.MapPut("/offerings/{id:guid}", async (Guid id, OfferingRequest request, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowOffering(http, await cases.ChangeOfferingAsync(actors.Require(), new OfferingId(id), request.ToDetails(), request.Active ?? true, Versioning.ExpectedVersion(http, "offering"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Changes an offering, or withdraws it (active: false). Requires If-Match.");

        group.MapGet("/orders", async (Guid? place, Guid? partner, OrderState? state, int? skip, int? take, IActorAccessor actors, MenuUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                OneOf(place, partner, "place", "partner");
                if (FieldRules.Defined(state, "state") is { } bad)
                {
                    throw new FieldValidationException([bad]);
                }

                var list = await cases.OrdersAsync(actors.Require(), place is { } p ? new PlaceId(p) : null, partner is { } q ? new PartnerId(q) : null, state, skip ?? 0, take ?? 100, ct);
                return list.Select(OrderResponse.From).ToList();
            })
            .WithSummary("The orders of a place's compounds, or of a partner (give one), optionally in one state.");

        group.MapGet("/orders/{id:guid}", async (Guid id, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowOrder(http, await cases.OrderAsync(actors.Require(), new ServiceOrderId(id), ct)))
            .WithSummary("One order with its steps.");

        group.MapPost("/orders", async (OrderRequest request, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var order = await cases.PlaceOrderAsync(actors.Require(), new OfferingId(request.OfferingId), new PlaceId(request.CompoundId), request.Needs, request.Wanted, ct);
                return Results.Created($"/api/cobuilding/orders/{order.Id}", ShowOrder(http, order));
            })
            .WithWriteProblems()
            .WithSummary("Orders a service from the menu for a compound, on the residents' demand (按需点单).");

        MapOrderStep<EmptyRequest>(group, "accept", (c, a, id, _, v, ct) => c.AcceptAsync(a, id, v, ct), "Accepts the order (by the partner): books a unit of capacity.");
        MapOrderStep<ReasonRequest>(group, "decline", (c, a, id, r, v, ct) => c.DeclineAsync(a, id, r.Reason, v, ct), "Declines the order, with a reason.");
        MapOrderStep<DayRequest>(group, "schedule", (c, a, id, r, v, ct) => c.ScheduleAsync(a, id, r.Day, v, ct), "Schedules (or moves) an accepted order.");
        MapOrderStep<DayRequest>(group, "deliver", (c, a, id, r, v, ct) => c.DeliverAsync(a, id, r.Day, r.Participants, v, ct),
            "Records the delivery (counted as an activity, and against the covenant commitment it serves).");
        MapOrderStep<RateRequest>(group, "rate", (c, a, id, r, v, ct) => c.RateAsync(a, id, r.Rating, r.Comment, v, ct), "Rates a delivered order (1–5, by the compound).");
        MapOrderStep<ReasonRequest>(group, "cancel", (c, a, id, r, v, ct) => c.CancelAsync(a, id, r.Reason, v, ct), "Cancels the order before delivery (by the compound).");

        // ---- Positions, teams, motions ----
        group.MapGet("/positions", async (Guid place, IActorAccessor actors, DeploymentUseCases cases, CancellationToken ct) =>
                (await cases.PositionsAsync(actors.Require(), new PlaceId(place), ct)).Select(PositionResponse.From).ToList())
            .WithSummary("The positions (近邻阵地) in a place's compounds.");

        group.MapPost("/positions", async (PositionRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var position = await cases.OpenPositionAsync(actors.Require(), request.Kind, request.Name, new PlaceId(request.CompoundId),
                    request.PartnerId is { } p ? new PartnerId(p) : null, request.Opened, ct);
                Versioning.SetETag(http, position.Version);
                return Results.Created($"/api/cobuilding/positions/{position.Id}", PositionResponse.From(position));
            })
            .WithWriteProblems()
            .WithSummary("Records a position opened in a compound (青年之家, 妇女微家, 四点半学堂 …) and who runs it.");

        group.MapPost("/positions/{id:guid}/close", async (Guid id, DayRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var position = await cases.ClosePositionAsync(actors.Require(), new PositionId(id), request.Day, Versioning.ExpectedVersion(http, "position"), ct);
                Versioning.SetETag(http, position.Version);
                return PositionResponse.From(position);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records that a position closed. Requires If-Match.");

        group.MapGet("/teams", async (Guid place, IActorAccessor actors, DeploymentUseCases cases, CancellationToken ct) =>
                (await cases.TeamsAsync(actors.Require(), new PlaceId(place), ct)).Select(TeamResponse.Of).ToList())
            .WithSummary("The teams (下沉队伍) deployed through a place's subtree.");

        group.MapPost("/teams", async (TeamRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var team = await cases.DeployTeamAsync(actors.Require(), request.Kind, request.Name, request.PartnerId is { } p ? new PartnerId(p) : null, new PlaceId(request.HomePlaceId),
                    [.. request.Compounds.Select(c => new PlaceId(c))], request.From, request.To, ct);
                Versioning.SetETag(http, team.Version);
                return Results.Created($"/api/cobuilding/teams/{team.Id}", TeamResponse.Of(team));
            })
            .WithWriteProblems()
            .WithSummary("Records a team deployed to compounds (青年文明号, 巾帼文明岗, 工人先锋号 …) for a period.");

        group.MapPost("/teams/{id:guid}/end", async (Guid id, DayRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var team = await cases.EndTeamAsync(actors.Require(), new DeployedTeamId(id), request.Day, Versioning.ExpectedVersion(http, "team"), ct);
                Versioning.SetETag(http, team.Version);
                return TeamResponse.Of(team);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records the end of a team's deployment. Requires If-Match.");

        group.MapGet("/motions", async (Guid? place, Guid? deputy, IActorAccessor actors, DeploymentUseCases cases, CancellationToken ct) =>
            {
                OneOf(place, deputy, "place", "deputy");
                return (await cases.MotionsAsync(actors.Require(), place is { } p ? new PlaceId(p) : null, deputy is { } d ? new PartnerId(d) : null, ct))
                    .Select(MotionResponse.From).ToList();
            })
            .WithSummary("The motions (议案 / 提案 / 建议) arising from a place's compounds, or filed by a deputy (give one).");

        group.MapPost("/motions", async (MotionRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var motion = await cases.FileMotionAsync(actors.Require(), new PartnerId(request.DeputyId), request.Kind, request.Title, new PlaceId(request.CompoundId),
                    request.FiledWith, request.FiledOn, ct);
                Versioning.SetETag(http, motion.Version);
                return Results.Created($"/api/cobuilding/motions/{motion.Id}", MotionResponse.From(motion));
            })
            .WithWriteProblems()
            .WithSummary("Records a deputy's motion arising from a compound matter (the deputy, or staff of the compound).");

        group.MapPost("/motions/{id:guid}/status", async (Guid id, MotionStatusRequest request, IActorAccessor actors, DeploymentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var motion = await cases.MoveMotionAsync(actors.Require(), new MotionId(id), request.Status, request.Day, request.Text, request.HandledBy,
                    Versioning.ExpectedVersion(http, "motion"), ct);
                Versioning.SetETag(http, motion.Version);
                return MotionResponse.From(motion);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Moves a motion on: accepted (立案) or rejected, answered, closed. Requires If-Match.");

        return app;
    }

    private static void MapCovenantStep<TRequest>(RouteGroupBuilder group, string step, HttpMethod method,
        Func<CovenantUseCases, Actor, CovenantId, TRequest, long?, CancellationToken, Task<Covenant>> act, string summary)
        where TRequest : class
    {
        async Task<CovenantResponse> Handle(Guid id, TRequest request, IActorAccessor actors, CovenantUseCases cases, HttpContext http, IClock clock,
            NeighborPartyOptions options, CancellationToken ct) =>
            ShowCovenant(http, await act(cases, actors.Require(), new CovenantId(id), request, Versioning.ExpectedVersion(http, "covenant"), ct), clock, options);

        var route = $"/covenants/{{id:guid}}/{step}";
        (method == HttpMethod.Put ? group.MapPut(route, Handle) : group.MapPost(route, Handle))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " By the branch or community. Requires If-Match.");
    }

    private static void MapOrderStep<TRequest>(RouteGroupBuilder group, string step,
        Func<MenuUseCases, Actor, ServiceOrderId, TRequest, long?, CancellationToken, Task<ServiceOrder>> act, string summary)
        where TRequest : class =>
        group.MapPost($"/orders/{{id:guid}}/{step}", async (Guid id, TRequest request, IActorAccessor actors, MenuUseCases cases, HttpContext http, CancellationToken ct) =>
                ShowOrder(http, await act(cases, actors.Require(), new ServiceOrderId(id), request, Versioning.ExpectedVersion(http, "order"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static PartnerResponse ShowPartner(HttpContext http, Revealed<Partner> shown)
    {
        Versioning.SetETag(http, shown.Value.Version);
        return PartnerResponse.From(shown.Value, shown.PersonalData);
    }

    private static OfferingResponse ShowOffering(HttpContext http, ServiceOffering offering)
    {
        Versioning.SetETag(http, offering.Version);
        return OfferingResponse.From(offering);
    }

    private static CovenantResponse ShowCovenant(HttpContext http, Covenant covenant, IClock clock, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, covenant.Version);
        return CovenantResponse.From(covenant, Today(clock, options));
    }

    private static OrderResponse ShowOrder(HttpContext http, ServiceOrder order)
    {
        Versioning.SetETag(http, order.Version);
        return OrderResponse.From(order);
    }

    private static void OneOf(Guid? a, Guid? b, string aName, string bName)
    {
        if ((a is null) == (b is null))
        {
            throw new FieldValidationException([new RuleViolation("NP-GEN-003", $"Give exactly one of '{aName}' and '{bName}'.", $"须且只能填写“{aName}”或“{bName}”之一。", target: aName)]);
        }
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}

/// <summary>A step that needs no body (an empty JSON object).</summary>
public sealed record EmptyRequest;
