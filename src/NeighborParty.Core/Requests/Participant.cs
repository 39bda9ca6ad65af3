namespace NeighborParty.Requests;

/// <summary>A participant of a deliberation.</summary>
public sealed class Participant
{
    /// <summary>Initializes a new instance of the <see cref="Participant"/> class.</summary>
    /// <param name="number">Its number in the meeting, from 1.</param>
    /// <param name="party">Which party it comes from.</param>
    /// <param name="name">The name.</param>
    /// <param name="referenceId">The member, resident, partner or unit it stands for, or null.</param>
    /// <param name="votes">Whether it votes.</param>
    /// <param name="present">Whether it was present when the meeting opened.</param>
    public Participant(int number, ParticipantParty party, string name, Guid? referenceId, bool votes, bool present = false)
    {
        Number = number;
        Party = party;
        Name = name;
        ReferenceId = referenceId;
        Votes = votes;
        Present = present;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the party they speak for.</summary>
    public ParticipantParty Party { get; }

    /// <summary>Gets the name (a person, or a person and their body).</summary>
    public string Name { get; }

    /// <summary>Gets the member, resident or partner id, or null.</summary>
    public Guid? ReferenceId { get; }

    /// <summary>Gets whether they vote.</summary>
    public bool Votes { get; }

    /// <summary>Gets whether they were present when the session opened.</summary>
    public bool Present { get; }

    internal Participant WithPresence(bool present) => new(Number, Party, Name, ReferenceId, Votes, present);
}
