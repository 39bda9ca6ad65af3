namespace NeighborParty.Requests;

/// <summary>A proposal put to the vote.</summary>
public sealed class Proposal
{
    /// <summary>Initializes a new instance of the <see cref="Proposal"/> class.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="text">The proposal.</param>
    /// <param name="proposedBy">The participant who proposed it, or null.</param>
    public Proposal(int number, string text, int? proposedBy)
    {
        Number = number;
        Text = text;
        ProposedBy = proposedBy;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the wording.</summary>
    public string Text { get; }

    /// <summary>Gets the participant who proposed it, or null.</summary>
    public int? ProposedBy { get; }
}
