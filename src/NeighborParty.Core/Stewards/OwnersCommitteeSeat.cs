using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>A seat on an owners' committee; a Party member or recorded resident may be linked. Immutable.</summary>
public sealed class OwnersCommitteeSeat
{
    /// <summary>Initializes a new instance of the <see cref="OwnersCommitteeSeat"/> class.</summary>
    /// <param name="name">The holder's name.</param>
    /// <param name="position">The position.</param>
    /// <param name="memberId">The Party member holding it, or null.</param>
    /// <param name="residentId">The recorded resident holding it, or null.</param>
    public OwnersCommitteeSeat(string name, OwnersCommitteePosition position, PartyMemberId? memberId, ResidentId? residentId)
    {
        Name = name;
        Position = position;
        MemberId = memberId;
        ResidentId = residentId;
    }

    /// <summary>Gets the holder's name.</summary>
    public string Name { get; }

    /// <summary>Gets the position.</summary>
    public OwnersCommitteePosition Position { get; }

    /// <summary>Gets the Party member holding it (交叉任职), or null.</summary>
    public PartyMemberId? MemberId { get; }

    /// <summary>Gets the recorded resident holding it, or null.</summary>
    public ResidentId? ResidentId { get; }
}
