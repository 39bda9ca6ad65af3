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
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // a number is a JSON number: no "5", and integers are integers in the OpenAPI document
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;

            // A property we do not know, or the same property twice, is a client error, not something to guess about.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.AllowDuplicateProperties = false;
        });

        // Bad JSON and bad route/query values throw, so that the exception handler answers problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            o.AddServerHeader = false; // no "Server: Kestrel" banner (security finding 10)
        });

        // Every problem carries a stable code and a Chinese message, also those the framework writes itself
        // (401 and 403 from authentication, 404 for unknown routes, 405, 413, 415).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status)
            {
                problem.Extensions["code"] = $"NP-HTTP-{status}";
                problem.Extensions["messageZh"] = status switch
                {
                    401 => "需要登录：请提供有效的访问令牌。",
                    403 => "无权执行此操作。",
                    404 => "找不到该资源。",
                    405 => "该资源不支持此请求方法。",
                    413 => "请求内容过大。",
                    415 => "不支持该内容类型，请使用 application/json。",
                    _ => "请求未能完成。",
                };
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi(o =>
        {
            o.AddNeighborPartyConventions();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NeighborParty sample API";
                document.Info.Description = "Places and the Party-organisation tree of the near-neighbour Party-building model (近邻党建). "
                    + "Send a bearer token (in Development: POST /dev/tokens/{name}). Changes need If-Match with the ETag you read. "
                    + "Errors are RFC 9457 problem details carrying the rule code.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A token carrying the actor (sub, np_kind, np_scope). In Development, get one from POST /dev/tokens/{name}.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
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
