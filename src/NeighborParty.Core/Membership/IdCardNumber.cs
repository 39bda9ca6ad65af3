using System.Diagnostics.CodeAnalysis;
using NeighborParty.Common;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// A resident identity card number (居民身份证号码) checked against GB 11643-1999: 17 digits (region, birth date,
/// sequence) and a check character (0–9 or X) computed with the ISO 7064 MOD 11-2 weights. Never shown in full:
/// <see cref="ToString"/> is masked; <see cref="Reveal"/> is for callers allowed to see it.
/// </summary>
/// <remarks>Immutable. <c>default</c> is "no number" (<see cref="IsEmpty"/>).</remarks>
public readonly struct IdCardNumber : IEquatable<IdCardNumber>
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private readonly string? _value;

    private IdCardNumber(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is the empty default.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Gets the birth date written in the number.</summary>
    public LocalDate BirthDate => _value is null ? default
        : new LocalDate(int.Parse(_value.AsSpan(6, 4), provider: null), int.Parse(_value.AsSpan(10, 2), provider: null), int.Parse(_value.AsSpan(12, 2), provider: null));

    /// <summary>Gets the gender written in the number (the 17th digit: odd male, even female).</summary>
    public Gender Gender => _value is null ? default : (_value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>
    /// Gets the masked form, such as <c>1*************002X</c>: the province's first digit and the last four (the "尾号"
    /// people quote). The region and the birth date are both hidden, so that a birth date or year shown beside it does
    /// not give the number back (finding 12 of the hostile review: the old mask hid exactly the birth date).
    /// </summary>
    public string Masked => _value is null ? string.Empty : string.Concat(_value.AsSpan(0, 1), "*************", _value.AsSpan(14, 4));

    /// <summary>Parses and checks a number; a lower-case x is accepted and stored upper-case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field name for the refusal.</param>
    /// <returns>The number.</returns>
    /// <exception cref="RuleViolationException">The text is not a valid number (<c>NP-MBR-001</c>).</exception>
    public static IdCardNumber Parse(string? text, string field = "idNumber") =>
        TryParse(text, out var number) ? number : throw new RuleViolationException(Invalid(field));

    /// <summary>Tries to parse and check a number without throwing.</summary>
    /// <param name="text">The text (surrounding spaces are ignored).</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns>Whether the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IdCardNumber number)
    {
        number = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = span[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            sum += (c - '0') * Weights[i];
        }

        var check = char.ToUpperInvariant(span[17]);
        if (check != CheckCharacters[sum % 11] || span[0] == '0')
        {
            return false;
        }

        var year = int.Parse(span.Slice(6, 4), provider: null);
        var month = int.Parse(span.Slice(10, 2), provider: null);
        var day = int.Parse(span.Slice(12, 2), provider: null);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        number = new IdCardNumber(string.Concat(span[..17], [check]));
        return true;
    }

    /// <summary>Builds the refusal for an invalid number.</summary>
    /// <param name="field">The field at fault.</param>
    /// <returns>The violation (<c>NP-MBR-001</c>).</returns>
    public static RuleViolation Invalid(string field) => new(MembershipRules.InvalidIdNumber,
        "The ID-card number must be 18 characters (17 digits and a check digit or X) with a real birth date and the GB 11643 check digit.",
        "身份证号须为18位（17位数字加校验码0-9或X），出生日期真实，且符合 GB 11643 校验规则。", target: field);

    /// <summary>Returns the full number, for callers allowed to see personal data (and for storage).</summary>
    /// <returns>The 18 characters, or an empty string for the empty default.</returns>
    public string Reveal() => _value ?? string.Empty;

    /// <summary>Returns the masked form; the full number is never written by <c>ToString</c>.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Masked;

    /// <inheritdoc />
    public bool Equals(IdCardNumber other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IdCardNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are the same number.</returns>
    public static bool operator ==(IdCardNumber left, IdCardNumber right) => left.Equals(right);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IdCardNumber left, IdCardNumber right) => !left.Equals(right);
}
