using NeighborParty.Application;
using NeighborParty.Care;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Care;

/// <summary>Neighbourhood care (邻里守望): the records of a place with their alerts, and every step of a record.</summary>
public static class CareEndpoints
{
    /// <summary>Maps <c>/api/care</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IEndpointRouteBuilder MapCareEndpoints(this IEndpointRouteBuilder app)
    {
        var care = app.MapGroup("/api/care").WithTags("Neighbourhood care").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        care.MapGet("/", async (Guid place, bool? alerts, bool? closed, IActorAccessor actors, CareUseCases cases, CancellationToken ct) =>
                (await cases.ListAsync(actors.Require(), new PlaceId(place), alerts == true, closed == true, ct)).Select(CareResponse.From).ToList())
            .WithSummary("The care records of a place's compounds, most urgent first (escalated, then due); alerts=true for those needing contact today.");

        care.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.GetAsync(actors.Require(), new CareRecordId(id), ct)))
            .WithSummary("One care record with today's alert; circumstances and consent only for the community and the compound's secretary.");

        care.MapPost("/", async (RegisterCareBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var view = await cases.RegisterAsync(actors.Require(), body.ToNew(), ct);
                return Results.Created($"/api/care/{view.Record.Id}", Show(http, view));
            })
            .WithWriteProblems()
            .WithSummary("Registers a resident for neighbourhood care, with the consent it rests on (CR-1) and the first guardians (CR-2).");

        care.MapPost("/{id:guid}/guardians", async (Guid id, AddGuardianBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.AddGuardianAsync(actors.Require(), new CareRecordId(id), body.Guardian.ToNew(), body.Since, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Adds a guardian (CR-2). Requires If-Match.");

        care.MapPost("/{id:guid}/guardians/{key:int}/end", async (Guid id, int key, EndGuardianBody body, IActorAccessor actors, CareUseCases cases, HttpContext http,
                CancellationToken ct) =>
                Show(http, await cases.EndGuardianAsync(actors.Require(), new CareRecordId(id), key, body.LastDay, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Ends a guardian's service; the last guardian of an open record stays (CR-2). Requires If-Match.");

        care.MapPost("/{id:guid}/contacts", async (Guid id, ContactBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.RecordContactAsync(actors.Require(), new CareRecordId(id), new CareContact(body.At, body.GuardianKey, body.By, body.Mode, body.Note, body.Concern),
                    Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Records a contact (探访): staff, the secretary or a steward. A concern needs an action within days (CR-4). Requires If-Match.");

        care.MapPost("/{id:guid}/actions", async (Guid id, EscalateBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.EscalateAsync(actors.Require(), new CareRecordId(id), body.Level, body.Kind, body.Description, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("The branch or community takes an action: medical help, relief, a care-home place, … (CR-5). Requires If-Match.");

        care.MapPost("/{id:guid}/actions/{key:int}/done", async (Guid id, int key, OutcomeBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.CompleteActionAsync(actors.Require(), new CareRecordId(id), key, body.Outcome, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Records the outcome of an action (CR-5). Requires If-Match.");

        care.MapPost("/{id:guid}/move", async (Guid id, MoveBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.MoveAsync(actors.Require(), new CareRecordId(id), body.Facility, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Records a move into a care home or hospital (facility), or back home (null); visits continue at the facility interval. Requires If-Match.");

        care.MapPost("/{id:guid}/close", async (Guid id, CloseCareBody body, IActorAccessor actors, CareUseCases cases, HttpContext http, CancellationToken ct) =>
                Show(http, await cases.CloseAsync(actors.Require(), new CareRecordId(id), body.Because, Versioning.ExpectedVersion(http, "care record"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Closes a record (consent withdrawn, moved away, died); its circumstances are erased. Requires If-Match.");

        return app;
    }

    private static CareResponse Show(HttpContext http, CareView view)
    {
        Versioning.SetETag(http, view.Record.Version);
        return CareResponse.From(view);
    }
}
