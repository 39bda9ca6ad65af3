namespace NeighborParty.Stewards;

/// <summary>Where a role's term comes from.</summary>
public enum RoleTerm
{
    /// <summary>The term of the Party organisation (TR-1, TR-2): five years in a community, three elsewhere by default.</summary>
    OrganisationTerm = 1,

    /// <summary>The term of the owners' committee (业委会) of the compound.</summary>
    OwnersCommitteeTerm = 2,

    /// <summary>A local term of <see cref="StewardPolicy.LocalRoleTermYears"/> years.</summary>
    LocalTerm = 3,
}
