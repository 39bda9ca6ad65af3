namespace NeighborParty.Domain;

/// <summary>
/// A domain event that is a state change worth recording in the audit trail: it names the change and describes it
/// in one line.
/// </summary>
/// <remarks>
/// The description is stored and shown to everyone in scope: it must never contain personal data (ID numbers,
/// phones, addresses); name the record by its id instead.
/// </remarks>
public interface IAuditedEvent : IDomainEvent
{
    /// <summary>Gets the stable name of the change, such as <c>unit.renamed</c>.</summary>
    string AuditAction { get; }

    /// <summary>Gets a one-line description in English without personal data.</summary>
    string AuditSummary { get; }
}
