using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// A correction of a figure (调整分录): recorded on a day of an open period, attributed to a day of a closed one, at a
/// place; a report of any span containing the attributed day adds it. It never edits what was recorded.
/// </summary>
public sealed class FigureCorrection : AggregateRoot<CorrectionId>, IAuditedNode, ISnapshotable<FigureCorrection, FigureCorrectionSnapshot>, IPlaced<FigureCorrection>
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

    /// <summary>Gets the place, in the tree of places.</summary>
    public TreePosition Place { get; private set; }

    /// <summary>Gets the place the corrected records belong to.</summary>
    public PlaceId PlaceId => new(Place.NodeId);

    /// <summary>Gets the place's position.</summary>
    public HierarchyPath PlacePath => Place.Path;

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

    /// <summary>Gets the position a store queries (the place).</summary>
    public static IReadOnlyList<Expression<Func<FigureCorrection, TreePosition>>> Positions { get; } = [c => c.Place];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Place;

    /// <inheritdoc />
    public FigureCorrectionSnapshot ToSnapshot() => new(Id, Figure, Place, Delta, AttributedTo, RecordedOn, Reason, RecordedBy);

    /// <inheritdoc />
    public static FigureCorrection FromSnapshot(FigureCorrectionSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var correction = new FigureCorrection(snapshot.Id)
        {
            Figure = snapshot.Figure, Place = snapshot.Place, Delta = snapshot.Delta, AttributedTo = snapshot.AttributedTo, RecordedOn = snapshot.RecordedOn,
            Reason = snapshot.Reason, RecordedBy = snapshot.RecordedBy,
        };
        correction.RestoreVersion(version);
        return correction;
    }

    /// <summary>Records an adjusting entry for a closed period: recorded today, attributed to the closed day.</summary>
    /// <param name="id">The new correction's id.</param>
    /// <param name="correction">What, by how much, for which day, why.</param>
    /// <param name="place">The place it names, as read.</param>
    /// <param name="covering">The closing that covers the day at the place, as read, or null when none does.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <returns>The correction.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="covering"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown figure (<c>NP-ACC-001</c>); a zero or huge change, or a day no closed period covers (<c>NP-ACC-004</c>).</exception>
    public static FigureCorrection Record(CorrectionId id, NewCorrection correction, Place place, PeriodClosing? covering, string actor, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(actor);
        var reason = TextRules.RequireName(correction.Reason, "reason");
        if (Figures.All.All(f => f.Key != correction.Figure))
        {
            throw AccountingRules.Fail(AccountingService.BadQuery, $"Unknown figure '{correction.Figure}'.", $"未知的指标“{correction.Figure}”。", "figure");
        }

        if (correction.Delta is 0 or < -1_000_000 or > 1_000_000)
        {
            throw AccountingRules.Fail(AccountingService.NotCorrectable, "A correction changes a figure by 1 to 1,000,000 up or down.", "调整数须为非零且绝对值不超过1000000。", "delta");
        }

        if (covering is null || !place.Path.IsWithin(covering.PlacePath) || covering.From > correction.AttributedTo || correction.AttributedTo > covering.To)
        {
            throw AccountingRules.Fail(AccountingService.NotCorrectable, $"{correction.AttributedTo:uuuu-MM-dd} lies in no closed period here: record the activity or project itself.",
                $"{correction.AttributedTo:uuuu-MM-dd} 不在已结账期间内，请直接登记。", "attributedTo");
        }

        var item = new FigureCorrection(id)
        {
            Figure = correction.Figure, Place = place.Position, Delta = correction.Delta, AttributedTo = correction.AttributedTo,
            RecordedOn = today, Reason = reason, RecordedBy = actor,
        };
        item.Raise(new FigureCorrected(id, correction.Figure, place.Id, correction.Delta, correction.AttributedTo, reason, now));
        return item;
    }
}
