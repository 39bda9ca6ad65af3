namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>Declares in the OpenAPI document the problem answers an endpoint can give.</summary>
internal static class ProblemMetadata
{
    /// <summary>Every API endpoint: malformed input, no token, a kind that may never, unknown or outside the scope.</summary>
    public static TBuilder WithCommonProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Changes: refused by a rule, conflicting with the state or a concurrent writer, body too large.</summary>
    public static RouteHandlerBuilder WithWriteProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Changes to an existing record: also a missing or stale If-Match.</summary>
    public static RouteHandlerBuilder WithVersionedWriteProblems(this RouteHandlerBuilder builder) =>
        builder.WithWriteProblems()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
