using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The seat rules (NP-STW-005, BR-4): read against the other terms at the same site, they decide whether one more fits.</summary>
internal static class SeatRules
{
    /// <summary>Whether a unit's committee seats are counted against BR-4 (then the caller counts the full members).</summary>
    public static bool CountsCommittee(StewardRole role, OrganizationUnit? unit) =>
        unit is { Kind: OrganizationUnitKind.Branch or OrganizationUnitKind.JointBranch } && role.IsCommitteeSeat;

    /// <summary>Refuses a term that the person already holds, that overfills the seat, or that breaks BR-4's committee rules.</summary>
    /// <param name="role">The role.</param>
    /// <param name="unit">The unit, for a unit role.</param>
    /// <param name="grid">The grid, or null.</param>
    /// <param name="person">The holder's key.</param>
    /// <param name="term">The days to fit.</param>
    /// <param name="existing">The other terms at the site.</param>
    /// <param name="self">The appointment being re-termed, or null.</param>
    /// <param name="countedFull">The unit's counted full members when <see cref="CountsCommittee"/>, else ignored.</param>
    /// <param name="policy">The steward settings (the roles).</param>
    /// <param name="formation">The formation settings (BR-4's numbers).</param>
    public static void Check(StewardRole role, OrganizationUnit? unit, string? grid, string person, DateInterval term, IReadOnlyList<Appointment> existing,
        AppointmentId? self, int countedFull, StewardPolicy policy, FormationPolicy formation)
    {
        var others = existing.Where(a => a.Id != self && string.Equals(a.Grid, grid, StringComparison.Ordinal) && Overlaps(a.Term, term)).ToList();
        if (others.Any(a => a.RoleKey == role.Key && AppointmentHolder.KeyOf(a.MemberId, a.ResidentId) == person))
        {
            throw StewardRules.Fail(StewardRules.SeatTaken, $"This person already holds the {role.Name} here for part of that term.",
                $"此人在该任期内已担任此处的“{role.NameZh}”。", "start", RuleViolationKind.Conflict);
        }

        // Check each day someone's term begins: the most holders at once are found on one of them.
        var days = others.Select(a => a.Start).Where(term.Contains).Append(term.Start).Distinct().ToList();
        if (role.MaxHolders is { } max)
        {
            foreach (var day in days)
            {
                if (others.Count(a => a.RoleKey == role.Key && a.IsHeldOn(day)) >= max)
                {
                    throw role.IsSecretary
                        ? StewardRules.Fail("BR-4", $"A branch has one secretary at a time; the seat is held on {day:uuuu-MM-dd}. End that appointment first.",
                            $"一个党支部同一时间只有一名书记；{day:uuuu-MM-dd} 该职务已有人担任，请先结束该任职。", "start", RuleViolationKind.Conflict, StewardRules.Br4)
                        : StewardRules.Fail(StewardRules.SeatTaken, $"The {role.Name} here is already held on {day:uuuu-MM-dd} ({max} at a time).",
                            $"{day:uuuu-MM-dd} 此处的“{role.NameZh}”已有人担任（同时最多 {max} 人）。", "start", RuleViolationKind.Conflict);
                }
            }
        }

        if (!CountsCommittee(role, unit))
        {
            return;
        }

        if (countedFull < formation.CommitteeFromFullMembers)
        {
            if (role.CommitteeOnly)
            {
                throw StewardRules.Fail("BR-4", $"{unit!.Name} counts {countedFull} full members: a committee is set up only from {formation.CommitteeFromFullMembers}; it has a secretary and at most one deputy.",
                    $"{unit.Name} 正式党员 {countedFull} 名，不足 {formation.CommitteeFromFullMembers} 名不设支部委员会，只设书记和不超过一名副书记。", "role", regulation: StewardRules.Br4);
            }

            if (role.Key == StewardRole.DeputySecretary.Key && days.Any(d => others.Any(a => a.RoleKey == role.Key && a.IsHeldOn(d))))
            {
                throw StewardRules.Fail("BR-4", $"Without a committee ({countedFull} full members) a branch has at most one deputy secretary.",
                    $"不设支部委员会的党支部（正式党员 {countedFull} 名）最多设一名副书记。", "role", RuleViolationKind.Conflict, StewardRules.Br4);
            }

            return;
        }

        foreach (var day in days)
        {
            var size = others.Where(a => a.IsHeldOn(day) && policy.RoleOf(a).IsCommitteeSeat).Select(a => AppointmentHolder.KeyOf(a.MemberId, a.ResidentId)).Append(person).Distinct().Count();
            if (size > formation.CommitteeHardMaxSize)
            {
                throw StewardRules.Fail("BR-4", $"A branch committee has at most {formation.CommitteeHardMaxSize} people; on {day:uuuu-MM-dd} this would make {size}.",
                    $"支部委员会一般不超过 {formation.CommitteeHardMaxSize} 人；{day:uuuu-MM-dd} 将达到 {size} 人。", "role", RuleViolationKind.Conflict, StewardRules.Br4);
            }
        }
    }

    public static bool Overlaps(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;
}
