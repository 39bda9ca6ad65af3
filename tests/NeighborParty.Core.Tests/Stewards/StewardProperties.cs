using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Stewards;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Stewards;

public sealed class StewardProperties
{
    private static readonly StewardRole[] Roles =
        [StewardRole.Secretary, StewardRole.DeputySecretary, StewardRole.OrganisationMember, StewardRole.PublicityMember, StewardRole.DisciplineMember];

    /// <summary>Random operations, each one number decoded into appoint / end early / postpone or advance and its arguments.</summary>
    public static Arbitrary<int[]> Operations() => Gen.Choose(0, int.MaxValue / 2).ArrayOf().ToArbitrary();

    [Property(MaxTest = 200, Arbitrary = [typeof(StewardProperties)])]
    public Property No_sequence_yields_two_secretaries_a_term_out_of_bounds_or_a_committee_outside_BR4(int[] operations)
    {
        var f = new StewardFixture();
        var full = 4 + (operations.Length % 6); // 4..9 full members: both sides of the committee threshold of 7
        var (branch, members) = f.Branch(full);
        members.AddRange(f.Ledger.Add(2, branch, f.Compound, full: false));
        var today = StewardFixture.Today;
        foreach (var v in operations.Take(40))
        {
            var all = Run(f.StoredAppointments.ListAsync());
            var before = Snapshot(all);
            try
            {
                switch (v % 4)
                {
                    case 0 or 1:
                        var start = today.PlusDays(-((v / 200) % 3000));
                        LocalDate? end = (v / 600_000) % 3 == 0 ? null : start.PlusDays((v / 1_800_000) % 2000);
                        Run(f.Appointments.AppointAsync(new NewAppointment(Roles[(v / 4) % Roles.Length].Key, members[(v / 20) % members.Count].Id, null, branch.Id,
                            null, null, start, end, AppointmentBasis.ElectedByAssembly)));
                        break;
                    case 2 when all.Count > 0:
                        var a = all[(v / 4) % all.Count];
                        Run(f.Appointments.EndAsync(a.Id, a.Start.PlusDays((v / 100) % 2500), AppointmentEndReason.Resigned));
                        break;
                    case 3 when all.Count > 0:
                        var b = all[(v / 4) % all.Count];
                        Run(f.Appointments.ChangeTermAsync(b.Id, b.RegularEnd.PlusDays(((v / 100) % 900) - 450), "街道党工委", today));
                        break;
                }
            }
            catch (RuleViolationException)
            {
                if (Snapshot(Run(f.StoredAppointments.ListAsync())) != before)
                {
                    return false.Label($"a refused operation {v} changed something");
                }
            }

            if (Check(Run(f.StoredAppointments.ListAsync()), full, f.Options.Stewards) is { } problem)
            {
                return false.Label($"after {v}: {problem}");
            }
        }

        return true.ToProperty();
    }

    private static string Snapshot(IEnumerable<Appointment> all) =>
        string.Join('|', all.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Start}:{a.End}:{a.EndedOn}"));

    /// <summary>An independent check of the invariants, written from the rules, not from the service.</summary>
    private static string? Check(List<Appointment> all, int full, StewardPolicy policy)
    {
        foreach (var a in all)
        {
            if (a.Start > a.End || a.LastDay < a.Start || a.LastDay > a.End || (a.EndedOn is { } e && e >= a.End))
            {
                return $"{a.RoleKey} {a.Start}..{a.End} ended {a.EndedOn}: outside its term";
            }

            if (a.End > a.RegularEnd.PlusYears(1) || a.End < a.RegularEnd.PlusYears(-1))
            {
                return $"{a.RoleKey} moved from {a.RegularEnd} to {a.End}: more than a year (TR-3)";
            }

            if (a.End > a.Start.PlusYears(5).PlusYears(1))
            {
                return $"{a.RoleKey} {a.Start}..{a.End}: longer than five years and one (TR-2, TR-3)";
            }
        }

        var days = all.SelectMany(a => new[] { a.Start, a.LastDay }).Distinct();
        foreach (var day in days)
        {
            var held = all.Where(a => a.IsHeldOn(day)).ToList();
            if (held.Count(a => a.RoleKey == "secretary") > 1)
            {
                return $"two secretaries on {day}";
            }

            var committeeOnly = held.Count(a => a.RoleKey.StartsWith("committee-", StringComparison.Ordinal));
            var deputies = held.Count(a => a.RoleKey == "deputy-secretary");
            if (full < 7 && (committeeOnly > 0 || deputies > 1))
            {
                return $"a committee with {full} full members on {day}";
            }

            var size = held.Where(a => policy.RoleOf(a).IsCommitteeSeat).Select(a => a.MemberId).Distinct().Count();
            if (size > 7)
            {
                return $"a committee of {size} on {day}";
            }
        }

        return null;
    }
}

