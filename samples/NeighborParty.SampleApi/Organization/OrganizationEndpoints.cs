using NeighborParty.Organization;
using NeighborParty.SampleApi.Auditing;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Organization;

/// <summary>
/// The organisation tree: each endpoint binds, calls one of the library's <see cref="OrganizationUseCases"/> for the
/// acting actor (who decides who may: 403 for a kind that may never, 404 outside the scope as for an unknown unit) and maps.
/// </summary>
internal static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", async (IActorAccessor actors, OrganizationUseCases cases, CancellationToken ct) =>
            {
                var options = await cases.SchemaAsync(actors.Require(), ct);
                return new SchemaResponse(
                    options.Schema.Name,
                    [.. options.Schema.Levels.Select(l => new LevelResponse(l.Key, l.Name, l.NameEn, [.. l.Kinds.Order()], l.Covers, l.MinPlaces, l.MaxPlaces, l.ExclusiveCoverage, l.ParentLevels))],
                    options.Organization.JointBranchMinUnits,
                    options.Organization.JointBranchMaxUnits);
            })
            .WithTags("Organization")
            .WithCommonProblems()
            .WithSummary("The active hierarchy schema: levels, which level sits under which, and the joint-branch bounds (BR-3).");

        var units = app.MapGroup("/api/units").WithTags("Organization").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        units.MapGet("/", async (IActorAccessor actors, OrganizationUseCases cases, CancellationToken ct) =>
                (await cases.TopUnitsAsync(actors.Require(), ct)).ConvertAll(UnitResponse.From))
            .WithSummary("Where the caller starts browsing: every root for the system, the caller's own unit for everyone else who may read units.");

        units.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.GetAsync(actors.Require(), new OrganizationUnitId(id), ct)))
            .WithSummary("One unit, live or dissolved, with its version as the ETag.");

        units.MapGet("/{id:guid}/children", async (Guid id, bool? includeDissolved, IActorAccessor actors, OrganizationUseCases cases, CancellationToken ct) =>
                (await cases.ChildrenAsync(actors.Require(), new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From))
            .WithSummary("The direct children of a unit.");

        units.MapGet("/{id:guid}/subtree", async (Guid id, bool? includeDissolved, IActorAccessor actors, OrganizationUseCases cases, CancellationToken ct) =>
                (await cases.SubtreeAsync(actors.Require(), new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From))
            .WithSummary("A unit and everything below it in tree order, by one indexed range query.");

        units.MapPost("/", async (CreateUnitRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var unit = await cases.CreateRootAsync(actors.Require(), ToNewUnit(request), ct);
                Versioning.SetETag(http, unit.Version);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithWriteProblems()
            .WithSummary("Creates a root unit at a root level of the schema (the system actor only, by default).");

        units.MapPost("/{id:guid}/children", async (Guid id, CreateUnitRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var unit = await cases.AddChildAsync(actors.Require(), new OrganizationUnitId(id), ToNewUnit(request), ct);
                Versioning.SetETag(http, unit.Version);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithWriteProblems()
            .WithSummary("Establishes a unit under a live parent, checked against the schema, the kinds and the places (BR-3 for joint branches).");

        units.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.RenameAsync(actors.Require(), new OrganizationUnitId(id), request.Name, request.NameEn, Versioning.ExpectedVersion(http, "unit"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Renames a live unit below the caller's own. Requires If-Match.");

        units.MapPost("/{id:guid}/move", async (Guid id, MoveRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.MoveAsync(actors.Require(), new OrganizationUnitId(id), new OrganizationUnitId(request.ParentId), Versioning.ExpectedVersion(http, "unit"), ct)))
            .WithWriteProblems()
            .WithSummary("Moves a live unit with its subtree under another live parent (no cycles); both inside the caller's scope. Requires If-Match.");

        units.MapPost("/{id:guid}/dissolve", async (Guid id, DissolveRequest? request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.DissolveAsync(actors.Require(), new OrganizationUnitId(id), request?.Date, Versioning.ExpectedVersion(http, "unit"), ct)))
            .WithWriteProblems()
            .WithSummary("Dissolves a unit without live children; it stays as history. Requires If-Match.");

        units.MapPost("/{id:guid}/places", async (Guid id, PlacesRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.CoverAsync(actors.Require(), new OrganizationUnitId(id), ToPlaceIds(request.Places), Versioning.ExpectedVersion(http, "unit"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Covers more places. Requires If-Match.");

        units.MapPost("/{id:guid}/places/remove", async (Guid id, PlacesRequest request, IActorAccessor actors, OrganizationUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.UncoverAsync(actors.Require(), new OrganizationUnitId(id), ToPlaceIds(request.Places), Versioning.ExpectedVersion(http, "unit"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Stops covering places. Requires If-Match.");

        units.MapGet("/{id:guid}/audit", async (Guid id, string? before, int? take, IActorAccessor actors, OrganizationUseCases cases, CancellationToken ct) =>
            {
                var (at, count) = AuditQueries.Page(before, take);
                return AuditQueries.Show(await cases.AuditAsync(actors.Require(), new OrganizationUnitId(id), at, count, ct));
            })
            .WithSummary("The audit trail of a unit's subtree, newest first: who changed what, when. Page with before=<at of the last entry>.");

        return app;
    }

    private static UnitResponse WithETag(HttpContext http, OrganizationUnit unit)
    {
        Versioning.SetETag(http, unit.Version);
        return UnitResponse.From(unit);
    }

    private static List<PlaceId> ToPlaceIds(IReadOnlyList<Guid>? places) => places is null ? [] : [.. places.Select(p => new PlaceId(p))];

    private static NewOrganizationUnit ToNewUnit(CreateUnitRequest request) =>
        new(request.Level, request.Kind, request.Name, ToPlaceIds(request.Places)) { NameEn = request.NameEn, Established = request.Established };
}
