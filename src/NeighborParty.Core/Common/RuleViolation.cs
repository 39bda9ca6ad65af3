namespace NeighborParty.Common;

/// <summary>
/// Why a business request was refused: a stable code, a message in English and Chinese, and the regulation behind
/// the rule where there is one.
/// </summary>
/// <remarks>
/// Codes are stable across versions: regulation-backed rules use their id from RULES.md (for example <c>BR-3</c>),
/// library rules use <c>NP-&lt;AREA&gt;-NNN</c>. The catalogue is in <c>docs/errors.md</c>. Instances are immutable.
/// </remarks>
public sealed class RuleViolation
{
    /// <summary>Initializes a new instance of the <see cref="RuleViolation"/> class.</summary>
    /// <param name="code">The stable code, such as <c>BR-3</c> or <c>NP-ORG-001</c>.</param>
    /// <param name="message">The explanation in English.</param>
    /// <param name="messageZh">The explanation in Chinese.</param>
    /// <param name="regulation">The regulation behind the rule, or <see langword="null"/> for a library rule.</param>
    /// <param name="kind">How the request went wrong.</param>
    /// <param name="target">The field or argument at fault, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A required text is null or blank.</exception>
    public RuleViolation(string code, string message, string messageZh, string? regulation = null,
        RuleViolationKind kind = RuleViolationKind.Refused, string? target = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageZh);
        Code = code;
        Message = message;
        MessageZh = messageZh;
        Regulation = regulation;
        Kind = kind;
        Target = target;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the explanation in English.</summary>
    public string Message { get; }

    /// <summary>Gets the explanation in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>Gets the regulation behind the rule, or <see langword="null"/> for a library rule.</summary>
    public string? Regulation { get; }

    /// <summary>Gets how the request went wrong.</summary>
    public RuleViolationKind Kind { get; }

    /// <summary>Gets the field or argument at fault, or <see langword="null"/>.</summary>
    public string? Target { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
