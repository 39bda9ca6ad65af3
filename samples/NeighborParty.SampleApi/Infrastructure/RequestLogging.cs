using System.Diagnostics;
using NeighborParty.SampleApi.Security;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// One structured log line per request: method, route pattern (never the raw path or query, which can carry what a
/// client typed), status, duration, and the actor's id and kind. Bodies and headers are never logged.
/// </summary>
/// <remarks>
/// The line is a source-generated <see cref="LoggerMessageAttribute"/> method: checked once for its level, no
/// argument array or boxing per request, the template parsed at compile time (every request pays for this line).
/// </remarks>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
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
            if (logger.IsEnabled(LogLevel.Information))
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
                var actor = ActorClaims.ToActor(context.User);
                Answered(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    actor?.Kind.ToString() ?? "anonymous", actor?.Id ?? "-");
            }
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestAnswered", Level = LogLevel.Information,
        Message = "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms for {ActorKind} {ActorId}")]
    private static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs, string actorKind, string actorId);
}
