using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.SampleApi.Stewards;

/// <summary>
/// Red Stewards: the role catalogue, appointments (made, ended early, re-termed under TR-3), a compound's owners'
/// committee and property management, its team, and the coverage report of any place. An appointment is reached
/// through its site (unit or place); outside the caller's scope it answers 404 like an unknown one.
/// </summary>
internal static class StewardEndpoints
{
    public static IEndpointRouteBuilder MapStewardEndpoints(this IEndpointRouteBuilder app)
    {
        var stewards = app.MapGroup("/api/stewards").WithTags("Red Stewards").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        stewards.MapGet("/roles", async (AccessGuard guard, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ReadStewards, ct);
                return options.Stewards.Roles.Values.Select(RoleResponse.From).ToList();
            })
            .WithSummary("The roles a steward may hold: the library's and the district's own, with who may hold them, where, and their term.");

        stewards.MapGet("/appointments", async (Guid? unit, Guid? place, string? role, string? heldOn, int? skip, int? take, AccessGuard guard,
                IReadRepository<Appointment> repository, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var errors = new[]
                {
                    (unit is null) == (place is null) ? new RuleViolation("NP-GEN-003", "Give exactly one of 'unit' and 'place'.", "须且只能填写“unit”或“place”之一。", target: "unit") : null,
                    role is not null && (role.Length is 0 or > 64 || !role.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                        ? new RuleViolation(StewardRules.UnknownRole, "A role key has 1 to 64 characters from a-z, 0-9 and '-'.", "职务代码须为1至64个 a-z、0-9 或“-”字符。", target: "role") : null,
                    FieldRules.Range(skip, 0, 1_000_000, "skip"), FieldRules.Range(take, 1, 1000, "take"),
                    heldOn is not null && !NodaTime.Text.LocalDatePattern.Iso.Parse(heldOn).Success
                        ? new RuleViolation("NP-GEN-008", "'heldOn' must be an ISO 8601 date (yyyy-MM-dd).", "“heldOn”须为 ISO 8601 日期（yyyy-MM-dd）。", target: "heldOn") : null,
                }.OfType<RuleViolation>().ToList();
                if (errors.Count > 0)
                {
                    throw new FieldValidationException(errors);
                }

                LocalDate? day = heldOn is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(heldOn).Value;
                var spec = unit is { } u
                    ? new AppointmentsInScopeSpec((await guard.EnsureUnitAsync(AccessAction.ReadStewards, new OrganizationUnitId(u), ct)).Path, [], new AppointmentFilter(role, day), skip ?? 0, take ?? 100)
                    : new AppointmentsInScopeSpec(null, [(await guard.EnsurePlaceAsync(AccessAction.ReadStewards, new PlaceId(place!.Value), ct)).Path], new AppointmentFilter(role, day), skip ?? 0, take ?? 100);
                var today = Today(clock, options);
                return (await repository.ListAsync(spec, ct)).Select(a => AppointmentResponse.From(a, options.Stewards.RoleOf(a), today)).ToList();
            })
            .WithSummary("The appointments at a unit's subtree or a place's subtree (give one), optionally one role and those in office on a day (heldOn=yyyy-MM-dd); page with skip/take (≤ 1000).");

        stewards.MapGet("/appointments/{id:guid}", async (Guid id, AccessGuard guard, AppointmentService service, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await EnsureAppointmentAsync(guard, service, AccessAction.ReadStewards, new AppointmentId(id), ct), clock, options))
            .WithSummary("One appointment. The version is the ETag.");

        stewards.MapPost("/appointments", async (AppointRequest request, AccessGuard guard, AppointmentService service, IReadRepository<Resident> residents,
                HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                if (request.UnitId is { } unit)
                {
                    await guard.EnsureUnitAsync(AccessAction.Appoint, new OrganizationUnitId(unit), ct);
                }
                else if (request.PlaceId is { } place)
                {
                    await guard.EnsurePlaceAsync(AccessAction.Appoint, new PlaceId(place), ct);
                }
                else
                {
                    await guard.EnsureKindMayAsync(AccessAction.Appoint, ct);
                }

                // The person must be someone the caller can see; otherwise the answer is the one for an unknown person.
                if (request.MemberId is { } memberId)
                {
                    await guard.EnsureMemberAsync(AccessAction.ReadMembers, new PartyMemberId(memberId), ct);
                }
                else if (request.ResidentId is { } residentId)
                {
                    var resident = await residents.GetByIdAsync(new ResidentId(residentId), ct);
                    if (resident is null || !await guard.AllowsAsync(AccessAction.ReadMembers, AccessTarget.Place(resident.CompoundPath), ct))
                    {
                        throw new RuleViolationException(new RuleViolation(StewardRules.WrongHolder, $"No resident {residentId}.", $"没有编号为 {residentId} 的居民。",
                            kind: RuleViolationKind.NotFound, target: "residentId"));
                    }
                }

                var appointment = await service.AppointAsync(new NewAppointment(request.Role, request.MemberId is { } m ? new PartyMemberId(m) : null,
                    request.ResidentId is { } r ? new ResidentId(r) : null, request.UnitId is { } u2 ? new OrganizationUnitId(u2) : null,
                    request.PlaceId is { } p ? new PlaceId(p) : null, request.Grid, request.Start, request.End, request.Basis, request.BasisNote), ct);
                return Results.Created($"/api/stewards/appointments/{appointment.Id}", Show(http, appointment, clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Appoints a member or resident to a role at a unit or place, after every rule that applies (BR-4, TR-2, TR-6, residence, 一肩挑).");

        stewards.MapPost("/appointments/{id:guid}/end", async (Guid id, EndAppointmentRequest request, AccessGuard guard, AppointmentService service, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EnsureAppointmentAsync(guard, service, AccessAction.Appoint, new AppointmentId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "appointment");
                return Show(http, await service.EndAsync(new AppointmentId(id), request.LastDay, request.Reason, request.Note, expected, ct), clock, options);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Ends an appointment early (resigned, removed, moved away, died, replaced) with a reason. Requires If-Match.");

        stewards.MapPost("/appointments/{id:guid}/term", async (Guid id, ChangeTermRequest request, AccessGuard guard, AppointmentService service, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EnsureAppointmentAsync(guard, service, AccessAction.Appoint, new AppointmentId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "appointment");
                return Show(http, await service.ChangeTermAsync(new AppointmentId(id), request.End, request.ApprovedBy, request.ApprovedOn, expected, ct), clock, options);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Postpones or advances the end of a Party organisation's term by at most a year with the higher committee's approval (TR-3). Requires If-Match.");

        stewards.MapGet("/compounds/{id:guid}/governance", async (Guid id, AccessGuard guard, GovernanceService service, HttpContext http, CancellationToken ct) =>
            {
                var place = await guard.EnsurePlaceAsync(AccessAction.ReadStewards, new PlaceId(id), ct);
                var record = await service.GetGovernanceAsync(place.Id, ct);
                Versioning.SetETag(http, record?.Version ?? 0);
                return GovernanceResponse.From(id, record, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), ct));
            })
            .WithSummary("The owners' committee (业委会) and property management of a compound; version 0 (the ETag) while nothing is recorded.");

        stewards.MapPut("/compounds/{id:guid}/governance", async (Guid id, GovernanceRequest request, AccessGuard guard, GovernanceService service, HttpContext http, CancellationToken ct) =>
            {
                var place = await guard.EnsurePlaceAsync(AccessAction.ManageGovernance, new PlaceId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "governance");
                var record = await service.SetGovernanceAsync(place.Id, request.ToDetails(), expected, ct);
                Versioning.SetETag(http, record.Version);
                return GovernanceResponse.From(id, record, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records the owners' committee and property management of a compound, replacing what was there. Requires If-Match (\"0\" for the first record).");

        stewards.MapGet("/compounds/{id:guid}/team", async (Guid id, AccessGuard guard, StewardReports service, CancellationToken ct) =>
            {
                var place = await guard.EnsurePlaceAsync(AccessAction.ReadStewards, new PlaceId(id), ct);
                var team = await service.TeamAsync(place.Id, ct);
                return TeamResponse.From(team, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), ct));
            })
            .WithSummary("The Red Steward team of a compound today: who holds which role, since when, member or resident, retired or in service, and 一肩挑.");

        stewards.MapGet("/coverage/{placeId:guid}", async (Guid placeId, AccessGuard guard, StewardReports service, CancellationToken ct) =>
            {
                var place = await guard.EnsurePlaceAsync(AccessAction.ReadStewards, new PlaceId(placeId), ct);
                return CoverageResponse.From(await service.CoverageAsync(place.Id, ct));
            })
            .WithSummary("The coverage report of a place: branches without a secretary, committees missing or out of size (BR-4), buildings without a leader, terms ending within 6 months (TR-4), expired terms, vacancies, 一肩挑.");

        return app;
    }

    private static async Task<Appointment> EnsureAppointmentAsync(AccessGuard guard, AppointmentService service, AccessAction action, AppointmentId id, CancellationToken ct)
    {
        await guard.EnsureKindMayAsync(action, ct);
        var appointment = await service.GetAsync(id, ct);
        var target = appointment.UnitId is not null ? AccessTarget.Unit(appointment.SitePath) : AccessTarget.Place(appointment.SitePath);
        if (!await guard.AllowsAsync(action, target, ct))
        {
            // Outside the scope: exactly the answer for an unknown appointment.
            throw new RuleViolationException(new RuleViolation(StewardRules.NotFound, $"No appointment {id}.", $"没有编号为 {id} 的任职。", kind: RuleViolationKind.NotFound, target: "id"));
        }

        return appointment;
    }

    private static AppointmentResponse Show(HttpContext http, Appointment appointment, IClock clock, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, appointment.Version);
        return AppointmentResponse.From(appointment, options.Stewards.RoleOf(appointment), Today(clock, options));
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}
