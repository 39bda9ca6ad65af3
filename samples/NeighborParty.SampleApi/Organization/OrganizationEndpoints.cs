using NeighborParty.Organization;

namespace NeighborParty.SampleApi.Organization;

internal static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", (NeighborPartyOptions options) => new SchemaResponse(
                options.Schema.Name,
                [.. options.Schema.Levels.Select(l => new LevelResponse(l.Key, l.Name, l.NameEn, [.. l.Kinds.Order()], l.Covers, l.MinPlaces, l.MaxPlaces, l.ExclusiveCoverage, l.ParentLevels))],
                options.Organization.JointBranchMinUnits,
                options.Organization.JointBranchMaxUnits))
            .WithTags("Organization")
            .WithSummary("The active hierarchy schema: levels, which level sits under which, and the joint-branch bounds (BR-3).");

        var units = app.MapGroup("/api/units").WithTags("Organization");

        units.MapGet("/", async (OrganizationTree tree, CancellationToken ct) =>
                (await tree.GetRootsAsync(ct)).ConvertAll(UnitResponse.From))
            .WithSummary("The root units (e.g. district committees).");

        units.MapGet("/{id:guid}", async (Guid id, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.GetAsync(new OrganizationUnitId(id), ct)))
            .WithSummary("One unit, live or dissolved.");

        units.MapGet("/{id:guid}/children", async (Guid id, bool? includeDissolved, OrganizationTree tree, CancellationToken ct) =>
                (await tree.GetChildrenAsync(new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From))
            .WithSummary("The direct children of a unit.");

        units.MapGet("/{id:guid}/subtree", async (Guid id, bool? includeDissolved, OrganizationTree tree, CancellationToken ct) =>
                (await tree.GetSubtreeAsync(new OrganizationUnitId(id), includeDissolved ?? false, ct)).ConvertAll(UnitResponse.From))
            .WithSummary("A unit and everything below it in tree order, by one indexed range query.");

        units.MapPost("/", async (CreateUnitRequest request, OrganizationTree tree, CancellationToken ct) =>
            {
                var unit = await tree.CreateRootAsync(ToNewUnit(request), ct);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithSummary("Creates a root unit at a root level of the schema.");

        units.MapPost("/{id:guid}/children", async (Guid id, CreateUnitRequest request, OrganizationTree tree, CancellationToken ct) =>
            {
                var unit = await tree.AddChildAsync(new OrganizationUnitId(id), ToNewUnit(request), ct);
                return Results.Created($"/api/units/{unit.Id}", UnitResponse.From(unit));
            })
            .WithSummary("Establishes a unit under a live parent, checked against the schema, the kinds and the places (BR-3 for joint branches).");

        units.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.RenameAsync(new OrganizationUnitId(id), request.Name, request.NameEn, ct)))
            .WithSummary("Renames a live unit.");

        units.MapPost("/{id:guid}/move", async (Guid id, MoveRequest request, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.MoveAsync(new OrganizationUnitId(id), new OrganizationUnitId(request.ParentId), ct)))
            .WithSummary("Moves a live unit with its subtree under another live parent (no cycles).");

        units.MapPost("/{id:guid}/dissolve", async (Guid id, DissolveRequest? request, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.DissolveAsync(new OrganizationUnitId(id), request?.Date, ct)))
            .WithSummary("Dissolves a unit without live children; it stays as history.");

        units.MapPost("/{id:guid}/places", async (Guid id, PlacesRequest request, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.CoverAsync(new OrganizationUnitId(id), ToPlaceIds(request.Places), ct)))
            .WithSummary("Covers more places.");

        units.MapPost("/{id:guid}/places/remove", async (Guid id, PlacesRequest request, OrganizationTree tree, CancellationToken ct) =>
                UnitResponse.From(await tree.UncoverAsync(new OrganizationUnitId(id), ToPlaceIds(request.Places), ct)))
            .WithSummary("Stops covering places.");

        return app;
    }

    private static List<PlaceId> ToPlaceIds(IReadOnlyList<Guid>? places) => places is null ? [] : [.. places.Select(p => new PlaceId(p))];

    private static NewOrganizationUnit ToNewUnit(CreateUnitRequest request) =>
        new(request.Level, request.Kind, request.Name, ToPlaceIds(request.Places)) { NameEn = request.NameEn, Established = request.Established };
}
