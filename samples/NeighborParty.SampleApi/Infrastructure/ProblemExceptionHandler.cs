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
            FieldValidationException fields => FromFields(fields.Violations),
            BadHttpRequestException { InnerException: BadHttpRequestException inner } => BadRequest(inner.StatusCode, BadInput.FromBinding(inner)),
            BadHttpRequestException { InnerException: JsonException json } => BadRequest(StatusCodes.Status400BadRequest, BadInput.FromJson(json)),
            BadHttpRequestException bad => BadRequest(bad.StatusCode, BadInput.FromBinding(bad)),
            JsonException json => BadRequest(StatusCodes.Status400BadRequest, BadInput.FromJson(json)),
            _ => null,
        };

        if (problem is null)
        {
            // The route pattern, never the raw path or query: those can carry what a client typed.
            var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
            logger.LogError("Unhandled {ExceptionType} on {Method} {Route} at {StackTrace}", exception.GetType().FullName, httpContext.Request.Method, route, exception.StackTrace);
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
                RuleViolationKind.Forbidden => StatusCodes.Status403Forbidden,
                RuleViolationKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
                RuleViolationKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
                _ when violation.Code == "NP-GEN-009" => StatusCodes.Status400BadRequest, // a page token the list never gave out is malformed input
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

    internal static ProblemDetails FromFields(IReadOnlyList<RuleViolation> violations)
    {
        var problem = new ProblemDetails
        {
            Type = "https://neighborparty.dev/errors/NP-HTTP-400",
            Title = "The request has invalid fields.",
            Detail = "请求中有字段不合要求。",
            Status = StatusCodes.Status400BadRequest,
        };
        problem.Extensions["code"] = "NP-HTTP-400";
        problem.Extensions["messageZh"] = "请求中有字段不合要求。";
        problem.Extensions["errors"] = violations
            .GroupBy(v => v.Target ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray());
        problem.Extensions["violations"] = violations
            .Select(v => new { field = v.Target, code = v.Code, message = v.Message, messageZh = v.MessageZh })
            .ToArray();
        return problem;
    }

    internal static ProblemDetails BadRequest(int status, (string Detail, Dictionary<string, string[]> Errors) input)
    {
        var problem = BadRequest(status, input.Detail);
        if (input.Errors.Count > 0 && problem.Status == StatusCodes.Status400BadRequest)
        {
            problem.Extensions["errors"] = input.Errors;
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
        if (problem.Status == StatusCodes.Status413PayloadTooLarge)
        {
            problem.Type = "https://neighborparty.dev/errors/NP-HTTP-413";
            problem.Title = "The request body is too large.";
            problem.Extensions["code"] = "NP-HTTP-413";
            problem.Extensions["messageZh"] = "请求内容过大。";
            return problem;
        }

        problem.Extensions["code"] = "NP-HTTP-400";
        problem.Extensions["messageZh"] = "请求格式有误。";
        return problem;
    }
}
