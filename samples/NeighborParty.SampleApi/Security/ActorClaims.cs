using System.Security.Claims;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Security;

/// <summary>The claims that carry an <see cref="Actor"/> in a token: <c>sub</c>, <c>np_kind</c> and <c>np_scope</c>.</summary>
public static class ActorClaims
{
    /// <summary>The subject claim: the acting account's id.</summary>
    public const string Subject = "sub";

    /// <summary>The actor kind claim, such as <c>CompoundSecretary</c>.</summary>
    public const string Kind = "np_kind";

    /// <summary>The scope claim: the unit, party or resident id the actor is bound to.</summary>
    public const string Scope = "np_scope";

    /// <summary>Reads the actor from an authenticated principal; null when the claims are missing or malformed.</summary>
    /// <param name="principal">The principal.</param>
    /// <returns>The actor, or null.</returns>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirst(Subject)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var kindText = principal.FindFirst(Kind)?.Value;
        var scopeText = principal.FindFirst(Scope)?.Value;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 128
            || !Enum.TryParse<ActorKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _)
            || !Guid.TryParse(scopeText, out var scope))
        {
            return null;
        }

        return new Actor(id, kind, scope);
    }
}

/// <summary>Gives the library the actor of the current HTTP request, from its bearer token.</summary>
/// <remarks>An endpoint that authenticates its caller otherwise (the Open311 face's API key) puts the actor in <see cref="ItemKey"/>.</remarks>
internal sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    public const string ItemKey = "NeighborParty.Actor";

    public Actor? Current => http.HttpContext is not { } context ? null
        : context.Items.TryGetValue(ItemKey, out var item) && item is Actor actor ? actor
        : ActorClaims.ToActor(context.User);
}
