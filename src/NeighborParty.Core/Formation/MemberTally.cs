using System.Linq.Expressions;
using NeighborParty.Membership;
using NodaTime;

namespace NeighborParty.Formation;

/// <summary>
/// The members who share a unit (by relationship), a residence and a registration, counted by what the formation
/// rules read: full, full but suspended, and per category and mobility. A district's ledger is a few such groups per
/// compound, so the formation sweep and the steward coverage count a province (500,000 members) from about 60,000
/// rows of <c>GROUP BY</c> instead of loading its members.
/// </summary>
/// <param name="UnitId">The unit holding the relationship (<see cref="Guid.Empty"/> for an organisation outside the tree).</param>
/// <param name="UnitPathHigh">The high key of that unit's path.</param>
/// <param name="UnitPathLow">The low key of that unit's path.</param>
/// <param name="ResidenceId">The compound they live in (<see cref="Guid.Empty"/> when not recorded).</param>
/// <param name="RegistrationId">The compound they registered (报到) in (<see cref="Guid.Empty"/> when none).</param>
/// <param name="Members">How many.</param>
/// <param name="Full">How many are full members.</param>
/// <param name="FullSuspended">How many full members have their voting rights suspended on the day.</param>
/// <param name="Retired">How many are retired.</param>
/// <param name="InService">How many are in service.</param>
/// <param name="CompoundResident">How many are compound residents without a work unit.</param>
/// <param name="ResidentUnit">How many belong to resident units.</param>
/// <param name="Mobile">How many are mobile.</param>
internal sealed record MemberTally(Guid UnitId, long UnitPathHigh, long UnitPathLow, Guid ResidenceId, Guid RegistrationId,
    int Members, int Full, int FullSuspended, int Retired, int InService, int CompoundResident, int ResidentUnit, int Mobile)
{
    /// <summary>
    /// The one definition of the tally: the members <paramref name="inScope"/>, grouped by unit, residence and
    /// registration, counted as the rules count (a database runs it as one <c>GROUP BY</c>; the in-memory store over its rows).
    /// </summary>
    /// <param name="members">The members (a store's query root).</param>
    /// <param name="inScope">Which members (e.g. <see cref="MembersInScopeSpec.InScope"/>).</param>
    /// <param name="day">The day suspensions are read on (<see cref="PartyMember.IsVotingSuspendedOn"/>).</param>
    /// <returns>The query.</returns>
    public static IQueryable<MemberTally> Of(IQueryable<PartyMember> members, Expression<Func<PartyMember, bool>> inScope, LocalDate day) =>
        members.Where(inScope)
            .GroupBy(m => new { Unit = m.Unit.NodeId, m.Unit.PathHigh, m.Unit.PathLow, Residence = m.Residence.NodeId, Registration = m.Registration.NodeId })
            .Select(g => new MemberTally(g.Key.Unit, g.Key.PathHigh, g.Key.PathLow, g.Key.Residence, g.Key.Registration,
                g.Count(),
                g.Count(m => m.MadeFull != null),
                g.Count(m => m.MadeFull != null && m.SuspendedFrom != null && m.SuspendedFrom <= day && (m.SuspendedTo == null || m.SuspendedTo >= day)),
                g.Count(m => m.Category == MemberCategory.Retired),
                g.Count(m => m.Category == MemberCategory.InService),
                g.Count(m => m.Category == MemberCategory.CompoundResident),
                g.Count(m => m.Category == MemberCategory.ResidentUnit),
                g.Count(m => m.IsMobile)));

    /// <summary>Gets how many are probationary.</summary>
    public int Probationary => Members - Full;
}
