namespace NeighborParty.LoadPeer;

// The rows the list endpoints read: units, places, members, requests (plain classes mapped by PeerDb).

/// <summary>A row of <c>OrganizationUnits</c>.</summary>
internal sealed class UnitRow
{
    public Guid Id { get; set; }

    public string Level { get; set; } = "";

    public int Kind { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public Guid? ParentId { get; set; }

    public DateOnly Established { get; set; }

    public DateOnly? Dissolved { get; set; }

    public long PositionPathHigh { get; set; }

    public long PositionPathLow { get; set; }

    public long Version { get; set; }
}

/// <summary>A row of <c>OrganizationUnitPlaces</c>.</summary>
internal sealed class UnitPlaceRow
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid PlaceId { get; set; }
}

/// <summary>A row of <c>Places</c> (the columns the peer reads).</summary>
internal sealed class PlaceRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public Guid? ParentId { get; set; }

    public int PositionTree { get; set; }

    public long PositionPathHigh { get; set; }

    public long PositionPathLow { get; set; }
}

/// <summary>A row of <c>PartyMembers</c> (the columns a page shows and scopes by).</summary>
internal sealed class MemberRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string IdNumber { get; set; } = "";

    public int Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    public string? Phone { get; set; }

    public DateOnly Joined { get; set; }

    public DateOnly? MadeFull { get; set; }

    public int Category { get; set; }

    public bool IsMobile { get; set; }

    public string? SuspensionReason { get; set; }

    public DateOnly? SuspendedFrom { get; set; }

    public DateOnly? SuspendedTo { get; set; }

    public string? ExternalOrganization { get; set; }

    public DateOnly RelationshipSince { get; set; }

    public int? Transfer { get; set; }

    public Guid? TransferToUnitId { get; set; }

    public string? TransferToExternal { get; set; }

    public DateOnly? TransferStarted { get; set; }

    public Guid? ResidenceBuildingId { get; set; }

    public Guid? RegisteredBuildingId { get; set; }

    public string? RegisteredGrid { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public Guid RegistrationId { get; set; }

    public int RegistrationTree { get; set; }

    public long RegistrationPathHigh { get; set; }

    public long RegistrationPathLow { get; set; }

    public Guid ResidenceId { get; set; }

    public int ResidenceTree { get; set; }

    public long ResidencePathHigh { get; set; }

    public long ResidencePathLow { get; set; }

    public Guid UnitId { get; set; }

    public int UnitTree { get; set; }

    public long UnitPathHigh { get; set; }

    public long UnitPathLow { get; set; }

    public long Version { get; set; }
}

/// <summary>A row of <c>PartyMemberRelationships</c> (a member's past relationships).</summary>
internal sealed class RelationshipRow
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid? UnitId { get; set; }

    public string? ExternalOrganization { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}

/// <summary>A row of <c>ResidentRequests</c> (the columns the Open311 list shows).</summary>
internal sealed class RequestRow
{
    public Guid Id { get; set; }

    public string Category { get; set; } = "";

    public Guid? BuildingId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string Description { get; set; } = "";

    public bool IsPublic { get; set; }

    public int State { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime DueAt { get; set; }

    public string? AssigneeName { get; set; }

    public Guid? DuplicateOf { get; set; }

    public string? Outcome { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid CompoundId { get; set; }

    public string Channel { get; set; } = "";

    public DateTime? FirstResolvedAt { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>RequestMedia</c>.</summary>
internal sealed class MediaRow
{
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public string Url { get; set; } = "";
}
