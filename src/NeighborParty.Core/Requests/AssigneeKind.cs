namespace NeighborParty.Requests;

/// <summary>Who a request is assigned to.</summary>
public enum AssigneeKind
{
    /// <summary>The compound's Party branch.</summary>
    Branch = 1,

    /// <summary>The property-service company.</summary>
    PropertyCompany = 2,

    /// <summary>The owners' committee.</summary>
    OwnersCommittee = 3,

    /// <summary>A co-building party.</summary>
    Partner = 4,

    /// <summary>A Red Steward (a member).</summary>
    Steward = 5,
}
