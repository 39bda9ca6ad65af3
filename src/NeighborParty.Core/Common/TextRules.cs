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
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
        {
            throw new RuleViolationException(NameViolation(target));
        }

        return trimmed;
    }

    /// <summary>Builds the <c>NP-GEN-001</c> violation for a bad name in <paramref name="target"/>.</summary>
    internal static RuleViolation NameViolation(string target) => new(
        "NP-GEN-001",
        $"A name must be 1 to {MaxNameLength} characters long, without control characters.",
        $"名称须为1至{MaxNameLength}个字符，且不含控制字符。",
        target: target);

    /// <summary>Like <see cref="RequireName"/> but accepts null or blank as "no value".</summary>
    internal static string? OptionalName(string? value, string target) =>
        string.IsNullOrWhiteSpace(value) ? null : RequireName(value, target);
}
