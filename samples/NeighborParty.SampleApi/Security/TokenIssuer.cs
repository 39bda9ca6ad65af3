using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Security;

/// <summary>Signs bearer tokens for actors with the configured key (used by the development token endpoint and tests).</summary>
public sealed class TokenIssuer
{
    private readonly JwtOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="TokenIssuer"/> class.</summary>
    /// <param name="options">The JWT settings.</param>
    /// <param name="clock">The clock.</param>
    public TokenIssuer(IOptions<JwtOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
    }

    /// <summary>Issues a token for <paramref name="actor"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The compact JWT and when it expires.</returns>
    public (string Token, Instant Expires) Issue(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _clock.GetCurrentInstant();
        var expires = now + Duration.FromMinutes(_options.TokenLifetimeMinutes);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = expires.ToDateTimeUtc(),
            Subject = new ClaimsIdentity(
            [
                new Claim(ActorClaims.Subject, actor.Id),
                new Claim(ActorClaims.Kind, actor.Kind.ToString()),
                new Claim(ActorClaims.Scope, actor.ScopeId.ToString()),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey(_options), SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }

    /// <summary>Builds the symmetric key from the settings.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">The key is missing or shorter than 32 bytes.</exception>
    public static SymmetricSecurityKey SigningKey(JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey ?? string.Empty);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException(
                $"Configure {JwtOptions.Section}:SigningKey with at least 32 bytes (e.g. the environment variable Authentication__Jwt__SigningKey).");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
