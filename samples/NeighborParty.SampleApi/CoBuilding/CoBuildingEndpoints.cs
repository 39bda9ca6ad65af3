using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.CoBuilding;

/// <summary>
/// Co-building: partners, covenants and signatures, the service menu and orders, positions, teams and deputies'
/// motions. Staff reach what lies in their subtree (a covenant through its branch or community, an order through its
/// compound); a co-building party reaches only what it is party to. Outside that, everything answers 404 like an
/// unknown id.
/// </summary>
internal static class CoBuildingEndpoints
{
    public static IEndpointRouteBuilder MapCoBuildingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cobuilding").WithTags("Co-building").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        group.MapGet("/catalogues", async (AccessGuard guard, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ReadMenu, ct);
                var p = options.CoBuilding;
                return new CataloguesResponse([.. p.ServiceCategories.Values], [.. p.PositionKinds.Values], [.. p.TeamKinds.Values]);
            })
            .WithSummary("Service categories of the menu, kinds of position (近邻阵地) and of team (下沉队伍).");

        // ---- Partners ----
        group.MapGet("/partners", async (Guid place, int? skip, int? take, AccessGuard guard, IReadRepository<Partner> repository, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var scope = await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, new PlaceId(place), ct);
                var reveal = await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(scope.Path), ct);
                return (await repository.ListAsync(new PartnersInScopeSpec(scope.Path, skip ?? 0, take ?? 100), ct)).Select(p => PartnerResponse.From(p, reveal)).ToList();
            })
            .WithSummary("The partners registered in a place's subtree (contact phones masked unless you may see personal data).");

        group.MapGet("/partners/{id:guid}", async (Guid id, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                var partner = await ReadPartnerAsync(guard, service, new PartnerId(id), ct);
                Versioning.SetETag(http, partner.Version);
                return PartnerResponse.From(partner, await RevealAsync(guard, partner, ct));
            })
            .WithSummary("One partner (a partner sees itself).");

        group.MapPost("/partners", async (PartnerRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.HomePlaceId), ct);
                var partner = await service.RegisterPartnerAsync(request.ToDetails(), ct);
                Versioning.SetETag(http, partner.Version);
                return Results.Created($"/api/cobuilding/partners/{partner.Id}", PartnerResponse.From(partner, await RevealAsync(guard, partner, ct)));
            })
            .WithWriteProblems()
            .WithSummary("Registers a partner (one of the six kinds: organ, enterprise, mass organisation, and three kinds of deputy) at a district, street or community.");

        group.MapPut("/partners/{id:guid}", async (Guid id, PartnerRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                var partner = await ReadPartnerAsync(guard, service, new PartnerId(id), ct);
                if (!await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(partner.HomePath), ct) && !await IsPartyAsync(guard, partner.Id, ct))
                {
                    throw await ForbiddenAsync(guard, AccessAction.ManageCoBuilding, ct);
                }

                if (await IsPartyAsync(guard, partner.Id, ct) && guard.Policy.GetReach((await guard.GetScopeAsync(ct)).Actor.Kind, AccessAction.ManageCoBuilding) is null)
                {
                    if (request.HomePlaceId != partner.HomePlaceId.Value)
                    {
                        throw await ForbiddenAsync(guard, AccessAction.ManageCoBuilding, ct); // a partner does not move itself to another place
                    }
                }
                else
                {
                    await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.HomePlaceId), ct);
                }

                partner = await service.ChangePartnerAsync(partner.Id, request.ToDetails(), Versioning.ExpectedVersion(http, "partner"), ct);
                Versioning.SetETag(http, partner.Version);
                return PartnerResponse.From(partner, await RevealAsync(guard, partner, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Changes a partner (staff of its place, or the partner itself). Requires If-Match.");

        // ---- Covenants ----
        group.MapGet("/covenants", async (Guid? unit, Guid? partner, int? skip, int? take, AccessGuard guard, IReadRepository<Covenant> repository, CoBuildingServices service,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                OneOf(unit, partner, "unit", "partner");
                CovenantsSpec spec;
                if (unit is { } u)
                {
                    spec = new CovenantsSpec((await guard.EnsureUnitAsync(AccessAction.ReadCoBuilding, new OrganizationUnitId(u), ct)).Path, skip ?? 0, take ?? 100);
                }
                else
                {
                    var p = await ReadPartnerAsync(guard, service, new PartnerId(partner!.Value), ct);
                    spec = new CovenantsSpec(p.Id, skip ?? 0, take ?? 100);
                }

                var today = Today(clock, options);
                var list = new List<CovenantResponse>();
                foreach (var covenant in await repository.ListAsync(spec, ct))
                {
                    if (await MayReadCovenantAsync(guard, covenant, ct))
                    {
                        list.Add(CovenantResponse.From(covenant, today));
                    }
                }

                return list;
            })
            .WithSummary("The covenants of a unit's subtree, or those a partner is party to (give one).");

        group.MapGet("/covenants/{id:guid}", async (Guid id, AccessGuard guard, CoBuildingServices service, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                ShowCovenant(http, await ReadCovenantAsync(guard, service, new CovenantId(id), ct), clock, options))
            .WithSummary("One covenant: its versions, commitments with what was delivered, signatures, and who has yet to sign.");

        group.MapPost("/covenants", async (DraftCovenantRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ManageCoBuilding, new OrganizationUnitId(request.UnitId), ct);
                var covenant = await service.DraftCovenantAsync(request.Title, new OrganizationUnitId(request.UnitId), [.. request.Partners.Select(p => new PartnerId(p))],
                    new DateInterval(request.ValidFrom, request.ValidTo), [.. request.Commitments.Select(c => c.ToDetails())], ct);
                return Results.Created($"/api/cobuilding/covenants/{covenant.Id}", ShowCovenant(http, covenant, clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Drafts a covenant (共建盟约) between a branch or community and its partners.");

        MapCovenantStep<CovenantContentRequest>(group, "draft", HttpMethod.Put, (s, id, r, v, ct) =>
            s.EditDraftAsync(id, new DateInterval(r.ValidFrom, r.ValidTo), [.. r.Commitments.Select(c => c.ToDetails())], v, ct),
            "Replaces the validity and commitments of the draft (a version out for signature or signed never changes).");
        MapCovenantStep<EmptyRequest>(group, "submit", HttpMethod.Post, (s, id, _, v, ct) => s.SubmitAsync(id, v, ct), "Sends the draft out for every party's signature.");
        MapCovenantStep<CovenantContentRequest>(group, "amend", HttpMethod.Post, (s, id, r, v, ct) =>
            s.AmendAsync(id, new DateInterval(r.ValidFrom, r.ValidTo), [.. r.Commitments.Select(c => c.ToDetails())], v, ct),
            "Drafts an amendment: a new version every party signs again; the signed version stays in force meanwhile.");
        MapCovenantStep<EmptyRequest>(group, "withdraw", HttpMethod.Post, (s, id, _, v, ct) => s.WithdrawAmendmentAsync(id, v, ct), "Withdraws a pending amendment.");
        MapCovenantStep<ReasonRequest>(group, "terminate", HttpMethod.Post, (s, id, r, v, ct) => s.TerminateAsync(id, r.Day ?? default, r.Reason, v, ct),
            "Terminates a signed covenant (day and reason).");
        MapCovenantStep<FulfilmentRequest>(group, "fulfilments", HttpMethod.Post, (s, id, r, v, ct) =>
            s.RecordFulfilmentAsync(id, r.CommitmentKey, r.Quantity, r.Day, FulfilmentSource.Manual, null, r.Note, v, ct),
            "Records something delivered against a commitment (funds, a venue, a service outside the menu).");

        group.MapPost("/covenants/{id:guid}/renew", async (Guid id, RenewRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct);
                var covenant = await ReadCovenantAsync(guard, service, new CovenantId(id), ct);
                await EnsureOrganisationSideAsync(guard, covenant, ct);
                var successor = await service.RenewAsync(covenant.Id, new DateInterval(request.ValidFrom, request.ValidTo), Versioning.ExpectedVersion(http, "covenant"), ct);
                return Results.Created($"/api/cobuilding/covenants/{successor.Id}", ShowCovenant(http, successor, clock, options));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Renews a signed covenant: a successor draft with the same parties and commitments. Requires If-Match.");

        group.MapPost("/covenants/{id:guid}/sign", async (Guid id, SignRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(request.PartnerId is null ? AccessAction.ManageCoBuilding : AccessAction.ActAsParty, ct);
                var covenant = await ReadCovenantAsync(guard, service, new CovenantId(id), ct);
                if (request.PartnerId is { } partner)
                {
                    // A partner signs for itself; nobody signs for a partner.
                    if (!await IsPartyAsync(guard, new PartnerId(partner), ct))
                    {
                        throw await ForbiddenAsync(guard, AccessAction.ActAsParty, ct);
                    }
                }
                else
                {
                    await EnsureOrganisationSideAsync(guard, covenant, ct);
                }

                var signed = await service.SignAsync(covenant.Id, request.PartnerId is { } p ? new PartnerId(p) : null, request.Signer, Versioning.ExpectedVersion(http, "covenant"), ct);
                return ShowCovenant(http, signed, clock, options);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Signs the version out for signature: a partner for itself, or (no partner) the branch or community. Each party once. Requires If-Match.");

        // ---- Menu and orders ----
        group.MapGet("/offerings", async (string? category, Guid? compound, Guid? partner, int? skip, int? take, AccessGuard guard, IReadRepository<ServiceOffering> repository,
                CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                if (category is not null && FieldRules.Key(category, "category") is { } bad)
                {
                    throw new FieldValidationException([bad]);
                }

                await guard.EnsureKindMayAsync(AccessAction.ReadMenu, ct);
                var spec = new MenuSpec(category, compound is { } c ? new PlaceId(c) : null, partner is { } p ? new PartnerId(p) : null, skip: skip ?? 0, take: take ?? 100);
                return (await repository.ListAsync(spec, ct)).Select(OfferingResponse.From).ToList();
            })
            .WithSummary("The service menu (按需点单): active offerings, by category, compound served or partner.");

        group.MapGet("/offerings/{id:guid}", async (Guid id, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ReadMenu, ct);
                var offering = await service.GetOfferingAsync(new OfferingId(id), ct);
                Versioning.SetETag(http, offering.Version);
                return OfferingResponse.From(offering);
            })
            .WithSummary("One offering.");

        group.MapPost("/offerings", async (OfferingRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                if (request.PartnerId is not { } partnerId)
                {
                    throw new FieldValidationException([new RuleViolation("NP-GEN-006", "Name the partner offering it.", "请填写提供服务的共建单位。", target: "partnerId")]);
                }

                var partner = await EnsurePartnerOrStaffAsync(guard, service, new PartnerId(partnerId), ct);
                var offering = await service.PublishAsync(partner.Id, request.ToDetails(), ct);
                Versioning.SetETag(http, offering.Version);
                return Results.Created($"/api/cobuilding/offerings/{offering.Id}", OfferingResponse.From(offering));
            })
            .WithWriteProblems()
            .WithSummary("Publishes an offering on a partner's menu (the partner itself, or staff of its place).");

        group.MapPut("/offerings/{id:guid}", async (Guid id, OfferingRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ReadMenu, ct);
                var offering = await service.GetOfferingAsync(new OfferingId(id), ct);
                await EnsurePartnerOrStaffAsync(guard, service, offering.PartnerId, ct);
                offering = await service.ChangeOfferingAsync(offering.Id, request.ToDetails(), request.Active ?? true, Versioning.ExpectedVersion(http, "offering"), ct);
                Versioning.SetETag(http, offering.Version);
                return OfferingResponse.From(offering);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Changes an offering, or withdraws it (active: false). Requires If-Match.");

        group.MapGet("/orders", async (Guid? place, Guid? partner, OrderState? state, int? skip, int? take, AccessGuard guard, IReadRepository<ServiceOrder> repository,
                CoBuildingServices service, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                OneOf(place, partner, "place", "partner");
                if (FieldRules.Defined(state, "state") is { } bad)
                {
                    throw new FieldValidationException([bad]);
                }

                OrdersSpec spec;
                if (place is { } p)
                {
                    spec = new OrdersSpec((await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, new PlaceId(p), ct)).Path, state, skip ?? 0, take ?? 100);
                }
                else
                {
                    var who = await EnsurePartnerOrStaffAsync(guard, service, new PartnerId(partner!.Value), ct, AccessAction.ReadCoBuilding);
                    spec = new OrdersSpec(who.Id, state, skip ?? 0, take ?? 100);
                }

                return (await repository.ListAsync(spec, ct)).Select(OrderResponse.From).ToList();
            })
            .WithSummary("The orders of a place's compounds, or of a partner (give one), optionally in one state.");

        group.MapGet("/orders/{id:guid}", async (Guid id, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
                ShowOrder(http, await ReadOrderAsync(guard, service, new ServiceOrderId(id), ct)))
            .WithSummary("One order with its steps.");

        group.MapPost("/orders", async (OrderRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.CompoundId), ct);
                var order = await service.OrderAsync(new OfferingId(request.OfferingId), new PlaceId(request.CompoundId), request.Needs, request.Wanted, ct);
                return Results.Created($"/api/cobuilding/orders/{order.Id}", ShowOrder(http, order));
            })
            .WithWriteProblems()
            .WithSummary("Orders a service from the menu for a compound, on the residents' demand (按需点单).");

        MapOrderStep<EmptyRequest>(group, "accept", partnerSide: true, (s, id, _, v, ct) => s.AcceptAsync(id, v, ct), "Accepts the order (by the partner): books a unit of capacity.");
        MapOrderStep<ReasonRequest>(group, "decline", partnerSide: true, (s, id, r, v, ct) => s.DeclineAsync(id, r.Reason, v, ct), "Declines the order, with a reason.");
        MapOrderStep<DayRequest>(group, "schedule", partnerSide: true, (s, id, r, v, ct) => s.ScheduleAsync(id, r.Day, v, ct), "Schedules (or moves) an accepted order.");
        MapOrderStep<DayRequest>(group, "deliver", partnerSide: true, (s, id, r, v, ct) => s.DeliverAsync(id, r.Day, r.Participants, v, ct),
            "Records the delivery (counted as an activity, and against the covenant commitment it serves).");
        MapOrderStep<RateRequest>(group, "rate", partnerSide: false, (s, id, r, v, ct) => s.RateAsync(id, r.Rating, r.Comment, v, ct), "Rates a delivered order (1–5, by the compound).");
        MapOrderStep<ReasonRequest>(group, "cancel", partnerSide: false, (s, id, r, v, ct) => s.CancelAsync(id, r.Reason, v, ct), "Cancels the order before delivery (by the compound).");

        // ---- Positions, teams, motions ----
        group.MapGet("/positions", async (Guid place, AccessGuard guard, IReadRepository<Position> repository, CancellationToken ct) =>
                (await repository.ListAsync(new PositionsInScopeSpec((await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, new PlaceId(place), ct)).Path), ct))
                    .Select(PositionResponse.From).ToList())
            .WithSummary("The positions (近邻阵地) in a place's compounds.");

        group.MapPost("/positions", async (PositionRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.CompoundId), ct);
                var position = await service.OpenPositionAsync(request.Kind, request.Name, new PlaceId(request.CompoundId), request.PartnerId is { } p ? new PartnerId(p) : null,
                    request.Opened, ct);
                Versioning.SetETag(http, position.Version);
                return Results.Created($"/api/cobuilding/positions/{position.Id}", PositionResponse.From(position));
            })
            .WithWriteProblems()
            .WithSummary("Records a position opened in a compound (青年之家, 妇女微家, 四点半学堂 …) and who runs it.");

        group.MapPost("/positions/{id:guid}/close", async (Guid id, DayRequest request, AccessGuard guard, IReadRepository<Position> repository, CoBuildingServices service,
                HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct);
                var position = await repository.GetByIdAsync(new PositionId(id), ct);
                if (position is null || !await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(HierarchyPath.FromSortKeys(position.Compound.PathHigh, position.Compound.PathLow)), ct))
                {
                    throw NotFound("position", id);
                }

                position = await service.ClosePositionAsync(position.Id, request.Day, Versioning.ExpectedVersion(http, "position"), ct);
                Versioning.SetETag(http, position.Version);
                return PositionResponse.From(position);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records that a position closed. Requires If-Match.");

        group.MapGet("/teams", async (Guid place, AccessGuard guard, IReadRepository<DeployedTeam> repository, CancellationToken ct) =>
                (await repository.ListAsync(new TeamsInScopeSpec((await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, new PlaceId(place), ct)).Path), ct))
                    .Select(TeamResponse.Of).ToList())
            .WithSummary("The teams (下沉队伍) deployed through a place's subtree.");

        group.MapPost("/teams", async (TeamRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.HomePlaceId), ct);
                var team = await service.DeployTeamAsync(request.Kind, request.Name, request.PartnerId is { } p ? new PartnerId(p) : null, new PlaceId(request.HomePlaceId),
                    [.. request.Compounds.Select(c => new PlaceId(c))], request.From, request.To, ct);
                Versioning.SetETag(http, team.Version);
                return Results.Created($"/api/cobuilding/teams/{team.Id}", TeamResponse.Of(team));
            })
            .WithWriteProblems()
            .WithSummary("Records a team deployed to compounds (青年文明号, 巾帼文明岗, 工人先锋号 …) for a period.");

        group.MapPost("/teams/{id:guid}/end", async (Guid id, DayRequest request, AccessGuard guard, IReadRepository<DeployedTeam> repository, CoBuildingServices service,
                HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct);
                var team = await repository.GetByIdAsync(new DeployedTeamId(id), ct);
                if (team is null || !await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(HierarchyPath.FromSortKeys(team.Home.PathHigh, team.Home.PathLow)), ct))
                {
                    throw NotFound("team", id);
                }

                team = await service.EndTeamAsync(team.Id, request.Day, Versioning.ExpectedVersion(http, "team"), ct);
                Versioning.SetETag(http, team.Version);
                return TeamResponse.Of(team);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records the end of a team's deployment. Requires If-Match.");

        group.MapGet("/motions", async (Guid? place, Guid? deputy, AccessGuard guard, IReadRepository<DeputyMotion> repository, CoBuildingServices service, CancellationToken ct) =>
            {
                OneOf(place, deputy, "place", "deputy");
                MotionsSpec spec = place is { } p
                    ? new MotionsSpec((await guard.EnsurePlaceAsync(AccessAction.ReadCoBuilding, new PlaceId(p), ct)).Path)
                    : new MotionsSpec((await EnsurePartnerOrStaffAsync(guard, service, new PartnerId(deputy!.Value), ct, AccessAction.ReadCoBuilding)).Id);
                return (await repository.ListAsync(spec, ct)).Select(MotionResponse.From).ToList();
            })
            .WithSummary("The motions (议案 / 提案 / 建议) arising from a place's compounds, or filed by a deputy (give one).");

        group.MapPost("/motions", async (MotionRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                if (!await IsPartyAsync(guard, new PartnerId(request.DeputyId), ct))
                {
                    await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, new PlaceId(request.CompoundId), ct);
                }

                var motion = await service.FileMotionAsync(new PartnerId(request.DeputyId), request.Kind, request.Title, new PlaceId(request.CompoundId), request.FiledWith,
                    request.FiledOn, ct);
                Versioning.SetETag(http, motion.Version);
                return Results.Created($"/api/cobuilding/motions/{motion.Id}", MotionResponse.From(motion));
            })
            .WithWriteProblems()
            .WithSummary("Records a deputy's motion arising from a compound matter (the deputy, or staff of the compound).");

        group.MapPost("/motions/{id:guid}/status", async (Guid id, MotionStatusRequest request, AccessGuard guard, IReadRepository<DeputyMotion> repository,
                CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct);
                var motion = await repository.GetByIdAsync(new MotionId(id), ct);
                if (motion is null || !await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(HierarchyPath.FromSortKeys(motion.Compound.PathHigh, motion.Compound.PathLow)), ct))
                {
                    throw NotFound("motion", id);
                }

                motion = await service.MoveMotionAsync(motion.Id, request.Status, request.Day, request.Text, request.HandledBy, Versioning.ExpectedVersion(http, "motion"), ct);
                Versioning.SetETag(http, motion.Version);
                return MotionResponse.From(motion);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Moves a motion on: accepted (立案) or rejected, answered, closed. Requires If-Match.");

        return app;
    }

    private static void MapCovenantStep<TRequest>(RouteGroupBuilder group, string step, HttpMethod method,
        Func<CoBuildingServices, CovenantId, TRequest, long?, CancellationToken, Task<Covenant>> act, string summary)
        where TRequest : class
    {
        async Task<CovenantResponse> Handle(Guid id, TRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, IClock clock,
            NeighborPartyOptions options, CancellationToken ct)
        {
            await guard.EnsureKindMayAsync(AccessAction.ManageCoBuilding, ct); // 403 before anything is looked up
            var covenant = await ReadCovenantAsync(guard, service, new CovenantId(id), ct);
            await EnsureOrganisationSideAsync(guard, covenant, ct);
            return ShowCovenant(http, await act(service, covenant.Id, request, Versioning.ExpectedVersion(http, "covenant"), ct), clock, options);
        }

        var route = $"/covenants/{{id:guid}}/{step}";
        (method == HttpMethod.Put ? group.MapPut(route, Handle) : group.MapPost(route, Handle))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " By the branch or community. Requires If-Match.");
    }

    private static void MapOrderStep<TRequest>(RouteGroupBuilder group, string step, bool partnerSide,
        Func<CoBuildingServices, ServiceOrderId, TRequest, long?, CancellationToken, Task<ServiceOrder>> act, string summary)
        where TRequest : class =>
        group.MapPost($"/orders/{{id:guid}}/{step}", async (Guid id, TRequest request, AccessGuard guard, CoBuildingServices service, HttpContext http, CancellationToken ct) =>
            {
                await EndpointRules.EnsureAnyKindAsync(guard, partnerSide ? [AccessAction.ManageCoBuilding, AccessAction.ActAsParty] : [AccessAction.ManageCoBuilding], ct);
                var order = await ReadOrderAsync(guard, service, new ServiceOrderId(id), ct);
                var compoundSide = await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(order.CompoundPath), ct);
                if (!compoundSide && !(partnerSide && await IsPartyAsync(guard, order.PartnerId, ct)))
                {
                    throw await ForbiddenAsync(guard, partnerSide ? AccessAction.ActAsParty : AccessAction.ManageCoBuilding, ct);
                }

                return ShowOrder(http, await act(service, order.Id, request, Versioning.ExpectedVersion(http, "order"), ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static async Task<Partner> ReadPartnerAsync(AccessGuard guard, CoBuildingServices service, PartnerId id, CancellationToken ct)
    {
        await EnsureReaderAsync(guard, ct);
        var partner = await service.GetPartnerAsync(id, ct);
        return await IsPartyAsync(guard, id, ct) || await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Place(partner.HomePath), ct)
            ? partner : throw NotFound("partner", id.Value);
    }

    private static async Task<Partner> EnsurePartnerOrStaffAsync(AccessGuard guard, CoBuildingServices service, PartnerId id, CancellationToken ct,
        AccessAction? staffAction = null)
    {
        var partner = await ReadPartnerAsync(guard, service, id, ct);
        if (await IsPartyAsync(guard, id, ct) || await guard.AllowsAsync(staffAction ?? AccessAction.ManageCoBuilding, AccessTarget.Place(partner.HomePath), ct))
        {
            return partner;
        }

        throw await ForbiddenAsync(guard, staffAction ?? AccessAction.ManageCoBuilding, ct);
    }

    private static async Task<Covenant> ReadCovenantAsync(AccessGuard guard, CoBuildingServices service, CovenantId id, CancellationToken ct)
    {
        await EnsureReaderAsync(guard, ct);
        var covenant = await service.GetCovenantAsync(id, ct);
        return await MayReadCovenantAsync(guard, covenant, ct) ? covenant : throw NotFound("covenant", id.Value);
    }

    private static async Task<bool> MayReadCovenantAsync(AccessGuard guard, Covenant covenant, CancellationToken ct)
    {
        if (await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Unit(covenant.UnitPath), ct))
        {
            return true;
        }

        foreach (var party in covenant.Partners)
        {
            if (await IsPartyAsync(guard, party.PartnerId, ct))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task EnsureOrganisationSideAsync(AccessGuard guard, Covenant covenant, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Unit(covenant.UnitPath), ct))
        {
            throw await ForbiddenAsync(guard, AccessAction.ManageCoBuilding, ct);
        }
    }

    private static async Task<ServiceOrder> ReadOrderAsync(AccessGuard guard, CoBuildingServices service, ServiceOrderId id, CancellationToken ct)
    {
        await EnsureReaderAsync(guard, ct);
        var order = await service.GetOrderAsync(id, ct);
        return await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Place(order.CompoundPath), ct) || await IsPartyAsync(guard, order.PartnerId, ct)
            ? order : throw NotFound("order", id.Value);
    }

    /// <summary>403 for kinds that may neither read co-building nor act as a party; nothing is looked up first.</summary>
    private static Task EnsureReaderAsync(AccessGuard guard, CancellationToken ct) =>
        EndpointRules.EnsureAnyKindAsync(guard, [AccessAction.ReadCoBuilding, AccessAction.ActAsParty], ct);

    private static Task<bool> IsPartyAsync(AccessGuard guard, PartnerId id, CancellationToken ct) => guard.AllowsAsync(AccessAction.ActAsParty, AccessTarget.Party(id.Value), ct);

    private static async Task<RuleViolationException> ForbiddenAsync(AccessGuard guard, AccessAction action, CancellationToken ct) =>
        new(AccessPolicy.Forbidden((await guard.GetScopeAsync(ct)).Actor.Kind, action));

    private static async Task<bool> RevealAsync(AccessGuard guard, Partner partner, CancellationToken ct) =>
        await IsPartyAsync(guard, partner.Id, ct) || await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(partner.HomePath), ct);

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

    private static RuleViolationException NotFound(string what, Guid id) =>
        new(new RuleViolation(CoBuildingRules.NotFound, $"No {what} {id}.", $"没有编号为 {id} 的记录。", kind: RuleViolationKind.NotFound, target: "id"));

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}

/// <summary>A step that needs no body (an empty JSON object).</summary>
public sealed record EmptyRequest;
