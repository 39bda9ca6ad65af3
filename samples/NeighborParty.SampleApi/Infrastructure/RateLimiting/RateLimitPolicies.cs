namespace NeighborParty.SampleApi.Infrastructure.RateLimiting;

/// <summary>The names of the endpoint rate-limit policies (see <see cref="RateLimitingOptions"/>).</summary>
internal static class RateLimitPolicies
{
    /// <summary>Issuing development tokens, per IP address.</summary>
    public const string Tokens = "tokens";

    /// <summary>Open311 reads, per api_key or IP address.</summary>
    public const string Open311Read = "open311-read";

    /// <summary>Ledger import and export, per actor.</summary>
    public const string LedgerFiles = "ledger-files";
}
