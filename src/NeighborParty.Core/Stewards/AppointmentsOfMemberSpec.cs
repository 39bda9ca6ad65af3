using Ardalis.Specification;
using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>Every appointment a member holds or held.</summary>
public sealed class AppointmentsOfMemberSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsOfMemberSpec"/> class.</summary>
    /// <param name="memberId">The member.</param>
    public AppointmentsOfMemberSpec(PartyMemberId memberId) => Query.Where(a => a.MemberId == memberId);
}
