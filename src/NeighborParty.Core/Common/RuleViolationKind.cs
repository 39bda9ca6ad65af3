namespace NeighborParty.Common;

/// <summary>
/// How a refused request went wrong; hosts map it to a status (e.g. HTTP 422, 404, 409).
/// </summary>
public enum RuleViolationKind
{
    /// <summary>The request breaks a rule of the domain or a policy (HTTP 422).</summary>
    Refused = 0,

    /// <summary>The request names something that does not exist (HTTP 404).</summary>
    NotFound = 1,

    /// <summary>The request conflicts with the current state (HTTP 409).</summary>
    Conflict = 2,
}
