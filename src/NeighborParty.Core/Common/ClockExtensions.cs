using NodaTime;

namespace NeighborParty.Common;

/// <summary>"Today" as the library reckons it: in the configured time zone.</summary>
internal static class ClockExtensions
{
    /// <summary>Returns today's date in the time zone of <paramref name="options"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The library settings.</param>
    /// <returns>Today.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalDate Today(this IClock clock, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        return clock.GetCurrentInstant().InZone(options.TimeZone).Date;
    }
}
