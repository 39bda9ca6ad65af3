using Ardalis.Specification;
using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Residents' requests of the demo (小区事、邻里议、一起办): one request in every state at 豫轩里 and 武夷香榭, a
/// reopened one, micro-wishes from posted to confirmed, and the parking deliberation at 豫轩里 — convened in the
/// 邻听园 with the branch, the owners' committee, the property company, a deputy and residents' representatives, a
/// proposal adopted by vote, and follow-up actions of which one is done and two are still open. Requests and wishes
/// are spread over the last three months; the sanitation request, the lift and the smartphone wish are past their
/// time limits today.
/// </summary>
internal static class YanpingRequestSeed
{
    public static async Task SeedAsync(IServiceProvider services, Place district, CancellationToken cancellationToken)
    {
        // Requests and wishes are replayed on their own days (ReplayClock), so the desk shows ages, time limits and overdue ones.
        var replay = new ReplayClock();
        var desk = replay.Create<RequestDesk>(services);
        var deliberations = services.GetRequiredService<DeliberationService>();
        var ledger = services.GetRequiredService<MemberLedger>();
        var places = services.GetRequiredService<IReadRepository<Place>>();
        var members = services.GetRequiredService<IReadRepository<PartyMember>>();
        var partners = services.GetRequiredService<IReadRepository<Partner>>();
        var residents = services.GetRequiredService<IReadRepository<Resident>>();
        var options = services.GetRequiredService<NeighborPartyOptions>();
        var clock = services.GetRequiredService<IClock>();
        var today = clock.GetCurrentInstant().InZone(options.TimeZone).Date;
        void On(int daysAgo, int hour) => replay.Now = today.PlusDays(-daysAgo).At(new LocalTime(hour, 0)).InZoneLeniently(options.TimeZone).ToInstant();
        void Later(int hours) => replay.Now += Duration.FromHours(hours);
        var compounds = (await places.ListAsync(new PlaceSubtreeSpec(district.Path, PlaceKind.Compound), cancellationToken)).ToDictionary(c => c.Name);
        var yuxuan = compounds["豫轩里"];
        var wuyi = compounds["武夷香榭"];
        var yuxuanBuildings = await places.ListAsync(new ChildPlacesSpec(yuxuan.Id), cancellationToken);

        var zhang = await ledger.RecordResidentAsync("张秀英", yuxuan.Id, yuxuanBuildings[2].Id, cancellationToken: cancellationToken);
        var wang = await ledger.RecordResidentAsync("王建国", yuxuan.Id, yuxuanBuildings[4].Id, cancellationToken: cancellationToken);
        var chen = (await residents.ListAsync(new ResidentNamedSpec("陈美华"), cancellationToken)).Single();

        Task<ResidentRequest> Submit(string category, string channel, Place compound, string text, Resident? who, bool isPublic = false, Place? building = null,
            Dictionary<string, string>? attributes = null) =>
            desk.SubmitAsync(new NewRequest(category, channel, compound.Id, text, who?.Id, building?.Id, IsPublic: isPublic, Attributes: attributes), cancellationToken);

        async Task<ResidentRequest> Handle(ResidentRequest r, AssigneeKind kind, string name, bool start = true)
        {
            Later(3);
            await desk.AcceptAsync(r.Id, cancellationToken: cancellationToken);
            await desk.AssignAsync(r.Id, kind, null, name, cancellationToken: cancellationToken);
            Later(20);
            return start ? await desk.StartAsync(r.Id, cancellationToken: cancellationToken) : r;
        }

        // The parking problem that the deliberation takes up, and a second complaint marked as its duplicate.
        On(38, 20);
        var parking = await Submit("parking", "listening-garden", yuxuan, "小区车辆乱停乱放，消防通道经常被堵，晚上回家找不到车位。", zhang, isPublic: true);
        await Handle(parking, AssigneeKind.Branch, "豫轩里小区党支部");
        On(30, 8);
        var again = await Submit("parking", "wechat-group", yuxuan, "3号楼前面又被车堵住了，老人出门都不方便。", wang);
        await desk.MarkDuplicateAsync(again.Id, parking.Id, cancellationToken: cancellationToken);

        // Every other state, through every channel of the story.
        On(95, 7);
        var leak = await Submit("water-leak", "doorstep-post", yuxuan, "5号楼楼道水管接头漏水，墙面渗水。", wang, building: yuxuanBuildings[4],
            attributes: new() { ["floor"] = "5" });
        await Handle(leak, AssigneeKind.PropertyCompany, "南平豫轩物业服务有限公司");
        Later(4);
        await desk.ResolveAsync(leak.Id, "更换水管接头并修补墙面", cancellationToken: cancellationToken);
        Later(24);
        await desk.CloseAsync(leak.Id, 5, "当天就修好了", cancellationToken: cancellationToken);
        On(61, 19);
        var light = await Submit("lighting", "deliberation-pavilion", yuxuan, "小区东门路灯坏了一个多星期。", null, isPublic: true);
        await Handle(light, AssigneeKind.PropertyCompany, "南平豫轩物业服务有限公司");
        Later(30);
        await desk.ResolveAsync(light.Id, "更换路灯灯头", cancellationToken: cancellationToken);
        On(44, 10);
        var rubbish = await Submit("sanitation", "wechat-group", yuxuan, "垃圾分类亭周边堆放杂物，气味大。", zhang, isPublic: true);
        await Handle(rubbish, AssigneeKind.PropertyCompany, "南平豫轩物业服务有限公司", start: false);
        On(12, 21);
        var dispute = await Submit("neighbour-dispute", "neighbour-point", yuxuan, "楼上装修噪音影响休息，希望协调施工时间。", wang);
        Later(13);
        await desk.AcceptAsync(dispute.Id, cancellationToken: cancellationToken);
        On(9, 8);
        await Submit("facilities", "hotline", yuxuan, "2号楼电梯时常停运。", zhang, isPublic: true, attributes: new() { ["facility"] = "lift" });
        On(70, 15);
        var outside = await Submit("other", "in-person", yuxuan, "希望小区门口公交站增加班次。", null);
        Later(2);
        await desk.DeclineAsync(outside.Id, "属公交公司职责，已转告12345热线", cancellationToken: cancellationToken);

        // 武夷香榭: 陈美华's request, resolved, reopened, and being worked on again.
        On(21, 19);
        var lamp = await Submit("lighting", "doorstep-post", wuyi, "1号楼楼道声控灯不亮。", chen);
        await Handle(lamp, AssigneeKind.Steward, "林文金");
        Later(6);
        await desk.ResolveAsync(lamp.Id, "更换声控开关", cancellationToken: cancellationToken);
        On(18, 20);
        await desk.ReopenAsync(lamp.Id, "两天后又不亮了", cancellationToken: cancellationToken);

        // Micro-wishes: fulfilled and confirmed, claimed by a partner, and one still on the wall.
        var lin = (await members.ListAsync(new MemberNamedSpec("林文金"), cancellationToken)).Single();
        var federation = (await partners.ListAsync(new PartnerNamedSpec("延平区妇联"), cancellationToken)).Single();
        On(75, 9);
        var glasses = await desk.PostWishAsync(chen.Id, "想要一副老花镜，方便看报纸", cancellationToken);
        Later(26);
        await desk.ClaimWishAsync(glasses.Id, lin.Id, null, cancellationToken: cancellationToken);
        On(64, 16);
        await desk.FulfilWishAsync(glasses.Id, "林文金陪同验光配镜，已送到家", cancellationToken: cancellationToken);
        Later(3);
        await desk.ConfirmWishAsync(glasses.Id, cancellationToken: cancellationToken);
        On(20, 10);
        var lesson = await desk.PostWishAsync(zhang.Id, "希望孙女暑假有人辅导功课", cancellationToken);
        Later(48);
        await desk.ClaimWishAsync(lesson.Id, null, federation.Id, cancellationToken: cancellationToken);
        On(41, 15);
        await desk.PostWishAsync(wang.Id, "想学用智能手机挂号", cancellationToken);

        // The parking deliberation (小区事邻里议) in the 邻听园, a week ago.
        var shen = (await members.ListAsync(new MemberNamedSpec("沈仲连"), cancellationToken)).Single();
        var deputy = (await partners.ListAsync(new PartnerNamedSpec("区人大代表 吴建平"), cancellationToken)).Single();
        var meeting = await deliberations.ConveneAsync(new NewDeliberation("豫轩里停车难议事会", yuxuan.Id, "listening-garden",
            today.PlusDays(-7).At(new LocalTime(19, 30)).InZoneLeniently(options.TimeZone).ToInstant(), [parking.Id],
            [
                new NewParticipant(ParticipantParty.Branch, "沈仲连（党支部书记）", shen.Id.Value),
                new NewParticipant(ParticipantParty.OwnersCommittee, "业委会主任 李明"),
                new NewParticipant(ParticipantParty.PropertyCompany, "南平豫轩物业 项目经理 陈刚"),
                new NewParticipant(ParticipantParty.Partner, deputy.Name, deputy.Id.Value),
                new NewParticipant(ParticipantParty.ResidentRepresentative, "居民代表 张秀英", zhang.Id.Value),
                new NewParticipant(ParticipantParty.ResidentRepresentative, "居民代表 王建国", wang.Id.Value),
                new NewParticipant(ParticipantParty.Other, "江南社区党委 网格员"),
            ],
            ["通报小区停车现状", "讨论解决方案", "表决并明确分工"]), cancellationToken);
        await deliberations.ProposeAsync(meeting.Id, "划定夜间临时停车位，实行错时停车", 3, cancellationToken: cancellationToken);
        await deliberations.ProposeAsync(meeting.Id, "拆除部分绿化带扩建停车场", 6, cancellationToken: cancellationToken);
        await deliberations.OpenAsync(meeting.Id, [1, 2, 3, 4, 5, 7], cancellationToken: cancellationToken);
        foreach (var (proposal, participant, choice) in new[]
        {
            (1, 1, VoteChoice.Yes), (1, 2, VoteChoice.Yes), (1, 3, VoteChoice.Yes), (1, 4, VoteChoice.Yes), (1, 5, VoteChoice.Abstain),
            (2, 1, VoteChoice.No), (2, 2, VoteChoice.No), (2, 3, VoteChoice.Yes), (2, 4, VoteChoice.No), (2, 5, VoteChoice.No),
        })
        {
            await deliberations.VoteAsync(meeting.Id, proposal, participant, choice, cancellationToken: cancellationToken);
        }

        await deliberations.DecideAsync(meeting.Id, 1, "绿化带不动", cancellationToken: cancellationToken);
        await deliberations.AddActionAsync(meeting.Id, new NewFollowUpAction("施划夜间临时停车位32个", AssigneeKind.PropertyCompany, "南平豫轩物业", today.PlusDays(-1), parking.Id),
            cancellationToken: cancellationToken);
        await deliberations.AddActionAsync(meeting.Id, new NewFollowUpAction("起草《豫轩里停车公约》交业主表决", AssigneeKind.OwnersCommittee, "业委会", today.PlusDays(14)),
            cancellationToken: cancellationToken);
        await deliberations.AddActionAsync(meeting.Id, new NewFollowUpAction("协调周边单位夜间错时开放停车场", AssigneeKind.Partner, deputy.Name, today.PlusDays(30), parking.Id),
            cancellationToken: cancellationToken);
        await deliberations.EndActionAsync(meeting.Id, 1, true, "已施划32个夜间车位并公示", cancellationToken: cancellationToken);

        // The decision becomes a neighbourhood project (近邻项目) with the deputy, answering the parking request.
        var units = services.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var branch = (await units.ListAsync(new LiveUnitsCoveringSpec(["compound"], [yuxuan.Id]), cancellationToken)).Single();
        var projects = services.GetRequiredService<NeighborParty.Activities.ProjectService>();
        var project = await projects.PlanAsync(new NeighborParty.Activities.NewProject("豫轩里停车秩序整治", branch.Id, yuxuan.Id, today.PlusDays(-6), [deputy.Id], [parking.Id]),
            cancellationToken);
        await projects.StartAsync(project.Id, today.PlusDays(-5), cancellationToken: cancellationToken);
    }

    private sealed class ResidentNamedSpec : Specification<Resident>
    {
        public ResidentNamedSpec(string name) => Query.Where(r => r.Name == name);
    }

    private sealed class MemberNamedSpec : Specification<PartyMember>
    {
        public MemberNamedSpec(string name) => Query.Where(m => m.Name == name);
    }

    private sealed class PartnerNamedSpec : Specification<Partner>
    {
        public PartnerNamedSpec(string name) => Query.Where(p => p.Name == name);
    }
}
