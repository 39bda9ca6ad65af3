using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NeighborParty.Common;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Turns refused requests and bad input into RFC 9457 problem details: a rule violation keeps its code, messages and
/// regulation; malformed input is a 400; nothing a client sends becomes a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RuleViolationException rule => FromRule(rule.Violation),
            BadHttpRequestException bad => BadRequest(bad.StatusCode, Describe(bad)),
            JsonException json => BadRequest(StatusCodes.Status400BadRequest, "The request body is not valid JSON for this endpoint: " + json.Message),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails FromRule(RuleViolation violation)
    {
        var problem = new ProblemDetails
        {
            Type = "https://neighborparty.dev/errors/" + violation.Code,
            Title = violation.Message,
            Detail = violation.MessageZh,
            Status = violation.Kind switch
            {
                RuleViolationKind.NotFound => StatusCodes.Status404NotFound,
                RuleViolationKind.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            },
        };
        problem.Extensions["code"] = violation.Code;
        problem.Extensions["messageZh"] = violation.MessageZh;
        if (violation.Regulation is not null)
        {
            problem.Extensions["regulation"] = violation.Regulation;
        }

        if (violation.Target is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [violation.Target] = [violation.Message] };
        }

        return problem;
    }

    internal static ProblemDetails BadRequest(int status, string detail)
    {
        var problem = new ProblemDetails
        {
            Type = "https://neighborparty.dev/errors/NP-HTTP-400",
            Title = "The request is malformed.",
            Detail = detail,
            Status = status is >= 400 and < 500 ? status : StatusCodes.Status400BadRequest,
        };
        problem.Extensions["code"] = "NP-HTTP-400";
        problem.Extensions["messageZh"] = "请求格式有误。";
        return problem;
    }

    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? "The request body is not valid JSON for this endpoint: " + json.Message : bad.Message;
}
