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
public sealed class PeriodClosing : AggregateRoot<PeriodClosingId>, IAuditedNode
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

    /// <summary>Gets the place whose period it is.</summary>
    public PlaceId PlaceId { get; private set; }

    /// <summary>Gets the high half of the place's position.</summary>
    public long PlacePathHigh { get; private set; }

    /// <summary>Gets the low half of the place's position.</summary>
    public long PlacePathLow { get; private set; }

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => HierarchyPath.FromSortKeys(PlacePathHigh, PlacePathLow);

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

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => PlaceId.Value;

    HierarchyPath IAuditedNode.Path => PlacePath;

    internal static PeriodClosing Create(PeriodClosingId id, Place place, DateInterval days, RollUpCounts counts, string actor, Instant now)
    {
        var closing = new PeriodClosing(id)
        {
            PlaceId = place.Id, PlacePathHigh = place.Path.SortKeyHigh, PlacePathLow = place.Path.SortKeyLow, From = days.Start, To = days.End, ClosedAt = now, ClosedBy = actor,
        };
        closing._figures.AddRange(counts.Totals.Select(t => new FrozenFigure(t.Key, null, null, t.Value)));
        closing._figures.AddRange(counts.ByChild.SelectMany(c => c.Value.Select(f => new FrozenFigure(f.Key, c.Key.SortKeyHigh, c.Key.SortKeyLow, f.Value))));
        closing.Raise(new PeriodClosed(id, place.Id, days.Start, days.End, now));
        return closing;
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

/// <summary>One frozen figure of a closed period.</summary>
public sealed class FrozenFigure
{
    private FrozenFigure()
    {
    }

    internal FrozenFigure(string figure, long? childHigh, long? childLow, long value)
    {
        Figure = figure;
        ChildPlaceKeyHigh = childHigh;
        ChildPlaceKeyLow = childLow;
        Value = value;
    }

    /// <summary>Gets the figure's key.</summary>
    public string Figure { get; private set; } = string.Empty;

    /// <summary>Gets the high key of the child it belongs to, or null for the total.</summary>
    public long? ChildPlaceKeyHigh { get; private set; }

    /// <summary>Gets the low key of the child it belongs to, or null for the total.</summary>
    public long? ChildPlaceKeyLow { get; private set; }

    /// <summary>Gets the value.</summary>
    public long Value { get; private set; }
}

/// <summary>
/// A correction of a figure (调整分录): recorded on a day of an open period, attributed to a day of a closed one, at a
/// place; a report of any span containing the attributed day adds it. It never edits what was recorded.
/// </summary>
public sealed class FigureCorrection : AggregateRoot<CorrectionId>, IAuditedNode
{
    private FigureCorrection()
        : base(default)
    {
    }

    private FigureCorrection(CorrectionId id)
        : base(id)
    {
    }

    /// <summary>Gets the figure's key.</summary>
    public string Figure { get; private set; } = string.Empty;

    /// <summary>Gets the place the corrected records belong to.</summary>
    public PlaceId PlaceId { get; private set; }

    /// <summary>Gets the high half of the place's position.</summary>
    public long PlacePathHigh { get; private set; }

    /// <summary>Gets the low half of the place's position.</summary>
    public long PlacePathLow { get; private set; }

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => HierarchyPath.FromSortKeys(PlacePathHigh, PlacePathLow);

    /// <summary>Gets the change: negative reverses, positive adds.</summary>
    public long Delta { get; private set; }

    /// <summary>Gets the day (in a closed period) it corrects.</summary>
    public LocalDate AttributedTo { get; private set; }

    /// <summary>Gets the day it was recorded (in an open period).</summary>
    public LocalDate RecordedOn { get; private set; }

    /// <summary>Gets why.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>Gets who recorded it.</summary>
    public string RecordedBy { get; private set; } = string.Empty;

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => PlaceId.Value;

    HierarchyPath IAuditedNode.Path => PlacePath;

    internal static FigureCorrection Create(CorrectionId id, string figure, Place place, long delta, LocalDate attributedTo, LocalDate recordedOn, string reason, string actor,
        Instant now)
    {
        var correction = new FigureCorrection(id)
        {
            Figure = figure, PlaceId = place.Id, PlacePathHigh = place.Path.SortKeyHigh, PlacePathLow = place.Path.SortKeyLow, Delta = delta, AttributedTo = attributedTo,
            RecordedOn = recordedOn, Reason = reason, RecordedBy = actor,
        };
        correction.Raise(new FigureCorrected(id, figure, place.Id, delta, attributedTo, reason, now));
        return correction;
    }
}

/// <summary>A period was closed.</summary>
/// <param name="ClosingId">The closing.</param>
/// <param name="PlaceId">The place.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="OccurredAt">When.</param>
public sealed record PeriodClosed(PeriodClosingId ClosingId, PlaceId PlaceId, LocalDate From, LocalDate To, Instant OccurredAt) : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "period.closed";

    string Domain.IAuditedEvent.AuditSummary => $"Period {From:uuuu-MM-dd}…{To:uuuu-MM-dd} closed";
}

