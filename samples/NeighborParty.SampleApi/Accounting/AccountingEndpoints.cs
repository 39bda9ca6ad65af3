using System.Text;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
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

        group.MapGet("/activities/kinds", async (IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) => await cases.ActivityKindsAsync(actors.Require(), ct))
            .WithSummary("The activity kinds (三会一课 with their ML rule, 联学共建, 志愿服务, neighbourhood events, delivered orders, and a district's own).");

        group.MapGet("/activities", async (Guid place, string? from, string? to, int? skip, int? take, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                var days = from is null && to is null ? null : EndpointRules.Days(from, to);
                return (await cases.ActivitiesAsync(actors.Require(), new PlaceId(place), days, skip ?? 0, take ?? 100, ct)).Select(ActivityResponse.From).ToList();
            })
            .WithSummary("The activity ledger of a place's subtree, by day (optionally from/to).");

        group.MapPost("/activities", async (RecordActivityBody body, IActorAccessor actors, AccountingUseCases cases, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var activity = await cases.RecordActivityAsync(actors.Require(), body.ToNew(options.TimeZone), ct);
                return Results.Created($"/api/activities?place={body.PlaceId}", ActivityResponse.From(activity));
            })
            .WithWriteProblems()
            .WithSummary("Records an activity that has happened (refused on a day of a closed period: correct it instead).");

        group.MapGet("/reports/{placeId:guid}", async (Guid placeId, string from, string to, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
                ReportResponse.Of(await cases.ReportAsync(actors.Require(), new PlaceId(placeId), EndpointRules.Days(from, to), ct)))
            .WithSummary("The figures of a place over from…to (a month, quarter, year or any span up to ten years), summed over its subtree, with a row per child.");

        group.MapGet("/reports/{placeId:guid}/csv", async (Guid placeId, string from, string to, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
            {
                var days = EndpointRules.Days(from, to);
                var report = await cases.ReportAsync(actors.Require(), new PlaceId(placeId), days, ct);
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AccountingService.ToCsv(report))).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", $"report-{days.Start:uuuu-MM-dd}-{days.End:uuuu-MM-dd}.csv");
            })
            .WithSummary("The same report as CSV (UTF-8 with BOM): a row per figure, the total and a column per child.");

        group.MapGet("/reports/{placeId:guid}/xlsx", async (Guid placeId, string from, string to, IActorAccessor actors, AccountingUseCases cases, PlaceUseCases places,
            NeighborPartyOptions options, CancellationToken ct) =>
            {
                var actor = actors.Require();
                var days = EndpointRules.Days(from, to);
                var report = await cases.ReportAsync(actor, new PlaceId(placeId), days, ct);
                var top = await places.GetAsync(actor, new PlaceId(placeId), ct);
                var levels = Enum.GetValues<PlaceKind>().Where(k => k >= top.Kind).Select(k => options.Schema.PlaceName(k).Name).ToList();
                using var buffer = new MemoryStream();
                await Excel.ReportWorkbooks.WriteAsync(buffer, report, (child, token) => cases.ReportAsync(actor, child, days, token), levels, ct);
                return Results.File(buffer.ToArray(), Excel.LedgerWorkbooks.ContentType, $"report-{days.Start:uuuu-MM-dd}-{days.End:uuuu-MM-dd}.xlsx");
            })
            .Produces(StatusCodes.Status200OK, contentType: Excel.LedgerWorkbooks.ContentType)
            .WithSummary("The same report as an .xlsx workbook with one sheet per level (the place, its children, theirs…), named as the district names its places, figures as numbers.");

        group.MapPost("/reports/{placeId:guid}/close", async (Guid placeId, PeriodBody body, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
            {
                var closing = await cases.CloseAsync(actors.Require(), new PlaceId(placeId), new DateInterval(body.From, body.To), ct);
                return Results.Created($"/api/reports/{placeId}?from={body.From:uuuu-MM-dd}&to={body.To:uuuu-MM-dd}",
                    new ClosingResponse(closing.Id.Value, closing.PlaceId.Value, closing.From, closing.To, closing.ClosedAt, closing.ClosedBy));
            })
            .WithWriteProblems()
            .WithSummary("Closes a place's period that is over: its figures are frozen; nothing more is recorded on its days there.");

        group.MapPost("/reports/corrections", async (CorrectionBody body, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
            {
                var c = await cases.CorrectAsync(actors.Require(), new NewCorrection(body.Figure, new PlaceId(body.PlaceId), body.Delta, body.AttributedTo, body.Reason), ct);
                return Results.Created($"/api/places/{body.PlaceId}/audit", new CorrectionResponse(c.Id.Value, c.Figure, c.PlaceId.Value, c.Delta, c.AttributedTo, c.RecordedOn, c.Reason,
                    c.RecordedBy));
            })
            .WithWriteProblems()
            .WithSummary("Corrects a figure of a closed period: an adjusting entry recorded today, attributed to the closed day, in the audit trail.");

        group.MapGet("/compliance/{unitId:guid}", async (Guid unitId, string from, string to, bool? behindOnly, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
                (await cases.ComplianceAsync(actors.Require(), new OrganizationUnitId(unitId), EndpointRules.Days(from, to), ct)).Where(b => behindOnly != true || b.Behind).ToList())
            .WithSummary("Compliance with the regular organisational life (ML-1…ML-6) of every branch under a unit: what was due, held, missed (behindOnly for the branches behind).");

        group.MapGet("/members/{id:guid}/volunteer-hours", async (Guid id, string from, string to, IActorAccessor actors, AccountingUseCases cases, CancellationToken ct) =>
                VolunteerHoursResponse.Of(await cases.VolunteerHoursAsync(actors.Require(), new PartyMemberId(id), EndpointRules.Days(from, to), ct)))
            .WithSummary("A member's volunteer-hours statement (MR-5): to report an in-service member's service back to the work unit's branch.");

        MapProjects(group);
        return app;
    }

    private static void MapProjects(RouteGroupBuilder group)
    {
        group.MapGet("/projects", async (Guid place, int? skip, int? take, IActorAccessor actors, ProjectUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                return (await cases.ListAsync(actors.Require(), new PlaceId(place), skip ?? 0, take ?? 100, ct)).Select(ProjectResponse.From).ToList();
            })
            .WithSummary("The neighbourhood projects (近邻项目) of a place's subtree, latest planned first.");

        group.MapGet("/projects/{id:guid}", async (Guid id, IActorAccessor actors, ProjectUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var (project, carried) = await cases.GetAsync(actors.Require(), new ProjectId(id), ct);
                return Show(http, project) with { Activities = [.. carried.Select(ActivityResponse.From)] };
            })
            .WithSummary("One project with its partners, the requests it answers and the activities that carry it out.");

        group.MapPost("/projects", async (PlanProjectBody body, IActorAccessor actors, ProjectUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var project = await cases.PlanAsync(actors.Require(), new NewProject(body.Title, new OrganizationUnitId(body.UnitId), new PlaceId(body.PlaceId), body.PlannedOn,
                    [.. (body.Partners ?? []).Select(p => new PartnerId(p))], [.. (body.Requests ?? []).Select(r => new RequestId(r))]), ct);
                return Results.Created($"/api/projects/{project.Id}", Show(http, project));
            })
            .WithWriteProblems()
            .WithSummary("Plans a project with its partners and the requests it answers.");

        MapProjectStep<DayBody>(group, "start", (c, a, id, b, v, ct) => c.StartAsync(a, id, b.Day, v, ct), "Starts a planned project.");
        MapProjectStep<DayTextBody>(group, "complete", (c, a, id, b, v, ct) => c.CompleteAsync(a, id, b.Day, b.Text, v, ct), "Finishes a running project with its outcome.");
        MapProjectStep<DayTextBody>(group, "abandon", (c, a, id, b, v, ct) => c.AbandonAsync(a, id, b.Day, b.Text, v, ct), "Abandons a planned or running project with a reason.");
        MapProjectStep<LinkRequestBody>(group, "requests", (c, a, id, b, v, ct) => c.LinkRequestAsync(a, id, new RequestId(b.RequestId), v, ct), "Links a request the project answers.");
    }

    private static void MapProjectStep<TBody>(RouteGroupBuilder group, string step, Func<ProjectUseCases, Actor, ProjectId, TBody, long?, CancellationToken, Task<Project>> act,
        string summary)
        where TBody : class =>
        group.MapPost($"/projects/{{id:guid}}/{step}", async (Guid id, TBody body, IActorAccessor actors, ProjectUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await act(cases, actors.Require(), new ProjectId(id), body, Versioning.ExpectedVersion(http, "project"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary(summary + " Requires If-Match.");

    private static ProjectResponse Show(HttpContext http, Project project)
    {
        Versioning.SetETag(http, project.Version);
        return ProjectResponse.From(project);
    }
}
