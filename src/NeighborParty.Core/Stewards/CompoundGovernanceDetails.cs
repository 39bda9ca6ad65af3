namespace NeighborParty.Stewards;

/// <summary>What to record about a compound's governance.</summary>
/// <param name="Management">How the compound is managed.</param>
/// <param name="PropertyCompany">The company's name; required with <see cref="PropertyManagement.PropertyCompany"/>, refused otherwise.</param>
/// <param name="PropertyContact">The company's phone, or null.</param>
/// <param name="OwnersCommittee">The owners' committee, or null when there is none.</param>
public sealed record CompoundGovernanceDetails(PropertyManagement Management, string? PropertyCompany = null, string? PropertyContact = null,
    OwnersCommitteeDetails? OwnersCommittee = null);
