using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

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
