namespace NeighborParty.SampleApi.Infrastructure.RateLimiting;

/// <summary>
/// The request limits of the sample host (configuration section <c>RateLimiting</c>, security finding 8). Every
/// request counts against <see cref="Api"/> for its partition (the actor's <c>sub</c> claim when a token was sent,
/// otherwise the client's IP address); some endpoints have a tighter limit on top. See docs/security.md.
/// </summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Gets or sets a value indicating whether limits apply at all (switch off only behind a gateway that limits).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the limit for every API request, per actor (or per IP address when anonymous).</summary>
    public RateLimitRule Api { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };

    /// <summary>Gets or sets the limit for issuing development tokens, per IP address.</summary>
    public RateLimitRule Tokens { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>Gets or sets the limit for Open311 reads, per <c>api_key</c> in the query (or per IP address).</summary>
    public RateLimitRule Open311Read { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Gets or sets the limit for Open311 posts, per IP address (the key is inside the form body).</summary>
    public RateLimitRule Open311Write { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };

    /// <summary>Gets or sets the limit for ledger imports and exports, per actor.</summary>
    public RateLimitRule LedgerFiles { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    internal void Validate()
    {
        Api.Validate(nameof(Api));
        Tokens.Validate(nameof(Tokens));
        Open311Read.Validate(nameof(Open311Read));
        Open311Write.Validate(nameof(Open311Write));
        LedgerFiles.Validate(nameof(LedgerFiles));
    }
}
