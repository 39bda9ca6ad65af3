using NeighborParty.Organization;

namespace NeighborParty.SampleApi.Organization;

internal static class PlaceEndpoints
{
    public static IEndpointRouteBuilder MapPlaceEndpoints(this IEndpointRouteBuilder app)
    {
        var places = app.MapGroup("/api/places").WithTags("Places");

        places.MapGet("/", async (PlaceDirectory directory, CancellationToken ct) =>
                (await directory.GetDistrictsAsync(ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("The districts (root places).");

        places.MapGet("/{id:guid}", async (Guid id, PlaceDirectory directory, CancellationToken ct) =>
                PlaceResponse.From(await directory.GetAsync(new PlaceId(id), ct)))
            .WithSummary("One place.");

        places.MapGet("/{id:guid}/children", async (Guid id, PlaceDirectory directory, CancellationToken ct) =>
                (await directory.GetChildrenAsync(new PlaceId(id), ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("The direct children of a place.");

        places.MapGet("/{id:guid}/subtree", async (Guid id, PlaceKind? kind, PlaceDirectory directory, CancellationToken ct) =>
                (await directory.GetSubtreeAsync(new PlaceId(id), kind, ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("A place and everything below it (optionally one kind), in tree order, by one indexed range query.");

        places.MapGet("/{id:guid}/compounds-without-branch", async (Guid id, OrganizationTree tree, CancellationToken ct) =>
                (await tree.FindCompoundsWithoutBranchAsync(new PlaceId(id), ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("Compounds inside a place that no live compound-level unit covers.");

        places.MapPost("/", async (CreatePlaceRequest request, PlaceDirectory directory, CancellationToken ct) =>
            {
                var place = await directory.RegisterDistrictAsync(ToNewPlace(request), ct);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithSummary("Registers a district.");

        places.MapPost("/{id:guid}/children", async (Guid id, CreatePlaceRequest request, PlaceDirectory directory, CancellationToken ct) =>
            {
                var place = await directory.RegisterAsync(new PlaceId(id), ToNewPlace(request), ct);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithSummary("Registers a place under another (street under district, …, building under compound).");

        places.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, PlaceDirectory directory, CancellationToken ct) =>
                PlaceResponse.From(await directory.RenameAsync(new PlaceId(id), request.Name, request.NameEn, ct)))
            .WithSummary("Renames a place.");

        return app;
    }

    private static NewPlace ToNewPlace(CreatePlaceRequest request) =>
        new(request.Kind, request.Name) { NameEn = request.NameEn, CompoundKind = request.CompoundKind, Households = request.Households };
}
