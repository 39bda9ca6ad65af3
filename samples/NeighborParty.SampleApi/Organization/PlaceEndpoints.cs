using NeighborParty.Organization;
using NeighborParty.SampleApi.Auditing;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Organization;

/// <summary>
/// The tree of places. An actor reaches the places their unit covers and everything below them; a place outside
/// answers 404 exactly as an unknown one.
/// </summary>
internal static class PlaceEndpoints
{
    public static IEndpointRouteBuilder MapPlaceEndpoints(this IEndpointRouteBuilder app)
    {
        var places = app.MapGroup("/api/places").WithTags("Places").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        places.MapGet("/", async (AccessGuard guard, CancellationToken ct) =>
                (await guard.GetTopPlacesAsync(ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("Where the caller starts browsing: every district for the system, the places the caller's unit covers for everyone else who may read places.");

        places.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, HttpContext http, CancellationToken ct) =>
                WithETag(http, await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, new PlaceId(id), ct)))
            .WithSummary("One place, with its version as the ETag.");

        places.MapGet("/{id:guid}/children", async (Guid id, AccessGuard guard, PlaceDirectory directory, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, new PlaceId(id), ct);
                return (await directory.GetChildrenAsync(new PlaceId(id), ct)).ConvertAll(PlaceResponse.From);
            })
            .WithSummary("The direct children of a place.");

        places.MapGet("/{id:guid}/subtree", async (Guid id, PlaceKind? kind, AccessGuard guard, PlaceDirectory directory, CancellationToken ct) =>
            {
                if (kind is { } k && !Enum.IsDefined(k))
                {
                    throw new FieldValidationException([NeighborParty.Common.FieldRules.Defined(kind, "kind")!]);
                }

                await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, new PlaceId(id), ct);
                return (await directory.GetSubtreeAsync(new PlaceId(id), kind, ct)).ConvertAll(PlaceResponse.From);
            })
            .WithSummary("A place and everything below it (optionally one kind), in tree order, by one indexed range query.");

        places.MapGet("/{id:guid}/compounds-without-branch", async (Guid id, AccessGuard guard, OrganizationTree tree, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, new PlaceId(id), ct);
                return (await tree.FindCompoundsWithoutBranchAsync(new PlaceId(id), ct)).ConvertAll(PlaceResponse.From);
            })
            .WithSummary("Compounds inside a place that no live compound-level unit covers.");

        places.MapPost("/", async (CreatePlaceRequest request, AccessGuard guard, PlaceDirectory directory, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsureAsync(AccessAction.RegisterDistrict, ct);
                var place = await directory.RegisterDistrictAsync(ToNewPlace(request), ct);
                Versioning.SetETag(http, place.Version);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithWriteProblems()
            .WithSummary("Registers a district (the system actor only, by default).");

        places.MapPost("/{id:guid}/children", async (Guid id, CreatePlaceRequest request, AccessGuard guard, PlaceDirectory directory, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.RegisterPlace, new PlaceId(id), ct);
                var place = await directory.RegisterAsync(new PlaceId(id), ToNewPlace(request), ct);
                Versioning.SetETag(http, place.Version);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithWriteProblems()
            .WithSummary("Registers a place under another (street under district, …, building under compound).");

        places.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, AccessGuard guard, PlaceDirectory directory, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ChangePlace, new PlaceId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "place");
                return WithETag(http, await directory.RenameAsync(new PlaceId(id), request.Name, request.NameEn, expected, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Renames a place. Requires If-Match.");

        places.MapPut("/{id:guid}/compound", async (Guid id, CompoundDetailsRequest request, AccessGuard guard, PlaceDirectory directory, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ChangePlace, new PlaceId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "place");
                return WithETag(http, await directory.DescribeCompoundAsync(new PlaceId(id), request.CompoundKind, request.Households, expected, ct));
            })
            .WithVersionedWriteProblems()
            .WithSummary("Sets how a compound is managed and how many households it has. Requires If-Match.");

        places.MapGet("/{id:guid}/audit", async (Guid id, string? before, int? take, AccessGuard guard, AuditQueries audit, CancellationToken ct) =>
            {
                var place = await guard.EnsurePlaceAsync(AccessAction.ReadAudit, new PlaceId(id), ct);
                return await audit.ReadAsync(NeighborParty.Organization.TreeKind.Place, place.Path, before, take, ct);
            })
            .WithSummary("The audit trail of a place's subtree, newest first. Page with before=<at of the last entry>.");

        return app;
    }

    private static PlaceResponse WithETag(HttpContext http, Place place)
    {
        Versioning.SetETag(http, place.Version);
        return PlaceResponse.From(place);
    }

    private static NewPlace ToNewPlace(CreatePlaceRequest request) =>
        new(request.Kind, request.Name) { NameEn = request.NameEn, CompoundKind = request.CompoundKind, Households = request.Households };
}
