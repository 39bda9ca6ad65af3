namespace NeighborParty.LoadPeer;

// The rows the annual report counts (plain classes mapped by PeerDb).

/// <summary>A row of <c>Activities</c> (where, when, what kind).</summary>
internal sealed class ActivityRow
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = "";

    public DateOnly Day { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}

/// <summary>A row of <c>Positions</c>.</summary>
internal sealed class PlacedRow
{
    public Guid Id { get; set; }

    public DateOnly Opened { get; set; }

    public DateOnly? Closed { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>CareRecords</c>.</summary>
internal sealed class CareRow
{
    public Guid Id { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public int CompoundTree { get; set; }

    public long CompoundPathHigh { get; set; }

    public long CompoundPathLow { get; set; }
}

/// <summary>A row of <c>DeployedTeams</c>.</summary>
internal sealed class TeamRow
{
    public Guid Id { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public int HomeTree { get; set; }

    public long HomePathHigh { get; set; }

    public long HomePathLow { get; set; }
}

/// <summary>A row of <c>Partners</c>.</summary>
internal sealed class PartnerRow
{
    public Guid Id { get; set; }

    public int Category { get; set; }

    public DateTime Registered { get; set; }

    public int HomeTree { get; set; }

    public long HomePathHigh { get; set; }

    public long HomePathLow { get; set; }
}

/// <summary>A row of <c>Projects</c>.</summary>
internal sealed class ProjectRow
{
    public Guid Id { get; set; }

    public DateOnly PlannedOn { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}

/// <summary>A row of <c>PeriodClosings</c>.</summary>
internal sealed class ClosingRow
{
    public Guid Id { get; set; }

    public Guid PlaceId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}

/// <summary>A row of <c>FigureCorrections</c>.</summary>
internal sealed class CorrectionRow
{
    public Guid Id { get; set; }

    public DateOnly AttributedTo { get; set; }

    public int PlaceTree { get; set; }

    public long PlacePathHigh { get; set; }

    public long PlacePathLow { get; set; }
}
