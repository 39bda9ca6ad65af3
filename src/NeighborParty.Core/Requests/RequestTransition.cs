using NodaTime;

namespace NeighborParty.Requests;

/// <summary>One transition of a request: the state reached, when, by whom, and a note.</summary>
public sealed class RequestTransition
{
    /// <summary>Initializes a new instance of the <see cref="RequestTransition"/> class.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="state">The state reached.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who (the actor's id).</param>
    /// <param name="note">A note, or null.</param>
    public RequestTransition(int number, RequestState state, Instant at, string actor, string? note)
    {
        Number = number;
        State = state;
        At = at;
        Actor = actor;
        Note = note;
    }

    /// <summary>Gets its number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the state reached.</summary>
    public RequestState State { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets who (the actor's id).</summary>
    public string Actor { get; }

    /// <summary>Gets a note (the reason, the resolution, the assignee), or null.</summary>
    public string? Note { get; }
}
