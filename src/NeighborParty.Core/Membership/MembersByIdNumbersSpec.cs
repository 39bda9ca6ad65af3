using Ardalis.Specification;

namespace NeighborParty.Membership;

/// <summary>The members with any of the given ID-card numbers.</summary>
public sealed class MembersByIdNumbersSpec : Specification<PartyMember>
{
    /// <summary>Initializes a new instance of the <see cref="MembersByIdNumbersSpec"/> class.</summary>
    /// <param name="idNumbers">The full, normalised numbers.</param>
    /// <remarks>The numbers are copied into an array: a store that translates the query (EF Core) sends an array as one
    /// parameter and reuses the query's plan, where another collection type would be written into the SQL and compiled
    /// again for every call (issue 26).</remarks>
    public MembersByIdNumbersSpec(IReadOnlyCollection<string> idNumbers)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var numbers = idNumbers.ToArray();
        Query.Where(m => numbers.Contains(m.IdNumber));
    }
}
