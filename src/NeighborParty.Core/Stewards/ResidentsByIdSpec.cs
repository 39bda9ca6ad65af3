using Ardalis.Specification;
using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>Residents by id (small sets: a compound's team).</summary>
public sealed class ResidentsByIdSpec : Specification<Resident>
{
    /// <summary>Initializes a new instance of the <see cref="ResidentsByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public ResidentsByIdSpec(IReadOnlyCollection<ResidentId> ids) => Query.Where(r => ids.Contains(r.Id));
}
