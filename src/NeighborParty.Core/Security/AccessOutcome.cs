namespace NeighborParty.Security;

/// <summary>The answer of <see cref="AccessPolicy.Decide"/>.</summary>
public enum AccessOutcome
{
    /// <summary>The actor may do it.</summary>
    Allowed = 0,

    /// <summary>
    /// The actor's kind may never do this action: refuse it openly (HTTP 403, <c>NP-SEC-001</c>). It tells nothing
    /// about the target.
    /// </summary>
    Forbidden = 1,

    /// <summary>
    /// The actor's kind may do it, but not here: answer exactly as if the target did not exist (HTTP 404), so that an
    /// actor learns nothing about nodes outside their scope.
    /// </summary>
    OutOfScope = 2,
}
