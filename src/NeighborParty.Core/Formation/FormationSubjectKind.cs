namespace NeighborParty.Formation;

/// <summary>What was assessed, in the schema's terms: the places a branch covers are compounds (小区) in Yanping, grids (网格) in a grid district, villages (村) in a rural county.</summary>
public enum FormationSubjectKind
{
    /// <summary>One place of the schema's branch level (<see cref="Organization.HierarchySchema.BranchPlaceKind"/>) without a branch.</summary>
    Place = 1,

    /// <summary>A set of neighbouring places of that level, as a proposed joint branch.</summary>
    Places = 2,

    /// <summary>An existing branch (or joint or general branch).</summary>
    Branch = 3,
}
