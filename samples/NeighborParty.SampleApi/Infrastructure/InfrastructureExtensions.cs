using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NeighborParty.SampleApi.Infrastructure;

internal static class InfrastructureExtensions
{
    /// <summary>The largest request body accepted, in bytes.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static IServiceCollection AddSampleApiInfrastructure(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.MaxDepth = 16;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;
        });

        // Bad JSON and bad route/query values throw, so that the exception handler answers problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddHealthChecks();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NeighborParty sample API";
                document.Info.Description = "Places and the Party-organisation tree of the near-neighbour Party-building model (近邻党建). Errors are RFC 9457 problem details carrying the rule code.";
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type == typeof(LocalDate))
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Format = "date";
                    schema.Properties?.Clear();
                }
                else if (type == typeof(Instant))
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Format = "date-time";
                    schema.Properties?.Clear();
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }
}
