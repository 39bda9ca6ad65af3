using NeighborParty.Common;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>The checks the accounting records and service share.</summary>
internal static class AccountingRules
{
    public static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));

    /// <summary>Refuses a span before 1921 or longer than ten years (<c>NP-ACC-001</c>).</summary>
    public static void CheckSpan(DateInterval days)
    {
        if (days.Start.Year < 1921 || Period.Between(days.Start, days.End, PeriodUnits.Days).Days > 3700)
        {
            throw Fail(AccountingService.BadQuery, "A report spans at most ten years, from 1921.", "报表期间最长十年，且不早于1921年。", "from");
        }
    }
}
