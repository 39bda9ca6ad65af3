using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>Refuses to record anything on a day a closed period of the place (or of a place above it) covers.</summary>
public sealed class PeriodGuard
{
    /// <summary>The day lies in a closed period: record a correction instead.</summary>
    public const string Closed = "NP-ACC-002";

    private readonly IReadRepository<PeriodClosing> _closings;

    /// <summary>Initializes a new instance of the <see cref="PeriodGuard"/> class.</summary>
    /// <param name="closings">The closings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="closings"/> is null.</exception>
    public PeriodGuard(IReadRepository<PeriodClosing> closings) => _closings = closings ?? throw new ArgumentNullException(nameof(closings));

    /// <summary>Refuses when <paramref name="day"/> at <paramref name="place"/> lies in a closed period.</summary>
    /// <param name="place">The place the record belongs to.</param>
    /// <param name="day">The day it is counted on.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the day is open.</returns>
    /// <exception cref="RuleViolationException">The day is closed (<c>NP-ACC-002</c>, 409).</exception>
    public async Task EnsureOpenAsync(HierarchyPath place, LocalDate day, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(place, day, cancellationToken) is { } closing)
        {
            throw new RuleViolationException(ClosedDay(day, closing));
        }
    }

    /// <summary>The refusal of a record on <paramref name="day"/>, which <paramref name="closing"/> froze (<c>NP-ACC-002</c>).</summary>
    internal static RuleViolation ClosedDay(LocalDate day, PeriodClosing closing) => new(Closed,
        $"{day:uuuu-MM-dd} lies in the period {closing.From:uuuu-MM-dd}…{closing.To:uuuu-MM-dd}, closed on {closing.ClosedAt}; record a correction instead.",
        $"{day:uuuu-MM-dd} 所在期间（{closing.From:uuuu-MM-dd}至{closing.To:uuuu-MM-dd}）已结账，请以调整分录更正。", null, RuleViolationKind.Conflict, "day");

    /// <summary>Returns the closing that freezes <paramref name="day"/> at <paramref name="place"/>, or null.</summary>
    /// <param name="place">The place.</param>
    /// <param name="day">The day.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The closing, or null.</returns>
    public async Task<PeriodClosing?> FindAsync(HierarchyPath place, LocalDate day, CancellationToken cancellationToken = default)
    {
        foreach (var closing in await _closings.ListAsync(new ClosingsOnPathSpec(place), cancellationToken))
        {
            if (place.IsWithin(closing.PlacePath) && closing.From <= day && day <= closing.To)
            {
                return closing;
            }
        }

        return null;
    }
}
