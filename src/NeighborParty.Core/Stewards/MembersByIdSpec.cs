using Ardalis.Specification;
using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>Members by id (small sets: a compound's team).</summary>
public sealed class MembersByIdSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersByIdSpec"/> class.</summary>
    /// <param name="ids">The ids.</param>
    public MembersByIdSpec(IReadOnlyCollection<PartyMemberId> ids) => Query.Where(m => ids.Contains(m.Id));
}
