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

    internal static FigureCorrection Create(CorrectionId id, string figure, Place place, long delta, LocalDate attributedTo, LocalDate recordedOn, string reason, string actor,
        Instant now)
    {
        var correction = new FigureCorrection(id)
        {
            Figure = figure, Place = place.Position, Delta = delta, AttributedTo = attributedTo,
            RecordedOn = recordedOn, Reason = reason, RecordedBy = actor,
        };
        correction.Raise(new FigureCorrected(id, figure, place.Id, delta, attributedTo, reason, now));
        return correction;
    }
}
