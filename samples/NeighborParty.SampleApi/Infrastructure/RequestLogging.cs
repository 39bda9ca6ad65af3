using System.Diagnostics;
using NeighborParty.SampleApi.Security;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// One structured log line per request: method, route pattern (never the raw path or query, which can carry what a
/// client typed), status, duration, and the actor's id and kind. Bodies and headers are never logged.
/// </summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
            var actor = ActorClaims.ToActor(context.User);
            logger.LogInformation("{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms for {ActorKind} {ActorId}",
                context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                actor?.Kind.ToString() ?? "anonymous", actor?.Id ?? "-");
        }
    }
}
