namespace NeighborParty.Common;

/// <summary>
/// Thrown when a business request is refused by a rule; carries the <see cref="RuleViolation"/>.
/// </summary>
/// <remarks>
/// Programmer errors (null arguments, values out of range of a type) throw the usual BCL exceptions instead.
/// Nothing has been changed when this exception is thrown.
/// </remarks>
public sealed class RuleViolationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleViolationException"/> class.</summary>
    public RuleViolationException()
        : this(new RuleViolation("NP-GEN-000", "The request was refused.", "请求被拒绝。"))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleViolationException"/> class.</summary>
    /// <param name="message">The explanation in English.</param>
    public RuleViolationException(string message)
        : this(new RuleViolation("NP-GEN-000", message, message))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleViolationException"/> class.</summary>
    /// <param name="message">The explanation in English.</param>
    /// <param name="innerException">The cause.</param>
    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException) =>
        Violation = new RuleViolation("NP-GEN-000", message, message);

    /// <summary>Initializes a new instance of the <see cref="RuleViolationException"/> class.</summary>
    /// <param name="violation">The violated rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public RuleViolationException(RuleViolation violation)
        : base(violation?.ToString())
    {
        ArgumentNullException.ThrowIfNull(violation);
        Violation = violation;
    }

    /// <summary>Gets the violated rule.</summary>
    public RuleViolation Violation { get; }

    /// <summary>Gets the stable code of the violated rule.</summary>
    public string Code => Violation.Code;

    /// <summary>Initializes a new instance of the <see cref="RuleViolationException"/> class for a violation caused by another exception.</summary>
    /// <param name="violation">The violation.</param>
    /// <param name="innerException">The exception that revealed it (e.g. a store's concurrency failure).</param>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public RuleViolationException(RuleViolation violation, Exception? innerException)
        : base((violation ?? throw new ArgumentNullException(nameof(violation))).ToString(), innerException) => Violation = violation;
}
