using NeighborParty.Organization;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Residents' requests of the rest of Yanping, replayed on their own days (see <see cref="ReplayClock"/>): the
/// problems solved since 2019 spread over the years, each accepted, handed to the compound's branch and resolved
/// within days; and a dozen requests from the last three months still open today, several past their time limit, so
/// the request desk has an overdue list. The open ones reuse compounds and channels already counted, so the
/// story's platform figure stays exact.
/// </summary>
internal static class YanpingDistrictRequestSeed
{
    private static readonly string[] Channels = ["doorstep-post", "listening-garden"];

    private static readonly string[] Categories = ["lighting", "sanitation", "parking", "neighbour-dispute", "other"];

    private static readonly string[] Problems =
    [
        "楼道声控灯坏了，晚上上下楼看不清。", "垃圾分类亭周边有积存垃圾，气味较大。", "小区内车辆乱停，消防通道被占。", "楼上漏水到我家卫生间，协商未果。", "希望小区门口增设一处休息座椅。",
    ];

    private static readonly string[] Resolutions = ["已更换灯具并试亮", "已组织清运并增加清运频次", "已施划停车线并劝离占道车辆", "已上门调解，双方达成维修协议", "已协调社区在门口增设座椅"];

    public static async Task SeedAsync(IServiceProvider root, IReadOnlyList<(Place Compound, OrganizationUnit Branch, Place Community)> compounds, int solved, int platforms,
        CancellationToken cancellationToken)
    {
        var scopes = root.GetRequiredService<IServiceScopeFactory>();
        var options = root.GetRequiredService<NeighborPartyOptions>();
        var now = root.GetRequiredService<IClock>().GetCurrentInstant();
        var zone = options.TimeZone;
        var today = now.InZone(zone).Date;
        var days = Period.Between(YanpingDistrictSeed.Since, today.PlusDays(-10), PeriodUnits.Days).Days;
        var clock = new ReplayClock();
        Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneLeniently(zone).ToInstant();

        // Solved: received on a day spread evenly from 2019 until ten days ago, resolved two to six days later.
        foreach (var chunk in Enumerable.Range(0, solved).Chunk(50))
        {
            await using var scope = scopes.CreateAsyncScope();
            var desk = clock.Create<RequestDesk>(scope.ServiceProvider);
            foreach (var i in chunk)
            {
                var slot = i < platforms ? i : i - platforms;
                var (compound, branch, _) = compounds[slot % compounds.Count];
                var kind = i % Categories.Length;
                var received = YanpingDistrictSeed.Since.PlusDays((int)((long)days * i / Math.Max(1, solved)));
                clock.Now = At(received, 8 + (i % 9));
                var request = await desk.SubmitAsync(new NewRequest(Categories[kind], Channels[slot / compounds.Count], compound.Id, Problems[kind]), cancellationToken);
                clock.Now += Duration.FromHours(2);
                await desk.AcceptAsync(request.Id, cancellationToken: cancellationToken);
                await desk.AssignAsync(request.Id, AssigneeKind.Branch, branch.Id.Value, branch.Name, cancellationToken: cancellationToken);
                clock.Now += Duration.FromDays(1);
                await desk.StartAsync(request.Id, cancellationToken: cancellationToken);
                clock.Now += Duration.FromDays(1 + (i % 5));
                await desk.ResolveAsync(request.Id, Resolutions[kind], cancellationToken: cancellationToken);
            }
        }

        // Still open today: received over the last three months through the doorstep posts every compound already uses.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var desk = clock.Create<RequestDesk>(scope.ServiceProvider);
            for (var j = 0; j < 12; j++)
            {
                var (compound, branch, _) = compounds[(j * 17) % compounds.Count];
                var kind = j % Categories.Length;
                clock.Now = At(today.PlusDays(-3 - (j * 7)), 9 + (j % 8));
                var request = await desk.SubmitAsync(new NewRequest(Categories[kind], Channels[0], compound.Id, Problems[kind]), cancellationToken);
                if (j % 3 == 0)
                {
                    continue; // received, not yet accepted
                }

                clock.Now += Duration.FromHours(20);
                await desk.AcceptAsync(request.Id, cancellationToken: cancellationToken);
                await desk.AssignAsync(request.Id, AssigneeKind.Branch, branch.Id.Value, branch.Name, cancellationToken: cancellationToken);
                if (j % 3 == 2)
                {
                    clock.Now += Duration.FromDays(1);
                    await desk.StartAsync(request.Id, cancellationToken: cancellationToken);
                }
            }
        }
    }
}
