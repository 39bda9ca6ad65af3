using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// The people of the rest of Yanping: every compound branch that <see cref="YanpingDistrictSeed"/> adds gets a
/// plausible ledger (three to six full members, retired and resident, a probationary member in every fourth branch)
/// and a secretary elected by the members' assembly, so that the district's sweep and steward coverage show the
/// story's cases, not two hundred empty branches. Three deliberate cases stay, each a thing a district really meets:
/// <list type="bullet">
/// <item>one branch with eight full members and a committee of three (a healthy larger branch);</item>
/// <item>one branch whose secretary moved away last month, with the by-election still to come (a vacancy);</item>
/// <item>one branch down to two full members after a transfer (BR-2: it no longer meets the conditions).</item>
/// </list>
/// </summary>
internal static class YanpingDistrictPeopleSeed
{
    /// <summary>The branch (by its place in the seeded list) with eight full members and a committee.</summary>
    public const int LargeBranch = 50;

    /// <summary>The branch whose secretary moved away last month.</summary>
    public const int VacantBranch = 120;

    /// <summary>The last branch, down to two full members.</summary>
    public static bool IsShrunk(int index, int count) => index == count - 1;

    public static async Task SeedAsync(IServiceProvider root, Place district, IReadOnlyList<(Place Compound, OrganizationUnit Branch, Place Community)> compounds,
        CancellationToken cancellationToken)
    {
        var today = root.GetRequiredService<IClock>().GetCurrentInstant().InZone(root.GetRequiredService<NeighborPartyOptions>().TimeZone).Date;
        var rows = new List<DemoPeople.Row>();
        for (var i = 0; i < compounds.Count; i++)
        {
            var (compound, branch, _) = compounds[i];
            var full = i == LargeBranch ? 8 : IsShrunk(i, compounds.Count) ? 2 : 3 + (i % 4);
            for (var m = 0; m < full; m++)
            {
                rows.Add(new DemoPeople.Row(branch.Name, compound.Name, Retired: m % 3 != 2, Probationary: false));
            }

            if (i % 4 == 1)
            {
                rows.Add(new DemoPeople.Row(branch.Name, compound.Name, Retired: false, Probationary: true));
            }
        }

        await using (var scope = root.CreateAsyncScope())
        {
            using var csv = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DemoPeople.LedgerCsv(rows, today)));
            var report = await scope.ServiceProvider.GetRequiredService<LedgerImporter>().ImportAsync(csv, district.Id, cancellationToken);
            if (!report.Stored)
            {
                throw new InvalidOperationException("The district's demo ledger did not import: " + string.Join("; ", report.Errors.Take(5)));
            }
        }

        await using (var scope = root.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var stewards = sp.GetRequiredService<AppointmentService>();
            var members = await sp.GetRequiredService<IReadRepository<PartyMember>>().ListAsync(new MembersForCountingSpec(null, [district.Path]), cancellationToken);
            var byUnit = members.Where(m => m.Status == MemberStatus.Full).ToLookup(m => m.UnitId);
            for (var i = 0; i < compounds.Count; i++)
            {
                var branch = compounds[i].Branch;
                var full = byUnit[branch.Id].OrderBy(m => m.MadeFull).ThenBy(m => m.IdNumber, StringComparer.Ordinal).ToList();

                // Elected between four years and three months ago: every term runs well past the next few months.
                var elected = Later(today.PlusMonths(-3 - (i * 7 % 45)), branch.Established);
                var secretary = await stewards.AppointAsync(
                    new NewAppointment(StewardRole.Secretary.Key, full[0].Id, null, branch.Id, null, null, elected, null, AppointmentBasis.ElectedByAssembly), cancellationToken);
                if (i == LargeBranch)
                {
                    await stewards.AppointAsync(new NewAppointment(StewardRole.OrganisationMember.Key, full[1].Id, null, branch.Id, null, null, elected, null,
                        AppointmentBasis.ElectedByAssembly), cancellationToken);
                    await stewards.AppointAsync(new NewAppointment(StewardRole.PublicityMember.Key, full[2].Id, null, branch.Id, null, null, elected, null,
                        AppointmentBasis.ElectedByAssembly), cancellationToken);
                }

                if (i == VacantBranch)
                {
                    await stewards.EndAsync(secretary.Id, today.PlusMonths(-1), AppointmentEndReason.MovedAway, "随子女迁居福州，补选待支部党员大会", cancellationToken: cancellationToken);
                }
            }
        }
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
