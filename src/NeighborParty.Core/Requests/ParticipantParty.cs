namespace NeighborParty.Requests;

/// <summary>Which party a participant of a deliberation speaks for (DOMAIN §7).</summary>
public enum ParticipantParty
{
    /// <summary>The compound's Party branch.</summary>
    Branch = 1,

    /// <summary>The owners' committee.</summary>
    OwnersCommittee = 2,

    /// <summary>The property-service company.</summary>
    PropertyCompany = 3,

    /// <summary>A co-building party.</summary>
    Partner = 4,

    /// <summary>A residents' representative.</summary>
    ResidentRepresentative = 5,

    /// <summary>Anyone else invited (a community worker, an expert); does not vote unless said so.</summary>
    Other = 6,
}
