namespace NeighborParty.Formation;

/// <summary>What was assessed.</summary>
public enum FormationSubjectKind
{
    /// <summary>One compound without a branch.</summary>
    Compound = 1,

    /// <summary>A set of neighbouring compounds, as a proposed joint branch.</summary>
    Compounds = 2,

    /// <summary>An existing branch (or joint or general branch).</summary>
    Branch = 3,
}
