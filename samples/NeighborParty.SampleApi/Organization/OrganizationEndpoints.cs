using NeighborParty.Organization;
using NeighborParty.SampleApi.Auditing;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Organization;

/// <summary>
/// The organisation tree. Every endpoint asks the library's <see cref="AccessGuard"/> first: a kind of actor that may
/// never do the action gets 403; a unit outside the actor's scope answers 404 exactly as an unknown one.
/// </summary>
internal static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", async (NeighborPartyOptions options, AccessGuard guard, CancellationToken ct) =>
            {
                await guard.EnsureAsync(AccessAction.ReadSchema, ct);
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

        units.MapGet("/", async (AccessGuard guard, CancellationToken ct) =>
                (await guard.GetTopUnitsAsync(ct)).ConvertAll(UnitResponse.From))
            .WithSummary("Where the caller starts browsing: every root for the system, the caller's own unit for everyone else who may read units.");

        units.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, HttpContext http, CancellationToken ct) =>
                WithETag(http, await guard.EnsureUnitAsync(AccessAction.ReadUnits, new OrganizationUnitId(id), ct)))
            .WithSummary("One unit, live or dissolved, with its version as the ETag.");

        units.MapGet("/{id:guid}/children", async (Guid id, bool? includeDissolved, AccessGuard guard, OrganizationTree tree, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ReadUnits, new OrganizationUnitId(id), ct);
                return (await tree.GetChildrenAsync(new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From);
            })
            .WithSummary("The direct children of a unit.");

        units.MapGet("/{id:guid}/subtree", async (Guid id, bool? includeDissolved, AccessGuard guard, OrganizationTree tree, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ReadUnits, new OrganizationUnitId(id), ct);
                return (await tree.GetSubtreeAsync(new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From);
            })
            .WithSummary("A unit and everything below it in tree order, by one indexed range query.");

        units.MapPost("/", async (CreateUnitRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureAsync(AccessAction.CreateRootUnit, ct);
                var unit = await tree.CreateRootAsync(ToNewUnit(request), ct);
                Versioning.SetETag(http, unit.Version);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithWriteProblems()
            .WithSummary("Creates a root unit at a root level of the schema (the system actor only, by default).");

        units.MapPost("/{id:guid}/children", async (Guid id, CreateUnitRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.AddChildUnit, new OrganizationUnitId(id), ct);
                await guard.EnsurePlacesAsync(AccessAction.ReadPlaces, ToPlaceIds(request.Places), ct);
                var unit = await tree.AddChildAsync(new OrganizationUnitId(id), ToNewUnit(request), ct);
                Versioning.SetETag(http, unit.Version);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithWriteProblems()
            .WithSummary("Establishes a unit under a live parent, checked against the schema, the kinds and the places (BR-3 for joint branches).");

        units.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ChangeUnit, new OrganizationUnitId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "unit");
                return WithETag(http, await tree.RenameAsync(new OrganizationUnitId(id), request.Name, request.NameEn, expected, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Renames a live unit below the caller's own. Requires If-Match.");

        units.MapPost("/{id:guid}/move", async (Guid id, MoveRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.MoveUnit, new OrganizationUnitId(id), ct);
                await guard.EnsureUnitAsync(AccessAction.AddChildUnit, new OrganizationUnitId(request.ParentId), ct);
                var expected = Versioning.ExpectedVersion(http, "unit");
                return WithETag(http, await tree.MoveAsync(new OrganizationUnitId(id), new OrganizationUnitId(request.ParentId), expected, ct));
            })
            .WithWriteProblems()
            .WithSummary("Moves a live unit with its subtree under another live parent (no cycles); both inside the caller's scope. Requires If-Match.");

        units.MapPost("/{id:guid}/dissolve", async (Guid id, DissolveRequest? request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.DissolveUnit, new OrganizationUnitId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "unit");
                return WithETag(http, await tree.DissolveAsync(new OrganizationUnitId(id), request?.Date, expected, ct));
            })
            .WithWriteProblems()
            .WithSummary("Dissolves a unit without live children; it stays as history. Requires If-Match.");

        units.MapPost("/{id:guid}/places", async (Guid id, PlacesRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ChangeUnit, new OrganizationUnitId(id), ct);
                await guard.EnsurePlacesAsync(AccessAction.ReadPlaces, ToPlaceIds(request.Places), ct);
                var expected = Versioning.ExpectedVersion(http, "unit");
                return WithETag(http, await tree.CoverAsync(new OrganizationUnitId(id), ToPlaceIds(request.Places), expected, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Covers more places. Requires If-Match.");

        units.MapPost("/{id:guid}/places/remove", async (Guid id, PlacesRequest request, AccessGuard guard, OrganizationTree tree, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ChangeUnit, new OrganizationUnitId(id), ct);
                await guard.EnsurePlacesAsync(AccessAction.ReadPlaces, ToPlaceIds(request.Places), ct);
                var expected = Versioning.ExpectedVersion(http, "unit");
                return WithETag(http, await tree.UncoverAsync(new OrganizationUnitId(id), ToPlaceIds(request.Places), expected, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Stops covering places. Requires If-Match.");

        units.MapGet("/{id:guid}/audit", async (Guid id, string? before, int? take, AccessGuard guard, AuditQueries audit, CancellationToken ct) =>
            {
                var unit = await guard.EnsureUnitAsync(AccessAction.ReadAudit, new OrganizationUnitId(id), ct);
                return await audit.ReadAsync(NeighborParty.Organization.TreeKind.Unit, unit.Path, before, take, ct);
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
