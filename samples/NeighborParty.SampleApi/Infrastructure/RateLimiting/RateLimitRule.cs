using System.Threading.RateLimiting;

namespace NeighborParty.SampleApi.Infrastructure.RateLimiting;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> per partition.</summary>
public sealed class RateLimitRule
{
    /// <summary>Gets or sets the requests allowed in one window (1 or more).</summary>
    public int PermitLimit { get; set; }

    /// <summary>Gets or sets the window length in seconds (1 or more).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Gets the window as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>The limiter options: a fixed window, no queue (a request over the limit is refused at once).</summary>
    internal FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = PermitLimit,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    internal void Validate(string name)
    {
        if (PermitLimit < 1 || WindowSeconds < 1)
        {
            throw new InvalidOperationException($"RateLimiting:{name} needs PermitLimit ≥ 1 and WindowSeconds ≥ 1 (got {PermitLimit} per {WindowSeconds} s).");
        }
    }
}
