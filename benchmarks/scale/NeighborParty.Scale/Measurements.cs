using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Scale;

/// <summary>
/// The read operations a province's staff run, through the public use cases as a district admin, each repeated (the
/// first run warms up and is not counted) in a fresh scope like a request: the annual report of the root, the
/// formation sweep and steward coverage of the root and of one community, and the first, a middle and the last page of
/// 50 members, requests and covenants at the root and at a community.
/// </summary>
internal static class Measurements
{
    public static readonly string[] Groups = ["report", "sweep", "coverage", "pages"];

    public static async Task RunAsync(ScaleDatabase db, ScaleShape shape, string group, int repeats)
    {
        await using var services = db.Services();
        var (district, admin) = await Steps.DistrictAsync(services);
        var (community, communityUnit, rootUnit) = await FirstCommunityAsync(services);
        var today = TreeGenerator.Today();
        async Task Time(string operation, Func<IServiceProvider, Task<int>> run)
        {
            var times = new List<double>();
            var items = 0;
            for (var i = 0; i <= repeats; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                items = await run(scope.ServiceProvider);
                watch.Stop();
                if (i > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Result.Print(new Result(shape.Multiple, db.Provider, operation, times[times.Count / 2], times[0], times[^1], null, Result.PeakWorkingSet(), $"{items:N0} items"));
        }

        switch (group)
        {
            case "report":
                var year = new DateInterval(new LocalDate(today.Year, 1, 1), new LocalDate(today.Year, 12, 31));
                await Time("annual report, root", async sp => (await sp.GetRequiredService<AccountingUseCases>().ReportAsync(admin, district.Id, year)).Children.Count);
                break;
            case "sweep":
                await Time("formation sweep, root", async sp => Count(await sp.GetRequiredService<FormationUseCases>().SweepAsync(admin, district.Id)));
                await Time("formation sweep, one community", async sp => Count(await sp.GetRequiredService<FormationUseCases>().SweepAsync(admin, community.Id)));
                break;
            case "coverage":
                await Time("steward coverage, root", async sp => (await sp.GetRequiredService<StewardUseCases>().CoverageAsync(admin, district.Id)).GapCount);
                await Time("steward coverage, one community", async sp => (await sp.GetRequiredService<StewardUseCases>().CoverageAsync(admin, community.Id)).GapCount);
                break;
            case "pages":
                await PagesAsync(services, admin, rootUnit, district, "root", Time);
                await PagesAsync(services, admin, communityUnit, community, "community", Time);
                break;
            default:
                throw new ArgumentException($"A measure group is one of {string.Join(", ", Groups)}.");
        }
    }

    private static int Count(Formation.FormationSweep sweep) => sweep.ShouldFormBranch.Count + sweep.ShouldJoinJointBranch.Count + sweep.NoLongerMeetConditions.Count
        + sweep.CommitteeRequired.Count + sweep.ShouldDivideIntoGroups.Count + sweep.TooLarge.Count;

    /// <summary>
    /// The first, a middle and the last page of 50 through the keyset API: the token of a middle or last page is the key
    /// of the item before it, found once beforehand (as a client that pages there would hold it).
    /// </summary>
    private static async Task PagesAsync(IServiceProvider services, Actor admin, OrganizationUnit unit, Place place, string where, Func<string, Func<IServiceProvider, Task<int>>, Task> time)
    {
        string?[] members, requests, covenants;
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var queries = sp.GetRequiredService<IAggregateQueries>();
            var covered = await sp.GetRequiredService<IReadRepository<Place>>().ListAsync(new PlacesByIdSpec([.. unit.Places]));
            var inScope = MembersInScopeSpec.Matching(unit.Path, [.. covered.Select(p => p.Path)], null);
            var memberKeys = await queries.ListAsync<PartyMember, (string, Guid)>(q => q.Where(inScope).OrderBy(m => m.Name).ThenBy(m => m.Id).Select(m => new ValueTuple<string, Guid>(m.Name, m.Id.Value)));
            members = Tokens(memberKeys.Select(k => PageToken.Of(k.Item1, k.Item2)).ToList());
            var inPlace = RequestPages.Matching(new RequestSearch(Scope: place.Path));
            var requestKeys = await queries.ListAsync<ResidentRequest, (NodaTime.Instant, Guid)>(q => q.Where(inPlace).OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id)
                .Select(r => new ValueTuple<NodaTime.Instant, Guid>(r.ReceivedAt, r.Id.Value)));
            requests = Tokens(requestKeys.Select(k => PageToken.Of(k.Item1, k.Item2)).ToList());
            var inUnit = KeysetPages.Criteria(new CoBuilding.CovenantsSpec(unit.Path));
            var covenantKeys = await queries.ListAsync<CoBuilding.Covenant, (string, Guid)>(q => q.Where(inUnit).OrderBy(c => c.Title).ThenBy(c => c.Id)
                .Select(c => new ValueTuple<string, Guid>(c.Title, c.Id.Value)));
            covenants = Tokens(covenantKeys.Select(k => PageToken.Of(k.Item1, k.Item2)).ToList());
        }

        foreach (var (page, after) in new[] { "first", "middle", "last" }.Zip(members))
        {
            await time($"page of 50 members, {where}, {page}", async sp => (await sp.GetRequiredService<MemberUseCases>().PageAsync(admin, unit.Id, new MemberFilter(), after, 50)).Items.Count);
        }

        foreach (var (page, after) in new[] { "first", "middle", "last" }.Zip(requests))
        {
            await time($"page of 50 requests, {where}, {page}", async sp => (await sp.GetRequiredService<RequestUseCases>().PageAsync(admin, place.Id, new RequestSearch(), after, 50)).Items.Count);
        }

        foreach (var (page, after) in new[] { "first", "middle", "last" }.Zip(covenants))
        {
            await time($"page of 50 covenants, {where}, {page}", async sp => (await sp.GetRequiredService<CovenantUseCases>().PageAsync(admin, unit.Id, null, after, 50)).Items.Count);
        }
    }

    /// <summary>The tokens of the first page (none), the page in the middle, and the last page of 50, from the keys in order.</summary>
    private static string?[] Tokens(List<string> keys) =>
        [null, keys.Count > 100 ? keys[(keys.Count / 2) - 1] : null, keys.Count > 50 ? keys[keys.Count - 51] : null];

    private static async Task<(Place Community, OrganizationUnit CommunityUnit, OrganizationUnit Root)> FirstCommunityAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var places = scope.ServiceProvider.GetRequiredService<IReadRepository<Place>>();
        var units = scope.ServiceProvider.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var district = (await places.ListAsync(new RootPlacesSpec())).Single();
        var street = (await places.ListAsync(new ChildPlacesSpec(district.Id)))[0];
        var community = (await places.ListAsync(new ChildPlacesSpec(street.Id)))[0];
        var unit = (await units.ListAsync(new LiveUnitsCoveringSpec(["community"], [community.Id]))).Single();
        var root = (await units.ListAsync(new RootUnitsSpec())).Single();
        return (community, unit, root);
    }
}
