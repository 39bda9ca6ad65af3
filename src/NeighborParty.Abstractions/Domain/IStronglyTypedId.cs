namespace NeighborParty.Domain;

/// <summary>
/// An identifier that wraps a <see cref="Guid"/> in a type of its own (<c>PlaceId</c>, <c>CovenantId</c> …), so that
/// ids of different aggregates cannot be mixed up.
/// </summary>
/// <remarks>Stores keep <see cref="Value"/>; an ORM converts every such id with one generic converter.</remarks>
public interface IStronglyTypedId
{
    /// <summary>Gets the underlying GUID.</summary>
    Guid Value { get; }
}
