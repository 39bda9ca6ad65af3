using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>The stored state of a <see cref="FigureCorrection"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Figure">The figure's key.</param>
/// <param name="Place">The place.</param>
/// <param name="Delta">The change.</param>
/// <param name="AttributedTo">The closed day it is attributed to.</param>
/// <param name="RecordedOn">The day it was recorded.</param>
/// <param name="Reason">Why.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record FigureCorrectionSnapshot(CorrectionId Id, string Figure, TreePosition Place, long Delta, LocalDate AttributedTo, LocalDate RecordedOn,
    string Reason, string RecordedBy);
