namespace NeighborParty.Common;

/// <summary>
/// How a refused request went wrong; hosts map it to a status (e.g. HTTP 422, 404, 409, 403, 412).
/// </summary>
public enum RuleViolationKind
{
    /// <summary>The request breaks a rule of the domain or a policy (HTTP 422).</summary>
    Refused = 0,

    /// <summary>The request names something that does not exist (HTTP 404).</summary>
    NotFound = 1,

    /// <summary>The request conflicts with the current state (HTTP 409).</summary>
    Conflict = 2,

    /// <summary>The actor may not perform this kind of action at all (HTTP 403).</summary>
    Forbidden = 3,

    /// <summary>The caller's copy is stale: the expected version is not the stored one (HTTP 412).</summary>
    PreconditionFailed = 4,

    /// <summary>The change must say which version it was made from, and did not (HTTP 428).</summary>
    PreconditionRequired = 5,
}
