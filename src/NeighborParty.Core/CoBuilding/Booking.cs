using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>The capacity booked in one period. Immutable.</summary>
public sealed class Booking
{
    /// <summary>Initializes a new instance of the <see cref="Booking"/> class.</summary>
    /// <param name="periodStart">The period's first day.</param>
    /// <param name="count">How many orders are booked (1 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public Booking(LocalDate periodStart, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        PeriodStart = periodStart;
        Count = count;
    }

    /// <summary>Gets the period's first day.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets how many orders are booked.</summary>
    public int Count { get; }
}
