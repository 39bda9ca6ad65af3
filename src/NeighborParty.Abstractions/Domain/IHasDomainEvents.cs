namespace NeighborParty.Domain;

/// <summary>
/// An aggregate that collects domain events until its changes are stored.
/// </summary>
public interface IHasDomainEvents
{
    /// <summary>Gets the events recorded since the aggregate was last stored, oldest first.</summary>
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the recorded events; called by a repository once it has stored the aggregate and dispatched them.</summary>
    void ClearDomainEvents();
}
