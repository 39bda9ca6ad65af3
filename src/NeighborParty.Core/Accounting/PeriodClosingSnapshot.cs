using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>The stored state of a <see cref="PeriodClosing"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Place">The place closed.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="ClosedBy">Who closed it.</param>
/// <param name="Figures">The frozen figures.</param>
public sealed record PeriodClosingSnapshot(PeriodClosingId Id, TreePosition Place, LocalDate From, LocalDate To, Instant ClosedAt, string ClosedBy,
    IReadOnlyList<FrozenFigure> Figures);
