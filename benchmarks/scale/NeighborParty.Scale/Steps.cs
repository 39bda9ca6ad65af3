using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Application;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Scale;

/// <summary>
/// The steps the runner starts, each in a process of its own so that its peak working set is its own: build the tree
/// and write the files, import the ledger, add the people and co-building, import the activities, measure. Each prints
/// its results as JSON lines (<see cref="Result"/>).
/// </summary>
internal static class Steps
{
    public static async Task TreeAsync(ScaleDatabase db, ScaleShape shape, string folder)
    {
        var watch = Stopwatch.StartNew();
        var counts = await TreeGenerator.RunAsync(db, shape, LedgerPath(folder, shape), ActivityPath(folder, shape));
        Result.Print(db, shape, "generate: places and units", watch.Elapsed, rows: counts.Places + counts.Units,
            note: $"{counts.Places:N0} places, {counts.Units:N0} units, {counts.Compounds:N0} compounds, {counts.Branches:N0} branches; files for {counts.Members:N0} members");
    }

    public static async Task ImportLedgerAsync(ScaleDatabase db, ScaleShape shape, string folder)
    {
        await using var services = db.Services();
        var (district, admin) = await DistrictAsync(services);
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        await using var file = File.OpenRead(LedgerPath(folder, shape));
        var report = await scope.ServiceProvider.GetRequiredService<LedgerFileUseCases>().ImportAsync(admin, district.Id, file);
        watch.Stop();
        if (!report.Stored)
        {
            throw new InvalidOperationException("The ledger was refused: " + string.Join("; ", report.Errors.Take(5)));
        }

        Result.Print(db, shape, "ledger CSV import (whole district)", watch.Elapsed, rows: report.Rows, note: $"{report.Added:N0} members added");
    }

    public static async Task PeopleAsync(ScaleDatabase db, ScaleShape shape)
    {
        var watch = Stopwatch.StartNew();
        var (appointments, partners, covenants, requests) = await PeopleGenerator.RunAsync(db, shape);
        Result.Print(db, shape, "generate: stewards, co-building, requests", watch.Elapsed, rows: appointments + partners + covenants + requests,
            note: $"{appointments:N0} appointments, {partners:N0} partners, {covenants:N0} covenants, {requests:N0} requests");
    }

    public static async Task ImportActivitiesAsync(ScaleDatabase db, ScaleShape shape, string folder)
    {
        await using var services = db.Services();
        var (district, admin) = await DistrictAsync(services);
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        await using var file = File.OpenRead(ActivityPath(folder, shape));
        var report = await scope.ServiceProvider.GetRequiredService<ActivityFileUseCases>().ImportAsync(admin, district.Id, file);
        watch.Stop();
        if (!report.Stored)
        {
            throw new InvalidOperationException("The activities were refused: " + string.Join("; ", report.Errors.Take(5)));
        }

        Result.Print(db, shape, "activity CSV import (whole district)", watch.Elapsed, rows: report.Recorded);

        // The load is over: what autovacuum does within a minute of it on a district's server (visibility map, statistics),
        // done now, so that the measurements see the steady state and not the minute after a load.
        await db.SettleAsync();
    }

    /// <summary>The district (the generated root place) and a district admin bound to its committee.</summary>
    public static async Task<(Place District, Actor Admin)> DistrictAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var district = (await scope.ServiceProvider.GetRequiredService<IReadRepository<Place>>().ListAsync(new RootPlacesSpec())).Single();
        var root = (await scope.ServiceProvider.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync(new RootUnitsSpec())).Single();
        return (district, new Actor("scale-admin", ActorKind.DistrictAdmin, root.Id.Value));
    }

    public static string LedgerPath(string folder, ScaleShape shape) => Path.Combine(folder, $"ledger-{shape.Multiple}x.csv");

    public static string ActivityPath(string folder, ScaleShape shape) => Path.Combine(folder, $"activities-{shape.Multiple}x.csv");
}
