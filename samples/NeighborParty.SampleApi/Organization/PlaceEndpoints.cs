using NeighborParty.Organization;
using NeighborParty.SampleApi.Auditing;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Application;
using NeighborParty.SampleApi.Security;
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

        places.MapGet("/", async (IActorAccessor actors, PlaceUseCases cases, CancellationToken ct) =>
                (await cases.TopPlacesAsync(actors.Require(), ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("Where the caller starts browsing: every district for the system, the places the caller's unit covers for everyone else who may read places.");

        places.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.GetAsync(actors.Require(), new PlaceId(id), ct)))
            .WithSummary("One place, with its version as the ETag.");

        places.MapGet("/{id:guid}/children", async (Guid id, IActorAccessor actors, PlaceUseCases cases, CancellationToken ct) =>
                (await cases.ChildrenAsync(actors.Require(), new PlaceId(id), ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("The direct children of a place.");

        places.MapGet("/{id:guid}/subtree", async (Guid id, PlaceKind? kind, IActorAccessor actors, PlaceUseCases cases, CancellationToken ct) =>
            {
                if (kind is { } k && !Enum.IsDefined(k))
                {
                    throw new FieldValidationException([NeighborParty.Common.FieldRules.Defined(kind, "kind")!]);
                }

                return (await cases.SubtreeAsync(actors.Require(), new PlaceId(id), kind, ct)).ConvertAll(PlaceResponse.From);
            })
            .WithSummary("A place and everything below it (optionally one kind), in tree order, by one indexed range query.");

        places.MapGet("/{id:guid}/compounds-without-branch", async (Guid id, IActorAccessor actors, PlaceUseCases cases, CancellationToken ct) =>
                (await cases.CompoundsWithoutBranchAsync(actors.Require(), new PlaceId(id), ct)).ConvertAll(PlaceResponse.From))
            .WithSummary("Compounds inside a place that no live compound-level unit covers.");

        places.MapPost("/", async (CreatePlaceRequest request, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var place = await cases.RegisterDistrictAsync(actors.Require(), ToNewPlace(request), ct);
                Versioning.SetETag(http, place.Version);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithWriteProblems()
            .WithSummary("Registers a district (the system actor only, by default).");

        places.MapPost("/{id:guid}/children", async (Guid id, CreatePlaceRequest request, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var place = await cases.RegisterAsync(actors.Require(), new PlaceId(id), ToNewPlace(request), ct);
                Versioning.SetETag(http, place.Version);
                return Results.Created($"/api/places/{place.Id}", PlaceResponse.From(place));
            })
            .WithWriteProblems()
            .WithSummary("Registers a place under another (street under district, …, building under compound).");

        places.MapPut("/{id:guid}/name", async (Guid id, RenameRequest request, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.RenameAsync(actors.Require(), new PlaceId(id), request.Name, request.NameEn, Versioning.ExpectedVersion(http, "place"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Renames a place. Requires If-Match.");

        places.MapPut("/{id:guid}/compound", async (Guid id, CompoundDetailsRequest request, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.DescribeCompoundAsync(actors.Require(), new PlaceId(id), request.CompoundKind, request.Households, Versioning.ExpectedVersion(http, "place"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Sets how a compound is managed and how many households it has. Requires If-Match.");

        places.MapPut("/{id:guid}/location", async (Guid id, LocationRequest request, IActorAccessor actors, PlaceUseCases cases, HttpContext http, CancellationToken ct) =>
                WithETag(http, await cases.LocateAsync(actors.Require(), new PlaceId(id), request.Latitude, request.Longitude, Versioning.ExpectedVersion(http, "place"), ct)))
            .WithVersionedWriteProblems()
            .WithSummary("Records where a place is (WGS 84 latitude and longitude; two nulls clear it). Requires If-Match.");

        places.MapGet("/{id:guid}/audit", async (Guid id, string? before, int? take, IActorAccessor actors, PlaceUseCases cases, CancellationToken ct) =>
            {
                var (at, count) = AuditQueries.Page(before, take);
                return AuditQueries.Show(await cases.AuditAsync(actors.Require(), new PlaceId(id), at, count, ct));
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
        new(request.Kind, request.Name) { NameEn = request.NameEn, CompoundKind = request.CompoundKind, Households = request.Households, Latitude = request.Latitude, Longitude = request.Longitude };
}
