namespace NeighborParty.Activities;

/// <summary>Where a neighbourhood project stands: planned → running → done, or abandoned before it is done.</summary>
public enum ProjectState
{
    /// <summary>Planned together (共同谋划), not started.</summary>
    Planned = 1,

    /// <summary>Under way.</summary>
    Running = 2,

    /// <summary>Done, with its outcome.</summary>
    Done = 3,

    /// <summary>Abandoned, with a reason.</summary>
    Abandoned = 4,
}