/// <summary>A figure of a closed period was corrected.</summary>
/// <param name="CorrectionId">The correction.</param>
/// <param name="Figure">The figure.</param>
/// <param name="PlaceId">The place.</param>
/// <param name="Delta">The change.</param>
/// <param name="AttributedTo">The day corrected.</param>
/// <param name="Reason">Why.</param>
/// <param name="OccurredAt">When.</param>
public sealed record FigureCorrected(CorrectionId CorrectionId, string Figure, PlaceId PlaceId, long Delta, LocalDate AttributedTo, string Reason, Instant OccurredAt)
    : Domain.IAuditedEvent
{
    string Domain.IAuditedEvent.AuditAction => "figure.corrected";

    string Domain.IAuditedEvent.AuditSummary => $"{Figure} {Delta:+#;-#;0} on {AttributedTo:uuuu-MM-dd}: {Reason}";
}

/// <summary>The closings of the places on a path (the place and its ancestors): what freezes a day there.</summary>
public sealed class ClosingsOnPathSpec : Specification<PeriodClosing>
{
    /// <summary>Initializes a new instance of the <see cref="ClosingsOnPathSpec"/> class.</summary>
    /// <param name="path">The place's path.</param>
    public ClosingsOnPathSpec(HierarchyPath path)
    {
        var highs = Enumerable.Range(1, path.Depth).Select(d => path.AncestorAt(d).SortKeyHigh).Distinct().ToList();
        Query.Where(c => highs.Contains(c.PlacePathHigh)).OrderBy(c => c.From);
    }
}

/// <summary>The corrections attributed to days of a span at the places of a subtree.</summary>
public sealed class CorrectionsSpec : Specification<FigureCorrection>
{
    /// <summary>Initializes a new instance of the <see cref="CorrectionsSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="days">The days.</param>
    public CorrectionsSpec(HierarchyPath scope, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        scope.GetSubtreeBounds(out var highMin, out var highMax, out var lowMin, out var lowMax);
        var (from, to) = (days.Start, days.End);
        Query.Where(c => c.PlacePathHigh >= highMin && c.PlacePathHigh <= highMax && c.PlacePathLow >= lowMin && c.PlacePathLow <= lowMax
                && c.AttributedTo >= from && c.AttributedTo <= to)
            .OrderBy(c => c.AttributedTo).ThenBy(c => c.Id);
    }
}

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
            throw new RuleViolationException(new RuleViolation(Closed,
                $"{day:uuuu-MM-dd} lies in the period {closing.From:uuuu-MM-dd}…{closing.To:uuuu-MM-dd}, closed on {closing.ClosedAt}; record a correction instead.",
                $"{day:uuuu-MM-dd} 所在期间（{closing.From:uuuu-MM-dd}至{closing.To:uuuu-MM-dd}）已结账，请以调整分录更正。", null, RuleViolationKind.Conflict, "day"));
        }
    }

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
