namespace NeighborParty.Requests;

/// <summary>One participant's vote on one proposal.</summary>
public sealed class Vote
{
    /// <summary>Initializes a new instance of the <see cref="Vote"/> class.</summary>
    /// <param name="proposalNumber">The proposal.</param>
    /// <param name="participantNumber">The participant.</param>
    /// <param name="choice">The choice.</param>
    public Vote(int proposalNumber, int participantNumber, VoteChoice choice)
    {
        ProposalNumber = proposalNumber;
        ParticipantNumber = participantNumber;
        Choice = choice;
    }

    /// <summary>Gets the proposal.</summary>
    public int ProposalNumber { get; }

    /// <summary>Gets the participant.</summary>
    public int ParticipantNumber { get; }

    /// <summary>Gets the choice.</summary>
    public VoteChoice Choice { get; }
}
