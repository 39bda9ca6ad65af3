using NeighborParty.Common;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>A request body that checks all of its fields at once, with the library's <see cref="FieldRules"/>.</summary>
public interface IValidatableRequest
{
    /// <summary>Returns every field error (empty when the request is well-formed).</summary>
    /// <returns>The violations.</returns>
    IEnumerable<RuleViolation> Validate();
}

/// <summary>Thrown when a request has field errors; answered as one problem listing all of them.</summary>
internal sealed class FieldValidationException(IReadOnlyList<RuleViolation> violations)
    : Exception("The request has invalid fields.")
{
    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}

/// <summary>Validates every <see cref="IValidatableRequest"/> argument before the endpoint runs.</summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        List<RuleViolation>? errors = null;
        foreach (var argument in context.Arguments)
        {
            if (argument is IValidatableRequest request)
            {
                foreach (var violation in request.Validate())
                {
                    (errors ??= []).Add(violation);
                }
            }
        }

        if (errors is not null)
        {
            throw new FieldValidationException(errors);
        }

        return await next(context);
    }
}

/// <summary>Reads <c>If-Match</c> and writes <c>ETag</c>: the entity tag of an aggregate is its version.</summary>
internal static class Versioning
{
    /// <summary>Returns the version the client changes from; null for <c>If-Match: *</c> (overwrite whatever is there).</summary>
    /// <exception cref="RuleViolationException">No If-Match (<c>NP-CON-003</c>, 428) or one that cannot match (<c>NP-CON-001</c>, 412).</exception>
    public static long? ExpectedVersion(HttpContext context, string target)
    {
        var values = context.Request.Headers.IfMatch;
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values.ToString()))
        {
            throw new RuleViolationException(ConcurrencyRules.VersionRequired(target));
        }

        var text = values.ToString().Trim();
        if (text == "*")
        {
            return null;
        }

        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length > 2 && text.Length <= 22 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        // A tag we never issue matches no version.
        throw new RuleViolationException(ConcurrencyRules.StaleVersion(target, -1, -1));
    }

    public static void SetETag(HttpContext context, long version) => context.Response.Headers.ETag = $"\"{version}\"";
}
