using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>Months, quarters and years as spans of days.</summary>
public static class ReportPeriods
{
    /// <summary>Returns a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>Its days.</returns>
    public static DateInterval Month(int year, int month) => new(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1));

    /// <summary>Returns a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>Its days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public static DateInterval Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new(start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>Returns a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Its days.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
}
