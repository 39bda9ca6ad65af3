namespace NeighborParty.SampleApi.Security;

/// <summary>The JWT bearer settings, from the configuration section <c>Authentication:Jwt</c>.</summary>
public sealed class JwtOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:Jwt";

    /// <summary>Gets or sets the issuer written into and required of every token.</summary>
    public string Issuer { get; set; } = "neighborparty-sample";

    /// <summary>Gets or sets the audience written into and required of every token.</summary>
    public string Audience { get; set; } = "neighborparty-api";

    /// <summary>
    /// Gets or sets the HMAC-SHA256 signing key, at least 32 bytes of UTF-8. Keep it out of source control outside
    /// Development (an environment variable <c>Authentication__Jwt__SigningKey</c> or a secret store).
    /// </summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>Gets or sets how long an issued development token lasts, in minutes.</summary>
    public int TokenLifetimeMinutes { get; set; } = 480;
}
