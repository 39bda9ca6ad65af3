namespace NeighborParty.Accounting;

/// <summary>Whether a figure is a count of what stands on the last day (a stock) or of what happened within the days (a flow).</summary>
public enum FigureNature
{
    /// <summary>What stands on the period's last day (branches, groups, positions, teams, organs).</summary>
    Stock = 1,

    /// <summary>What happened within the period (events, services, projects planned, problems solved, channels in use).</summary>
    Flow = 2,
}
