using System.Globalization;
using System.Threading.RateLimiting;

namespace NeighborParty.SampleApi.Infrastructure.RateLimiting;

/// <summary>
/// The limit on Open311 posts per api_key. The key travels in the form body, which a rate-limit partitioner cannot
/// read, so the endpoint asks this limiter once it has read the form and found the key.
/// </summary>
internal sealed class Open311KeyLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public Open311KeyLimiter(RateLimitingOptions options)
    {
        if (options.Enabled)
        {
            var rule = options.Open311Write;
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => rule.ToOptions()));
        }
    }

    /// <summary>Takes one permit for <paramref name="keyLabel"/>; on refusal, gives the seconds to wait.</summary>
    public bool TryAcquire(string keyLabel, HttpResponse response, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(keyLabel);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