public sealed class CoverageProperties
{
    private static readonly StewardRole[] Roles = [StewardRole.Secretary, StewardRole.OrganisationMember, StewardRole.PublicityMember, StewardRole.BuildingLeader, StewardRole.GridWorker];

    public static Arbitrary<int[]> Operations() => Gen.Choose(0, int.MaxValue / 2).ArrayOf().ToArbitrary();

    /// <summary>
    /// The report reads only terms nobody has succeeded, in path order; given every term ever made, in any order, it
    /// must say exactly the same.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(CoverageProperties)])]
    public Property The_report_is_the_same_from_open_terms_in_order_as_from_all_terms_in_any_order(int[] operations)
    {
        var f = new StewardFixture();
        var compounds = f.Ledger.Compounds.Take(3).ToList();
        var branches = compounds.Take(2).Select(c => f.Branch(7 + (operations.Length % 3), c)).ToList();
        var today = StewardFixture.Today;
        foreach (var v in operations.Take(40))
        {
            var (branch, members) = branches[(v / 7) % branches.Count];
            var compound = f.Ledger.Compounds.First(c => c.Id == branch.Places[0]);
            var role = Roles[(v / 3) % Roles.Length];
            var start = today.PlusDays(-((v / 50) % 4000));
            var member = members[(v / 11) % members.Count];
            try
            {
                if (v % 3 == 0 && Run(f.StoredAppointments.ListAsync()) is { Count: > 0 } all)
                {
                    var a = all[(v / 5) % all.Count];
                    Run(f.Appointments.EndAsync(a.Id, a.Start.PlusDays((v / 13) % 900), AppointmentEndReason.Resigned));
                }
                else
                {
                    var buildings = f.Ledger.Tree.BuildingsOf(compound);
                    var place = role == StewardRole.BuildingLeader ? buildings[(v / 17) % buildings.Count] : compound;
                    Run(f.Appointments.AppointAsync(new NewAppointment(role.Key, member.Id, null, role.Site == RoleSite.Branch ? branch.Id : null,
                        role.Site == RoleSite.Branch ? null : place.Id, role == StewardRole.GridWorker ? "网格" + ((v / 19) % 2) : null, start, null,
                        AppointmentBasis.ElectedByAssembly)));
                }
            }
            catch (RuleViolationException)
            {
                // Refused operations are part of the random walk.
            }
        }

        var loaded = Run(f.Reports.LoadAsync(f.Ledger.CommunityPlace));
        var everything = Run(f.StoredAppointments.ListAsync());
        var random = new Random(operations.Length);
        var order = Enumerable.Range(0, loaded.Branches.Count).OrderBy(_ => random.Next()).ToList();
        var shuffled = loaded with
        {
            Appointments = [.. everything.Select(CoverageTerm.Of).OrderBy(_ => random.Next())],
            Branches = [.. order.Select(k => loaded.Branches[k])],
            BranchFullMembers = [.. order.Select(k => loaded.BranchFullMembers[k])],
            Compounds = [.. loaded.Compounds.OrderBy(_ => random.Next())],
            Buildings = [.. loaded.Buildings.OrderBy(_ => random.Next())],
        };
        var policy = f.Ledger.Tree.Options;
        var expected = Canonical(StewardCoverage.Compute(loaded, policy.Stewards, policy.Formation));
        var actual = Canonical(StewardCoverage.Compute(shuffled, policy.Stewards, policy.Formation));
        return (expected == actual).Label($"open terms in order:\n{expected}\nall terms shuffled:\n{actual}");
    }

    private static string Canonical(StewardCoverage c) => string.Join('\n',
        $"{c.Compounds} {c.Branches} {c.Buildings} {c.InOffice} {c.GapCount}",
        string.Join(",", c.BranchesWithoutSecretary.Select(b => b.Id.Value).Order()),
        string.Join(',', c.CommitteeGaps.Select(g => $"{g.Branch.Id}:{g.Kind}:{g.CommitteeSize}").Order()),
        string.Join(',', c.BuildingsWithoutLeader.Select(b => $"{b.Id}:{b.CompoundName}").Order()),
        string.Join(',', c.EndingSoon.Select(r => $"{r.Id}:{r.SiteName}").Order()),
        string.Join(',', c.Expired.Select(r => $"{r.Id}:{r.SiteName}").Order()),
        string.Join(',', c.Vacancies.Select(r => $"{r.Id}:{r.SiteName}").Order()),
        string.Join(',', c.CrossHoldings.Select(x => x.MemberId).Order()));
}
