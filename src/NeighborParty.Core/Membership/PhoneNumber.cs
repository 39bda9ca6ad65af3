using System.Diagnostics.CodeAnalysis;
using NeighborParty.Common;

namespace NeighborParty.Membership;

/// <summary>
/// A mainland phone number: a mobile (11 digits, 1[3-9]…) or a landline with its area code (0 + 2–3 digits, then
/// 7–8 digits). Stored as digits; shown masked (<c>138****8000</c>) unless revealed.
/// </summary>
/// <remarks>Immutable. <c>default</c> is "no number".</remarks>
public readonly struct PhoneNumber : IEquatable<PhoneNumber>
{
    private readonly string? _digits;

    private PhoneNumber(string digits) => _digits = digits;

    /// <summary>Gets a value indicating whether this is the empty default.</summary>
    public bool IsEmpty => _digits is null;

    /// <summary>Gets the masked form: the first 3 and last 4 digits.</summary>
    public string Masked => _digits is null ? string.Empty : string.Concat(_digits.AsSpan(0, 3), new string('*', _digits.Length - 7), _digits.AsSpan(_digits.Length - 4));

    /// <summary>Parses a number; spaces, dashes and a leading +86 are ignored.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field name for the refusal.</param>
    /// <returns>The number.</returns>
    /// <exception cref="RuleViolationException">Not a mainland mobile or landline number (<c>NP-MBR-002</c>).</exception>
    public static PhoneNumber Parse(string? text, string field = "phone") =>
        TryParse(text, out var number) ? number : throw new RuleViolationException(Invalid(field));

    /// <summary>Tries to parse a number without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns>Whether the text is a valid number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PhoneNumber number)
    {
        number = default;
        if (text is null || text.Length > 32)
        {
            return false;
        }

        Span<char> digits = stackalloc char[32];
        var n = 0;
        var span = text.AsSpan().Trim();
        if (span.StartsWith("+86", StringComparison.Ordinal))
        {
            span = span[3..];
        }

        foreach (var c in span)
        {
            if (c is >= '0' and <= '9')
            {
                digits[n++] = c;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        var d = digits[..n];
        var mobile = n == 11 && d[0] == '1' && d[1] is >= '3' and <= '9';
        var landline = n is >= 10 and <= 12 && d[0] == '0' && d[1] != '0';
        if (!mobile && !landline)
        {
            return false;
        }

        number = new PhoneNumber(new string(d));
        return true;
    }

    /// <summary>Builds the refusal for an invalid number.</summary>
    /// <param name="field">The field at fault.</param>
    /// <returns>The violation (<c>NP-MBR-002</c>).</returns>
    public static RuleViolation Invalid(string field) => new(MembershipRules.InvalidPhone,
        "A phone number must be a mainland mobile (11 digits starting 13–19) or a landline with its area code.",
        "电话须为11位手机号（13-19开头）或带区号的固定电话。", target: field);

    /// <summary>Returns the digits, for callers allowed to see personal data (and for storage).</summary>
    /// <returns>The digits, or an empty string.</returns>
    public string Reveal() => _digits ?? string.Empty;

    /// <summary>Returns the masked form; the full number is never written by <c>ToString</c>.</summary>
    /// <returns>The masked number.</returns>
    public override string ToString() => Masked;

    /// <inheritdoc />
    public bool Equals(PhoneNumber other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PhoneNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);
}
