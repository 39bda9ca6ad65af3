using System.Linq.Expressions;
using Ardalis.Specification;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// A closed period of a place (结账): its figures as they stood when it was closed, frozen. Nothing recorded later changes
/// them; a correction is a <see cref="FigureCorrection"/> recorded in an open period and attributed to a day of this one.
/// </summary>
public sealed class PeriodClosing : AggregateRoot<PeriodClosingId>, IAuditedNode, ISnapshotable<PeriodClosing, PeriodClosingSnapshot>, IPlaced<PeriodClosing>
{
    private readonly List<FrozenFigure> _figures = [];

    private PeriodClosing()
        : base(default)
    {
    }

    private PeriodClosing(PeriodClosingId id)
        : base(id)
    {
    }

    /// <summary>Gets the place, in the tree of places.</summary>
    public TreePosition Place { get; private set; }

    /// <summary>Gets the place whose period it is.</summary>
    public PlaceId PlaceId => new(Place.NodeId);

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => Place.Path;

    /// <summary>Gets the first day.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Gets the last day.</summary>
    public LocalDate To { get; private set; }

    /// <summary>Gets the days.</summary>
    public DateInterval Days => new(From, To);

    /// <summary>Gets when it was closed.</summary>
    public Instant ClosedAt { get; private set; }

    /// <summary>Gets who closed it.</summary>
    public string ClosedBy { get; private set; } = string.Empty;

    /// <summary>Gets the frozen figures: the totals (<see cref="FrozenFigure.ChildPlaceKeyHigh"/> null) and each child's.</summary>
    public IReadOnlyList<FrozenFigure> Figures => _figures;

    /// <summary>Gets the position a store queries (the place).</summary>
    public static IReadOnlyList<Expression<Func<PeriodClosing, TreePosition>>> Positions { get; } = [c => c.Place];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Place;

    /// <inheritdoc />
    public PeriodClosingSnapshot ToSnapshot() => new(Id, Place, From, To, ClosedAt, ClosedBy, [.. _figures]);

    /// <inheritdoc />
    public static PeriodClosing FromSnapshot(PeriodClosingSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var closing = new PeriodClosing(snapshot.Id) { Place = snapshot.Place, From = snapshot.From, To = snapshot.To, ClosedAt = snapshot.ClosedAt, ClosedBy = snapshot.ClosedBy };
        closing._figures.AddRange(snapshot.Figures);
        closing.RestoreVersion(version);
        return closing;
    }

    /// <summary>Closes a period of a place that is over, freezing its figures as they stand.</summary>
    /// <param name="id">The new closing's id.</param>
    /// <param name="place">The place.</param>
    /// <param name="days">The period: ended before today, from 1921, at most ten years.</param>
    /// <param name="counts">The figures as they stand now.</param>
    /// <param name="closedHere">The periods already closed at or above the place, as read.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <returns>The closing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A bad span (<c>NP-ACC-001</c>); a period not over or overlapping one closed at the place (<c>NP-ACC-003</c>).</exception>
    public static PeriodClosing Close(PeriodClosingId id, Place place, DateInterval days, RollUpCounts counts, IReadOnlyCollection<PeriodClosing> closedHere, string actor,
        LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(closedHere);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureClosable(place, days, closedHere, today);
        var closing = new PeriodClosing(id) { Place = place.Position, From = days.Start, To = days.End, ClosedAt = now, ClosedBy = actor };
        closing._figures.AddRange(counts.Totals.Select(t => new FrozenFigure(t.Key, null, null, t.Value)));
        closing._figures.AddRange(counts.ByChild.SelectMany(c => c.Value.Select(f => new FrozenFigure(f.Key, c.Key.SortKeyHigh, c.Key.SortKeyLow, f.Value))));
        closing.Raise(new PeriodClosed(id, place.Id, days.Start, days.End, now));
        return closing;
    }

    /// <summary>The checks <see cref="Close"/> makes; the service runs them before it counts.</summary>
    internal static void EnsureClosable(Place place, DateInterval days, IReadOnlyCollection<PeriodClosing> closedHere, LocalDate today)
    {
        AccountingRules.CheckSpan(days);
        if (days.End >= today)
        {
            throw AccountingRules.Fail(AccountingService.CannotClose, $"A period is closed once it is over; this one ends {days.End:uuuu-MM-dd}.",
                $"期间须在结束后结账；该期间止于 {days.End:uuuu-MM-dd}。", "to");
        }

        if (closedHere.FirstOrDefault(c => c.PlaceId == place.Id && c.From <= days.End && days.Start <= c.To) is { } overlap)
        {
            throw AccountingRules.Fail(AccountingService.CannotClose, $"The period overlaps {overlap.From:uuuu-MM-dd}…{overlap.To:uuuu-MM-dd}, already closed here.",
                $"该期间与已结账的 {overlap.From:uuuu-MM-dd}至{overlap.To:uuuu-MM-dd} 重叠。", "from", RuleViolationKind.Conflict);
        }
    }

    /// <summary>Returns the frozen counts.</summary>
    /// <returns>The totals and the counts per child, as they stood.</returns>
    public RollUpCounts ToCounts()
    {
        var totals = _figures.Where(f => f.ChildPlaceKeyHigh is null).ToDictionary(f => f.Figure, f => f.Value, StringComparer.Ordinal);
        var byChild = _figures.Where(f => f.ChildPlaceKeyHigh is not null)
            .GroupBy(f => HierarchyPath.FromSortKeys(f.ChildPlaceKeyHigh!.Value, f.ChildPlaceKeyLow!.Value))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(f => f.Figure, f => f.Value, StringComparer.Ordinal));
        return new RollUpCounts(totals, byChild);
    }
}
