using Ardalis.Specification;

namespace NeighborParty.Membership;

/// <summary>The member with an ID-card number (the ledger's match key).</summary>
public sealed class MemberByIdNumberSpec : Specification<PartyMember>, ISingleResultSpecification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MemberByIdNumberSpec"/> class.</summary>
    /// <param name="idNumber">The full, normalised number (<see cref="IdCardNumber.Reveal"/>).</param>
    public MemberByIdNumberSpec(string idNumber) => Query.Where(m => m.IdNumber == idNumber);
}
