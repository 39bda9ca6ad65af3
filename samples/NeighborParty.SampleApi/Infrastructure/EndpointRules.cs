using NeighborParty.Common;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>Checks the endpoints share on what a client sent: paging arguments and spans of days in the query string (who may is decided by the use cases).</summary>
internal static class EndpointRules
{
    /// <summary>400 with every bad argument unless skip is 0–1,000,000 and take is 1–1,000.</summary>
    public static void Paging(int? skip, int? take)
    {
        var errors = new[] { FieldRules.Range(skip, 0, 1_000_000, "skip"), FieldRules.Range(take, 1, 1000, "take") }.OfType<RuleViolation>().ToList();
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    /// <summary>
    /// Checks a list's paging: <paramref name="skip"/> (offset, kept for older clients) or <paramref name="after"/> (the
    /// keyset token of the <c>Link: rel="next"</c> header of the page before), not both; 400 otherwise.
    /// </summary>
    /// <returns>Whether the list is read by keyset (no <paramref name="skip"/>).</returns>
    public static bool Paging(int? skip, int? take, string? after)
    {
        var errors = new[]
        {
            FieldRules.Range(skip, 0, 1_000_000, "skip"), FieldRules.Range(take, 1, 1000, "take"),
            skip is not null && after is not null ? new RuleViolation("NP-GEN-003", "Give 'skip' or 'after', not both.", "“skip”与“after”只能填写其一。", target: "after") : null,
            after is { Length: 0 or > 600 } ? new RuleViolation("NP-GEN-009", "The page token is not one this list gave out: start again from the first page.", "分页标记无效：请从第一页重新开始。", target: "after") : null,
        }.OfType<RuleViolation>().ToList();
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return skip is null;
    }

    /// <summary>Announces the next page of a keyset list in a <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288): this request's URL with <c>after</c> set.</summary>
    public static void NextPage(HttpContext http, string? next)
    {
        if (next is null)
        {
            return;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(q => q.Key is not "after" and not "skip").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("after", next));
        http.Response.Headers.Append("Link", $"<{http.Request.PathBase}{http.Request.Path}{Microsoft.AspNetCore.Http.QueryString.Create(query)}>; rel=\"next\"");
    }

    /// <summary>
    /// One named list of a report, a page at a time: the list <paramref name="name"/> picked (400 <c>NP-GEN-005</c> when
    /// it is not one of <paramref name="names"/>), its page after <paramref name="after"/>, and the next page announced.
    /// </summary>
    public static IReadOnlyList<T> ListPage<T>(HttpContext http, IReadOnlyList<T>? list, string name, IReadOnlyCollection<string> names, string? after, int? take)
    {
        var items = list ?? throw new FieldValidationException([new RuleViolation("NP-GEN-005",
            $"'list' is one of {string.Join(", ", names)}.", $"“list”须为 {string.Join("、", names)} 之一。", target: "list")]);
        var page = PageSlices.Of(items, after, take ?? 100);
        NextPage(http, page.Next);
        return page.Items;
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (ISO dates, at most ten years, from 1921); 400 otherwise.</summary>
    public static DateInterval Days(string? from, string? to)
    {
        var errors = new List<RuleViolation>();
        LocalDate Parse(string? text, string field)
        {
            if (text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } result)
            {
                return result.Value;
            }

            errors.Add(new RuleViolation("NP-GEN-008", $"'{field}' must be an ISO 8601 date (yyyy-MM-dd).", $"“{field}”须为 ISO 8601 日期（yyyy-MM-dd）。", target: field));
            return default;
        }

        var (first, last) = (Parse(from, "from"), Parse(to, "to"));
        if (errors.Count == 0 && (last < first || Period.Between(first, last, PeriodUnits.Days).Days > 3700 || first.Year < 1921))
        {
            errors.Add(new RuleViolation("NP-GEN-002", "A span from 'from' to 'to' of at most ten years, from 1921.", "时间段须从 from 到 to，最长十年，且不早于1921年。", target: "to"));
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : new DateInterval(first, last);
    }
}
