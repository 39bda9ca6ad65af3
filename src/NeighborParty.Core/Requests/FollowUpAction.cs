using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A follow-up action of a decision: who does what by when, and what came of it.</summary>
public sealed class FollowUpAction
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpAction"/> class.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="assigneeKind">Who does it.</param>
    /// <param name="assignee">The assignee's name.</param>
    /// <param name="dueOn">The day it is due.</param>
    /// <param name="requestId">The request it answers, or null.</param>
    /// <param name="state">Its state.</param>
    /// <param name="result">Its result, or null while open.</param>
    /// <param name="endedAt">When it ended, or null.</param>
    public FollowUpAction(int number, string description, AssigneeKind assigneeKind, string assignee, LocalDate dueOn, RequestId? requestId,
        FollowUpState state = FollowUpState.Open, string? result = null, Instant? endedAt = null)
    {
        Number = number;
        Description = description;
        AssigneeKind = assigneeKind;
        Assignee = assignee;
        DueOn = dueOn;
        RequestId = requestId;
        State = state;
        Result = result;
        EndedAt = endedAt;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets what is to be done.</summary>
    public string Description { get; }

    /// <summary>Gets which party does it.</summary>
    public AssigneeKind AssigneeKind { get; }

    /// <summary>Gets who does it.</summary>
    public string Assignee { get; }

    /// <summary>Gets the day it is due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Gets the request it answers, or null (the deliberation as a whole).</summary>
    public RequestId? RequestId { get; }

    /// <summary>Gets the state.</summary>
    public FollowUpState State { get; }

    /// <summary>Gets the result, or the reason it was dropped, or null.</summary>
    public string? Result { get; }

    /// <summary>Gets when it was done or dropped, or null.</summary>
    public Instant? EndedAt { get; }

    /// <summary>Returns whether it is open after its due day.</summary>
    /// <param name="today">Today.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate today) => State == FollowUpState.Open && today > DueOn;

    internal FollowUpAction Ended(FollowUpState state, string result, Instant now) => new(Number, Description, AssigneeKind, Assignee, DueOn, RequestId, state, result, now);
}
