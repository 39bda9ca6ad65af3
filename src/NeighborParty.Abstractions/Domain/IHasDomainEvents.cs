namespace NeighborParty.Domain;

/// <summary>
/// An aggregate that collects domain events until its changes are stored.
/// </summary>
public interface IHasDomainEvents
{
    /// <summary>Gets the events recorded since the aggregate was last committed, oldest first.</summary>
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the recorded events; called by the unit of work once the commit that dispatched them is stored.</summary>
    void ClearDomainEvents();
}
