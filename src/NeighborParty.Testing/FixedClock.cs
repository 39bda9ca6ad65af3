using NodaTime;

namespace NeighborParty.Testing;

/// <summary>A clock that always reads the same instant (the kit does not depend on NodaTime.Testing).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
