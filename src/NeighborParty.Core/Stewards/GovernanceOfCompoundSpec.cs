using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>The governance record of one compound.</summary>
public sealed class GovernanceOfCompoundSpec : Specification<CompoundGovernance>, ISingleResultSpecification<CompoundGovernance>
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceOfCompoundSpec"/> class.</summary>
    /// <param name="compoundId">The compound.</param>
    public GovernanceOfCompoundSpec(PlaceId compoundId)
    {
        var id = compoundId.Value;
        Query.Where(g => g.Compound.NodeId == id);
    }
}
