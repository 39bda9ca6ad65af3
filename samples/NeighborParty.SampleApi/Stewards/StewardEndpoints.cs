using NeighborParty.SampleApi.Membership;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
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

        stewards.MapGet("/roles", async (IActorAccessor actors, StewardUseCases cases, CancellationToken ct) =>
                (await cases.RolesAsync(actors.Require(), ct)).Select(RoleResponse.From).ToList())
            .WithSummary("The roles a steward may hold: the library's and the district's own, with who may hold them, where, and their term.");

        stewards.MapGet("/appointments", async (Guid? unit, Guid? place, string? role, string? heldOn, int? skip, int? take, IActorAccessor actors,
                StewardUseCases cases, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
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
                var list = await cases.ListAsync(actors.Require(), unit is { } u ? new OrganizationUnitId(u) : null, place is { } p ? new PlaceId(p) : null,
                    new AppointmentFilter(role, day), skip ?? 0, take ?? 100, ct);
                var today = Today(clock, options);
                return list.Select(a => AppointmentResponse.From(a, options.Stewards.RoleOf(a), today)).ToList();
            })
            .WithSummary("The appointments at a unit's subtree or a place's subtree (give one), optionally one role and those in office on a day (heldOn=yyyy-MM-dd); page with skip/take (≤ 1000).");

        stewards.MapGet("/appointments/{id:guid}", async (Guid id, IActorAccessor actors, StewardUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.GetAsync(actors.Require(), new AppointmentId(id), ct), clock, options))
            .WithSummary("One appointment. The version is the ETag.");

        stewards.MapPost("/appointments", async (AppointRequest request, IActorAccessor actors, StewardUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options,
                CancellationToken ct) =>
            {
                var appointment = await cases.AppointAsync(actors.Require(), new NewAppointment(request.Role, request.MemberId is { } m ? new PartyMemberId(m) : null,
                    request.ResidentId is { } r ? new ResidentId(r) : null, request.UnitId is { } u2 ? new OrganizationUnitId(u2) : null,
                    request.PlaceId is { } p ? new PlaceId(p) : null, request.Grid, request.Start, request.End, request.Basis, request.BasisNote), ct);
                return Results.Created($"/api/stewards/appointments/{appointment.Id}", Show(http, appointment, clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Appoints a member or resident to a role at a unit or place, after every rule that applies (BR-4, TR-2, TR-6, residence, 一肩挑).");

        stewards.MapPost("/appointments/{id:guid}/end", async (Guid id, EndAppointmentRequest request, IActorAccessor actors, StewardUseCases cases, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.EndAsync(actors.Require(), new AppointmentId(id), request.LastDay, request.Reason, request.Note, Versioning.ExpectedVersion(http, "appointment"), ct),
                    clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Ends an appointment early (resigned, removed, moved away, died, replaced) with a reason. Requires If-Match.");

        stewards.MapPost("/appointments/{id:guid}/term", async (Guid id, ChangeTermRequest request, IActorAccessor actors, StewardUseCases cases, HttpContext http,
                IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.ChangeTermAsync(actors.Require(), new AppointmentId(id), request.End, request.ApprovedBy, request.ApprovedOn,
                    Versioning.ExpectedVersion(http, "appointment"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Postpones or advances the end of a Party organisation's term by at most a year with the higher committee's approval (TR-3). Requires If-Match.");

        stewards.MapGet("/compounds/{id:guid}/governance", async (Guid id, IActorAccessor actors, StewardUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var shown = await cases.GovernanceAsync(actors.Require(), new PlaceId(id), ct);
                Versioning.SetETag(http, shown.Value?.Version ?? 0);
                return GovernanceResponse.From(id, shown.Value, shown.PersonalData);
            })
            .WithSummary("The owners' committee (业委会) and property management of a compound; version 0 (the ETag) while nothing is recorded.");

        stewards.MapPut("/compounds/{id:guid}/governance", async (Guid id, GovernanceRequest request, IActorAccessor actors, StewardUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var shown = await cases.SetGovernanceAsync(actors.Require(), new PlaceId(id), request.ToDetails(), Versioning.ExpectedVersion(http, "governance"), ct);
                Versioning.SetETag(http, shown.Value.Version);
                return GovernanceResponse.From(id, shown.Value, shown.PersonalData);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Records the owners' committee and property management of a compound, replacing what was there. Requires If-Match (\"0\" for the first record).");

        stewards.MapGet("/compounds/{id:guid}/team", async (Guid id, IActorAccessor actors, StewardUseCases cases, CancellationToken ct) =>
            {
                var shown = await cases.TeamAsync(actors.Require(), new PlaceId(id), ct);
                return TeamResponse.From(shown.Value, shown.PersonalData);
            })
            .WithSummary("The Red Steward team of a compound today: who holds which role, since when, member or resident, retired or in service, and 一肩挑.");

        stewards.MapGet("/coverage/{placeId:guid}", async (Guid placeId, int? take, IActorAccessor actors, StewardUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(null, take);
                return CoverageResponse.From(await cases.CoverageAsync(actors.Require(), new PlaceId(placeId), ct), take ?? 200);
            })
            .WithSummary("The coverage report of a place: branches without a secretary, committees missing or out of size (BR-4), buildings without a leader, terms ending within 6 months (TR-4), expired terms, vacancies, 一肩挑. Each list holds its first `take` (default 200, ≤ 1000); `counts` holds every list's length; for a province use /summary and /items.");

        stewards.MapGet("/coverage/{placeId:guid}/summary", async (Guid placeId, IActorAccessor actors, StewardUseCases cases, CancellationToken ct) =>
                SummaryResponse.From(await cases.CoverageSummaryAsync(actors.Require(), new PlaceId(placeId), ct)))
            .WithSummary("The coverage report summed by level: how many gaps and reminders each list holds in the place and under each child place (drill down with a child's summary).");

        stewards.MapGet("/coverage/{placeId:guid}/items", async (Guid placeId, string list, int? take, string? after, IActorAccessor actors, StewardUseCases cases, HttpContext http,
                CancellationToken ct) =>
            {
                EndpointRules.Paging(null, take, after);
                var coverage = await cases.CoverageAsync(actors.Require(), new PlaceId(placeId), ct);
                return EndpointRules.ListPage(http, CoverageResponse.List(coverage, list), list, CoverageResponse.Lists, after, take);
            })
            .WithSummary("One list of the coverage report (`list`: branchesWithoutSecretary, committeeGaps, buildingsWithoutLeader, endingSoon, expired, vacancies, crossHoldings), a page of `take` at a time: follow the `Link: rel=\"next\"` header.");

        return app;
    }

    private static AppointmentResponse Show(HttpContext http, Appointment appointment, IClock clock, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, appointment.Version);
        return AppointmentResponse.From(appointment, options.Stewards.RoleOf(appointment), Today(clock, options));
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}
