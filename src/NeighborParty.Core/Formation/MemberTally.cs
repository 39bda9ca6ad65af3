using System.Linq.Expressions;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Formation;

/// <summary>
/// The members who share a unit (by relationship), a residence and a registration, counted by what the formation
/// rules read: full, full but suspended, and per category and mobility. A district's ledger is a few such groups per
/// compound, so the formation sweep and the steward coverage count a province (500,000 members) from about 60,000
/// rows of <c>GROUP BY</c> instead of loading its members.
/// </summary>
/// <param name="Unit">The position of the unit holding the relationship (<see cref="TreePosition.None"/> for an organisation outside the tree).</param>
/// <param name="Residence">The position of the compound they live in (none when not recorded).</param>
/// <param name="Registration">The position of the compound they registered (报到) in (none when not registered).</param>
/// <param name="Members">How many.</param>
/// <param name="Full">How many are full members.</param>
/// <param name="FullSuspended">How many full members have their voting rights suspended on the day.</param>
/// <param name="Retired">How many are retired.</param>
/// <param name="InService">How many are in service.</param>
/// <param name="CompoundResident">How many are compound residents without a work unit.</param>
/// <param name="ResidentUnit">How many belong to resident units.</param>
/// <param name="Mobile">How many are mobile.</param>
internal sealed record MemberTally(TallyPosition Unit, TallyPosition Residence, TallyPosition Registration,
    int Members, int Full, int FullSuspended, int Retired, int InService, int CompoundResident, int ResidentUnit, int Mobile)
{
    /// <summary>
    /// The one definition of the tally: the members <paramref name="inScope"/>, grouped by unit, residence and
    /// registration, counted as the rules count (a database runs it as one <c>GROUP BY</c>; the in-memory store over its rows).
    /// The groups are keyed by the positions' trees and path keys, integers all (a unit's or a compound's path is unique),
    /// which SQLite sorts for its <c>GROUP BY</c> faster than three GUIDs as text.
    /// </summary>
    /// <param name="members">The members (a store's query root).</param>
    /// <param name="inScope">Which members (e.g. <see cref="MembersInScopeSpec.InScope"/>).</param>
    /// <param name="day">The day suspensions are read on (<see cref="PartyMember.IsVotingSuspendedOn"/>).</param>
    /// <returns>The query.</returns>
    public static IQueryable<MemberTally> Of(IQueryable<PartyMember> members, Expression<Func<PartyMember, bool>> inScope, LocalDate day) =>
        members.Where(inScope)
            .GroupBy(m => new
            {
                UnitTree = m.Unit.Tree, UnitHigh = m.Unit.PathHigh, UnitLow = m.Unit.PathLow,
                ResidenceTree = m.Residence.Tree, ResidenceHigh = m.Residence.PathHigh, ResidenceLow = m.Residence.PathLow,
                RegistrationTree = m.Registration.Tree, RegistrationHigh = m.Registration.PathHigh, RegistrationLow = m.Registration.PathLow,
            })
            .Select(g => new MemberTally(
                new TallyPosition(g.Key.UnitTree, g.Key.UnitHigh, g.Key.UnitLow),
                new TallyPosition(g.Key.ResidenceTree, g.Key.ResidenceHigh, g.Key.ResidenceLow),
                new TallyPosition(g.Key.RegistrationTree, g.Key.RegistrationHigh, g.Key.RegistrationLow),
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

/// <summary>A position as a tally keys it: the tree and the path's keys (no node id: a path names one node).</summary>
/// <param name="Tree">The tree, or none.</param>
/// <param name="PathHigh">The high key of the path.</param>
/// <param name="PathLow">The low key of the path.</param>
internal readonly record struct TallyPosition(TreeKind Tree, long PathHigh, long PathLow)
{
    /// <summary>Gets the path, or null when the position is none.</summary>
    public HierarchyPath? Path => Tree == TreeKind.None ? null : HierarchyPath.FromSortKeys(PathHigh, PathLow);
}
