using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>One step of an order: the state reached, when, and by whom. Immutable.</summary>
public sealed class OrderStep
{
    /// <summary>Initializes a new instance of the <see cref="OrderStep"/> class.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="state">The state reached.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who (the actor's id).</param>
    public OrderStep(int number, OrderState state, Instant at, string actor)
    {
        Number = number;
        State = state;
        At = at;
        Actor = actor;
    }

    /// <summary>Gets its number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the state reached.</summary>
    public OrderState State { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets who (the actor's id).</summary>
    public string Actor { get; }
}
