namespace NeighborParty.Common;

/// <summary>
/// Checks of single input fields that every host applies before calling the domain, so that a request with several
/// bad fields is answered with all of them at once. Each check returns the violation or <see langword="null"/>.
/// </summary>
/// <remarks>The domain applies the same limits again on every operation; these only let hosts report early and fully.</remarks>
public static class FieldRules
{
    /// <summary>The longest name accepted, in UTF-16 code units.</summary>
    public const int MaxNameLength = TextRules.MaxNameLength;

    /// <summary>The longest key (such as a level key) accepted.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Checks a name: 1 to <see cref="MaxNameLength"/> characters after trimming, no control characters, not starting like a spreadsheet formula (<c>NP-GEN-001</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The field name, as the client sent it.</param>
    /// <param name="required">Whether a value is required; an optional name may be null or blank.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Name(string? value, string field, bool required = true)
    {
        if (!required && string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return TextRules.IsName(value?.Trim()) ? null : TextRules.NameViolation(field);
    }

    /// <summary>Checks a key: 1 to <see cref="MaxKeyLength"/> characters from a-z, 0-9 and '-' (<c>NP-GEN-005</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The field name.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Key(string? value, string field) =>
        string.IsNullOrEmpty(value) || value.Length > MaxKeyLength || !value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? new RuleViolation("NP-GEN-005", $"'{field}' must be 1 to {MaxKeyLength} characters from a-z, 0-9 and '-'.",
                $"“{field}”须为1至{MaxKeyLength}个字符，只能包含 a-z、0-9 和“-”。", target: field)
            : null;

    /// <summary>Checks that a number lies in a range (<c>NP-GEN-003</c>); null passes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest accepted value.</param>
    /// <param name="max">The largest accepted value.</param>
    /// <param name="field">The field name.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Range(long? value, long min, long max, string field) =>
        value is { } v && (v < min || v > max)
            ? new RuleViolation("NP-GEN-003", $"'{field}' must be between {min} and {max}.", $"“{field}”须在{min}至{max}之间。", target: field)
            : null;

    /// <summary>Checks that a list is present and has at most <paramref name="max"/> items (<c>NP-GEN-003</c>).</summary>
    /// <param name="count">The number of items, or null when the list is missing.</param>
    /// <param name="min">The fewest items accepted.</param>
    /// <param name="max">The most items accepted.</param>
    /// <param name="field">The field name.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Count(int? count, int min, int max, string field) =>
        (count ?? 0) < min || (count ?? 0) > max
            ? new RuleViolation("NP-GEN-003", $"'{field}' must have {min} to {max} items.", $"“{field}”须有{min}至{max}项。", target: field)
            : null;

    /// <summary>Checks that an enum value is one of the defined names (<c>NP-GEN-004</c>); null passes.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="field">The field name.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Defined<TEnum>(TEnum? value, string field)
        where TEnum : struct, Enum =>
        value is { } v && !Enum.IsDefined(v)
            ? new RuleViolation("NP-GEN-004", $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.",
                $"“{field}”须为以下之一：{string.Join("、", Enum.GetNames<TEnum>())}。", target: field)
            : null;

    /// <summary>Checks that an id is not the empty GUID (<c>NP-GEN-006</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The field name.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Id(Guid value, string field) =>
        value == Guid.Empty
            ? new RuleViolation("NP-GEN-006", $"'{field}' must be a non-empty id.", $"“{field}”须为非空编号。", target: field)
            : null;
}
