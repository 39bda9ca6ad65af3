using Ardalis.Specification;

namespace NeighborParty.Membership;

/// <summary>The members with any of the given ID-card numbers.</summary>
public sealed class MembersByIdNumbersSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersByIdNumbersSpec"/> class.</summary>
    /// <param name="idNumbers">The full, normalised numbers.</param>
    public MembersByIdNumbersSpec(IReadOnlyCollection<string> idNumbers) => Query.Where(m => idNumbers.Contains(m.IdNumber));
}
