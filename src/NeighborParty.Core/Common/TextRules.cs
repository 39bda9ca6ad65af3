namespace NeighborParty.Common;

/// <summary>Validation of names and other short texts entered by people.</summary>
internal static class TextRules
{
    /// <summary>The longest name accepted, in UTF-16 code units.</summary>
    internal const int MaxNameLength = 100;

    /// <summary>Returns <paramref name="value"/> trimmed, or throws <c>NP-GEN-001</c> if it is blank, too long or holds control characters.</summary>
    internal static string RequireName(string? value, string target)
    {
        var trimmed = value?.Trim();
        if (trimmed is null || !IsName(trimmed))
        {
            throw new RuleViolationException(NameViolation(target));
        }

        return trimmed;
    }

    /// <summary>
    /// Whether a trimmed text is a name: 1 to 100 characters, no control characters, and not starting like a spreadsheet
    /// formula (= + - @): every name can end up in a CSV or Excel file someone opens (finding 1 of the hostile review).
    /// </summary>
    internal static bool IsName(string? trimmed) =>
        !string.IsNullOrEmpty(trimmed) && trimmed.Length <= MaxNameLength && !trimmed.Any(char.IsControl) && !StartsLikeFormula(trimmed);

    /// <summary>Whether a text would be read as a formula by a spreadsheet program.</summary>
    internal static bool StartsLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠';

    /// <summary>Returns <paramref name="text"/> safe to put in a spreadsheet cell: a leading apostrophe when it would start a formula (= + - @, a tab, a carriage return).</summary>
    internal static string ForSpreadsheet(string text) => text.Length > 0 && (StartsLikeFormula(text) || text[0] is '\t' or '\r') ? "'" + text : text;

    /// <summary>Builds the <c>NP-GEN-001</c> violation for a bad name in <paramref name="target"/>.</summary>
    internal static RuleViolation NameViolation(string target) => new(
        "NP-GEN-001",
        $"A name must be 1 to {MaxNameLength} characters long, without control characters, and may not start with = + - @ (a spreadsheet formula).",
        $"名称须为1至{MaxNameLength}个字符，不含控制字符，且不能以 = + - @ 开头（电子表格公式）。",
        target: target);

    /// <summary>Like <see cref="RequireName"/> but accepts null or blank as "no value".</summary>
    internal static string? OptionalName(string? value, string target) =>
        string.IsNullOrWhiteSpace(value) ? null : RequireName(value, target);
}
