using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// The demo seed's clock for replaying history: the library stamps every step of a request or wish with
/// <see cref="IClock"/>, so the seed builds those services with this clock set to the day each step happened.
/// Only the seed uses it; the host's services keep the real clock.
/// </summary>
internal sealed class ReplayClock : IClock
{
    /// <summary>Gets or sets the instant the clock reads.</summary>
    public Instant Now { get; set; }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;

    /// <summary>Creates <typeparamref name="T"/> from <paramref name="services"/>, with this clock in place of the host's.</summary>
    public T Create<T>(IServiceProvider services) => ActivatorUtilities.CreateInstance<T>(new WithClock(services, this));

    private sealed class WithClock(IServiceProvider inner, IClock clock) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IClock) ? clock : inner.GetService(serviceType);
    }
}
