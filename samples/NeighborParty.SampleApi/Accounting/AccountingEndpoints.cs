using System.Text;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Accounting;

/// <summary>
/// Activities, projects, the district report with drill-down (JSON and CSV), closing and correcting periods,
/// compliance with the regular organisational life, and a member's volunteer-hours statement (docs/accounting.md).
/// </summary>
internal static class AccountingEndpoints
{
    public static IEndpointRouteBuilder MapAccountingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Activities and accounting").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        group.MapGet("/activities/kinds", async (AccessGuard guard, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.ReadAccounts, ct);
                return options.Activities.Kinds.Values.OrderBy(k => k.Category).ThenBy(k => k.Key, StringComparer.Ordinal).ToList();
            })
            .WithSummary("The activity kinds (三会一课 with their ML rule, 联学共建, 志愿服务, neighbourhood events, delivered orders, and a district's own).");

        group.MapGet("/activities", async (Guid place, string? from, string? to, int? skip, int? take, AccessGuard guard, IReadRepository<Activity> repository, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var days = from is null && to is null ? null : EndpointRules.Days(from, to);
                var scope = await guard.EnsurePlaceAsync(AccessAction.ReadAccounts, new PlaceId(place), ct);
                return (await repository.ListAsync(new ActivitiesInScopeSpec(scope.Path, days, skip ?? 0, take ?? 100), ct)).Select(ActivityResponse.From).ToList();
            })
            .WithSummary("The activity ledger of a place's subtree, by day (optionally from/to).");

        group.MapPost("/activities", async (RecordActivityBody body, AccessGuard guard, ActivityLedger ledger, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.RecordActivities, new PlaceId(body.PlaceId), ct);
                if (body.UnitId is { } unit)
                {
                    await guard.EnsureUnitAsync(AccessAction.ReadAccounts, new OrganizationUnitId(unit), ct);
                }

                var activity = await ledger.RecordAsync(body.ToNew(options.TimeZone), ct);
                return Results.Created($"/api/activities?place={body.PlaceId}", ActivityResponse.From(activity));
            })
            .WithWriteProblems()
            .WithSummary("Records an activity that has happened (refused on a day of a closed period: correct it instead).");

        group.MapGet("/reports/{placeId:guid}", async (Guid placeId, string from, string to, AccessGuard guard, AccountingService accounting, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                await guard.EnsurePlaceAsync(AccessAction.ReadAccounts, new PlaceId(placeId), ct);
                return ReportResponse.Of(await accounting.ReportAsync(new PlaceId(placeId), days, ct));
            })
            .WithSummary("The figures of a place over from…to (a month, quarter, year or any span up to ten years), summed over its subtree, with a row per child.");

        group.MapGet("/reports/{placeId:guid}/csv", async (Guid placeId, string from, string to, AccessGuard guard, AccountingService accounting, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                await guard.EnsurePlaceAsync(AccessAction.ReadAccounts, new PlaceId(placeId), ct);
                var report = await accounting.ReportAsync(new PlaceId(placeId), days, ct);
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AccountingService.ToCsv(report))).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", $"report-{days.Start:uuuu-MM-dd}-{days.End:uuuu-MM-dd}.csv");
            })
            .WithSummary("The same report as CSV (UTF-8 with BOM): a row per figure, the total and a column per child.");

        group.MapPost("/reports/{placeId:guid}/close", async (Guid placeId, PeriodBody body, AccessGuard guard, AccountingService accounting, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.CloseAccounts, new PlaceId(placeId), ct);
                var closing = await accounting.CloseAsync(new PlaceId(placeId), new DateInterval(body.From, body.To), ct);
                return Results.Created($"/api/reports/{placeId}?from={body.From:uuuu-MM-dd}&to={body.To:uuuu-MM-dd}",
                    new ClosingResponse(closing.Id.Value, closing.PlaceId.Value, closing.From, closing.To, closing.ClosedAt, closing.ClosedBy));
            })
            .WithWriteProblems()
            .WithSummary("Closes a place's period that is over: its figures are frozen; nothing more is recorded on its days there.");

        group.MapPost("/reports/corrections", async (CorrectionBody body, AccessGuard guard, AccountingService accounting, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.CloseAccounts, new PlaceId(body.PlaceId), ct);
                var c = await accounting.CorrectAsync(new NewCorrection(body.Figure, new PlaceId(body.PlaceId), body.Delta, body.AttributedTo, body.Reason), ct);
                return Results.Created($"/api/places/{body.PlaceId}/audit", new CorrectionResponse(c.Id.Value, c.Figure, c.PlaceId.Value, c.Delta, c.AttributedTo, c.RecordedOn, c.Reason,
                    c.RecordedBy));
            })
            .WithWriteProblems()
            .WithSummary("Corrects a figure of a closed period: an adjusting entry recorded today, attributed to the closed day, in the audit trail.");

        group.MapGet("/compliance/{unitId:guid}", async (Guid unitId, string from, string to, bool? behindOnly, AccessGuard guard, ComplianceService compliance, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                await guard.EnsureUnitAsync(AccessAction.ReadAccounts, new OrganizationUnitId(unitId), ct);
                var result = await compliance.AssessAsync(new OrganizationUnitId(unitId), days, ct);
                return result.Where(b => behindOnly != true || b.Behind).ToList();
            })
            .WithSummary("Compliance with the regular organisational life (ML-1…ML-6) of every branch under a unit: what was due, held, missed (behindOnly for the branches behind).");

        group.MapGet("/members/{id:guid}/volunteer-hours", async (Guid id, string from, string to, AccessGuard guard, ActivityLedger ledger, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                await guard.EnsureMemberAsync(AccessAction.ReadAccounts, new PartyMemberId(id), ct);
                return VolunteerHoursResponse.Of(await ledger.StatementAsync(new PartyMemberId(id), days, ct));
            })
            .WithSummary("A member's volunteer-hours statement (MR-5): to report an in-service member's service back to the work unit's branch.");

        MapProjects(group);
        return app;
    }

    private static void MapProjects(RouteGroupBuilder group)
    {
        group.MapGet("/projects", async (Guid place, int? skip, int? take, AccessGuard guard, IReadRepository<Project> repository, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var scope = await guard.EnsurePlaceAsync(AccessAction.ReadAccounts, new PlaceId(place), ct);
                return (await repository.ListAsync(new ProjectsInScopeSpec(scope.Path, skip ?? 0, take ?? 100), ct)).Select(ProjectResponse.From).ToList();
            })
            .WithSummary("The neighbourhood projects (近邻项目) of a place's subtree, latest planned first.");

        group.MapGet("/projects/{id:guid}", async (Guid id, AccessGuard guard, ProjectService service, IReadRepository<Activity> activities, HttpContext http, CancellationToken ct) =>
            {
                var project = await ReadProjectAsync(guard, service, new ProjectId(id), AccessAction.ReadAccounts, ct);
                var carried = await activities.ListAsync(new ActivitiesOfProjectSpec(project.Id), ct);
                return Show(http, project) with { Activities = [.. carried.Select(ActivityResponse.From)] };
            })
            .WithSummary("One project with its partners, the requests it answers and the activities that carry it out.");

        group.MapPost("/projects", async (PlanProjectBody body, AccessGuard guard, ProjectService service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.RecordActivities, new PlaceId(body.PlaceId), ct);
                await guard.EnsureUnitAsync(AccessAction.ReadAccounts, new OrganizationUnitId(body.UnitId), ct);
                var project = await service.PlanAsync(new NewProject(body.Title, new OrganizationUnitId(body.UnitId), new PlaceId(body.PlaceId), body.PlannedOn,
                    [.. (body.Partners ?? []).Select(p => new PartnerId(p))], [.. (body.Requests ?? []).Select(r => new RequestId(r))]), ct);
                return Results.Created($"/api/projects/{project.Id}", Show(http, project));
            })
            .WithWriteProblems()
            .WithSummary("Plans a project with its partners and the requests it answers.");

        MapProjectStep<DayBody>(group, "start", (s, id, b, v, ct) => s.StartAsync(id, b.Day, v, ct), "Starts a planned project.");
        MapProjectStep<DayTextBody>(group, "complete", (s, id, b, v, ct) => s.CompleteAsync(id, b.Day, b.Text, v, ct), "Finishes a running project with its outcome.");
        MapProjectStep<DayTextBody>(group, "abandon", (s, id, b, v, ct) => s.AbandonAsync(id, b.Day, b.Text, v, ct), "Abandons a planned or running project with a reason.");
        MapProjectStep<LinkRequestBody>(group, "requests", (s, id, b, v, ct) => s.LinkRequestAsync(id, new RequestId(b.RequestId), v, ct), "Links a request the project answers.");
    }

    private static void MapProjectStep<TBody>(RouteGroupBuilder group, string step, Func<ProjectService, ProjectId, TBody, long?, CancellationToken, Task<Project>> act, string summary)
        where TBody : class =>
        group.MapPost($"/projects/{{id:guid}}/{step}", async (Guid id, TBody body, AccessGuard guard, ProjectService service, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureKindMayAsync(AccessAction.RecordActivities, ct); // 403 before anything is looked up
                var project = await ReadProjectAsync(guard, service, new ProjectId(id), AccessAction.ReadAccounts, ct);
                if (!await guard.AllowsAsync(AccessAction.RecordActivities, AccessTarget.Place(project.PlacePath), ct))
                {
                    throw new RuleViolationException(AccessPolicy.Forbidden((await guard.GetScopeAsync(ct)).Actor.Kind, AccessAction.RecordActivities));
                }

                return Show(http, await act(service, project.Id, body, Versioning.ExpectedVersion(http, "project"), ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static async Task<Project> ReadProjectAsync(AccessGuard guard, ProjectService service, ProjectId id, AccessAction action, CancellationToken ct)
    {
        await guard.EnsureKindMayAsync(action, ct);
        var project = await service.GetAsync(id, ct);
        return await guard.AllowsAsync(action, AccessTarget.Place(project.PlacePath), ct)
            ? project
            : throw new RuleViolationException(new RuleViolation(ProjectService.NotFound, $"No project {id}.", $"没有编号为 {id} 的项目。", kind: RuleViolationKind.NotFound, target: "id"));
    }

    private static ProjectResponse Show(HttpContext http, Project project)
    {
        Versioning.SetETag(http, project.Version);
        return ProjectResponse.From(project);
    }
}
