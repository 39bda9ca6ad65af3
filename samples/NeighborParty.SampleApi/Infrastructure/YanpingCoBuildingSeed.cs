using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>The story's co-building (六进小区), seeded after the places, the ledger and the stewards.</summary>
internal static class YanpingCoBuildingSeed
{
    /// <summary>
    /// Co-building from the story (六进小区): 延平区妇联's "百合姐姐" family-law service at 豫轩里 under a signed covenant,
    /// 共青团延平区委's Party-history activity at 江南社区, an organ, an enterprise and three deputies; a menu with orders
    /// in every state; positions and teams; a deputy's suggestion on parking at 豫轩里.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, Place district, CancellationToken cancellationToken)
    {
        var cbPartners = services.GetRequiredService<NeighborParty.CoBuilding.PartnerService>();
        var cbCovenants = services.GetRequiredService<NeighborParty.CoBuilding.CovenantService>();
        var cbMenu = services.GetRequiredService<NeighborParty.CoBuilding.MenuService>();
        var cbDeployments = services.GetRequiredService<NeighborParty.CoBuilding.DeploymentService>();
        var places = services.GetRequiredService<IReadRepository<Place>>();
        var units = services.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var options = services.GetRequiredService<NeighborPartyOptions>();
        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(options.TimeZone).Date;
        var all = await places.ListAsync(new PlaceSubtreeSpec(district.Path), cancellationToken);
        Place P(string name) => all.First(p => p.Name == name);
        async Task<OrganizationUnit> Unit(string name) => (await units.ListAsync(new UnitSubtreeSpec((await units.ListAsync(new RootUnitsSpec(), cancellationToken))[0].Path, includeDissolved: false),
            cancellationToken)).First(u => u.Name == name);
        var yuxuan = P("豫轩里");
        var shuinan = P("水南新村");
        var jiangnan = P("江南社区");
        var years = new DateInterval(new LocalDate(today.Year, 1, 1), new LocalDate(today.Year + 1, 12, 31));

        var federation = await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("延平区妇联", NeighborParty.CoBuilding.PartnerCategory.MassOrganisation, district.Id,
            NeighborParty.CoBuilding.MassOrganisationKind.WomensFederation, "南平市妇联", "林秀珍", "13905990101"), cancellationToken);
        var league = await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("共青团延平区委", NeighborParty.CoBuilding.PartnerCategory.MassOrganisation, district.Id,
            NeighborParty.CoBuilding.MassOrganisationKind.YouthLeague, "共青团南平市委", "陈志远", "13905990102"), cancellationToken);
        var justice = await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("延平区司法局", NeighborParty.CoBuilding.PartnerCategory.GovernmentOrgan, district.Id), cancellationToken);
        var repairs = await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("延平区家电维修商会", NeighborParty.CoBuilding.PartnerCategory.ChamberOrEnterprise, district.Id,
            ContactPhone: "13905990103"), cancellationToken);
        var deputy = await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("区人大代表 吴建平", NeighborParty.CoBuilding.PartnerCategory.PeoplesCongressDeputy, jiangnan.Id), cancellationToken);
        await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("区政协委员 郑丽", NeighborParty.CoBuilding.PartnerCategory.CppccMember, jiangnan.Id), cancellationToken);
        await cbPartners.RegisterAsync(new NeighborParty.CoBuilding.PartnerDetails("区党代表 黄明", NeighborParty.CoBuilding.PartnerCategory.PartyCongressDeputy, jiangnan.Id), cancellationToken);

        // 豫轩里 and 妇联: signed, in force, with the "百合姐姐" service as a commitment.
        var yuxuanBranch = await Unit("豫轩里小区党支部");
        var lily = await cbCovenants.DraftAsync("豫轩里小区—延平区妇联共建盟约", yuxuanBranch.Id, [federation.Id], years,
        [
            new NeighborParty.CoBuilding.CommitmentDetails(NeighborParty.CoBuilding.CommitmentKind.Service, "延平百合姐姐法理家庭服务进小区", 12, "场次", "每月一次", federation.Id),
            new NeighborParty.CoBuilding.CommitmentDetails(NeighborParty.CoBuilding.CommitmentKind.Venue, "妇女微家活动场地", PartnerId: null),
        ], cancellationToken);
        await cbCovenants.SubmitAsync(lily.Id, cancellationToken: cancellationToken);
        await cbCovenants.SignAsync(lily.Id, null, "沈仲连", cancellationToken: cancellationToken);
        await cbCovenants.SignAsync(lily.Id, federation.Id, "林秀珍", cancellationToken: cancellationToken);
        var lilyKey = lily.CommitmentsOf(1)[0].Key;

        // 江南社区 and 共青团: signed; the Party-history activity for young people.
        var jiangnanUnit = await Unit("江南社区党委");
        var youth = await cbCovenants.DraftAsync("江南社区—共青团延平区委共建盟约", jiangnanUnit.Id, [league.Id], years,
            [new NeighborParty.CoBuilding.CommitmentDetails(NeighborParty.CoBuilding.CommitmentKind.Service, "“传红色基因、爱工匠精神”红领中学党史系列活动", 4, "场次", "每季度一次", league.Id)], cancellationToken);
        await cbCovenants.SubmitAsync(youth.Id, cancellationToken: cancellationToken);
        await cbCovenants.SignAsync(youth.Id, null, "江南社区党委", cancellationToken: cancellationToken);
        await cbCovenants.SignAsync(youth.Id, league.Id, "陈志远", cancellationToken: cancellationToken);

        // 怡景嘉园 and the repairers: out for signature; 百福小区 and the justice bureau: a draft.
        var yijing = await cbCovenants.DraftAsync("怡景嘉园—家电维修商会共建盟约", (await Unit("怡景嘉园小区党支部")).Id, [repairs.Id], years,
            [new NeighborParty.CoBuilding.CommitmentDetails(NeighborParty.CoBuilding.CommitmentKind.Service, "家电义务维修", 6, "场次", "每两月一次", repairs.Id)], cancellationToken);
        await cbCovenants.SubmitAsync(yijing.Id, cancellationToken: cancellationToken);
        await cbCovenants.SignAsync(yijing.Id, null, "怡景嘉园小区党支部", cancellationToken: cancellationToken);
        await cbCovenants.DraftAsync("百福小区—延平区司法局共建盟约", (await Unit("百福小区党支部")).Id, [justice.Id], years,
            [new NeighborParty.CoBuilding.CommitmentDetails(NeighborParty.CoBuilding.CommitmentKind.Service, "法律咨询进小区", 4, "场次", PartnerId: justice.Id)], cancellationToken);

        // The menu, and orders in every state.
        var lilyMenu = await cbMenu.PublishAsync(federation.Id, new NeighborParty.CoBuilding.OfferingDetails("family-service", "延平百合姐姐法理家庭服务", NeighborParty.CoBuilding.ServiceMode.Menu, 2,
            NeighborParty.CoBuilding.CapacityPeriod.Month, [yuxuan.Id, shuinan.Id], "婚姻家庭法律咨询与调解", lily.Id, lilyKey), cancellationToken);
        var repair = await cbMenu.PublishAsync(repairs.Id, new NeighborParty.CoBuilding.OfferingDetails("appliance-repair", "家电义务维修", NeighborParty.CoBuilding.ServiceMode.Team, 4,
            NeighborParty.CoBuilding.CapacityPeriod.Month, [.. all.Where(p => p.Kind == PlaceKind.Compound).Select(p => p.Id)]), cancellationToken);
        await cbMenu.PublishAsync(justice.Id, new NeighborParty.CoBuilding.OfferingDetails("legal-advice", "法律咨询进小区", NeighborParty.CoBuilding.ServiceMode.Embedded, 2,
            NeighborParty.CoBuilding.CapacityPeriod.Month, [yuxuan.Id, P("百福小区").Id]), cancellationToken);
        await cbMenu.PublishAsync(league.Id, new NeighborParty.CoBuilding.OfferingDetails("youth-activity", "红领中学党史系列活动", NeighborParty.CoBuilding.ServiceMode.Team, 1,
            NeighborParty.CoBuilding.CapacityPeriod.Quarter, [yuxuan.Id, shuinan.Id]), cancellationToken);

        var rated = await cbMenu.OrderAsync(lilyMenu.Id, yuxuan.Id, "邻里纠纷与家庭矛盾需要法律讲解", today, cancellationToken);
        await cbMenu.AcceptAsync(rated.Id, cancellationToken: cancellationToken);
        await cbMenu.ScheduleAsync(rated.Id, today, cancellationToken: cancellationToken);
        await cbMenu.DeliverAsync(rated.Id, today, 42, cancellationToken: cancellationToken);
        await cbMenu.RateAsync(rated.Id, 5, "居民踊跃互动", cancellationToken: cancellationToken);
        var delivered = await cbMenu.OrderAsync(repair.Id, yuxuan.Id, "老旧小区家电维修", today, cancellationToken);
        await cbMenu.AcceptAsync(delivered.Id, cancellationToken: cancellationToken);
        await cbMenu.ScheduleAsync(delivered.Id, today, cancellationToken: cancellationToken);
        await cbMenu.DeliverAsync(delivered.Id, today, 18, cancellationToken: cancellationToken);
        var scheduled = await cbMenu.OrderAsync(repair.Id, P("武夷香榭").Id, "空调清洗", today.PlusDays(7), cancellationToken);
        await cbMenu.AcceptAsync(scheduled.Id, cancellationToken: cancellationToken);
        await cbMenu.ScheduleAsync(scheduled.Id, today.PlusDays(10), cancellationToken: cancellationToken);
        var accepted = await cbMenu.OrderAsync(lilyMenu.Id, shuinan.Id, "赡养纠纷咨询", today.PlusDays(14), cancellationToken);
        await cbMenu.AcceptAsync(accepted.Id, cancellationToken: cancellationToken);
        await cbMenu.OrderAsync(repair.Id, P("怡景嘉园").Id, "楼道灯与电表检修", today.PlusDays(20), cancellationToken);
        var declined = await cbMenu.OrderAsync(repair.Id, P("百福小区").Id, "电梯维修", today.PlusDays(3), cancellationToken);
        await cbMenu.DeclineAsync(declined.Id, "电梯须由有资质的维保单位维修", cancellationToken: cancellationToken);
        var cancelled = await cbMenu.OrderAsync(repair.Id, P("世纪星城A区").Id, "洗衣机维修", today.PlusDays(5), cancellationToken);
        await cbMenu.AcceptAsync(cancelled.Id, cancellationToken: cancellationToken);
        await cbMenu.CancelAsync(cancelled.Id, "居民已自行修好", cancellationToken: cancellationToken);

        // Positions and teams sent down.
        await cbDeployments.OpenPositionAsync("women-home", "豫轩里妇女微家", yuxuan.Id, federation.Id, today.PlusYears(-2), cancellationToken);
        await cbDeployments.OpenPositionAsync("youth-home", "江南社区青年之家", yuxuan.Id, league.Id, today.PlusYears(-1), cancellationToken);
        await cbDeployments.OpenPositionAsync("culture-corridor", "武夷香榭文化长廊", P("武夷香榭").Id, null, today.PlusMonths(-8), cancellationToken);
        await cbDeployments.OpenPositionAsync("after-school", "怡景嘉园四点半学堂", P("怡景嘉园").Id, league.Id, today.PlusYears(-1), cancellationToken);
        await cbDeployments.DeployTeamAsync("women-post", "延平区妇联巾帼文明岗", federation.Id, jiangnan.Id, [yuxuan.Id, shuinan.Id], today.PlusYears(-1), cancellationToken: cancellationToken);
        await cbDeployments.DeployTeamAsync("youth-civilisation", "青年文明号志愿服务队", league.Id, jiangnan.Id, [yuxuan.Id], today.PlusMonths(-6), cancellationToken: cancellationToken);
        await cbDeployments.DeployTeamAsync("worker-pioneer", "工人先锋号家电维修队", repairs.Id, district.Id, [P("怡景嘉园").Id, P("武夷香榭").Id], today.PlusMonths(-3), cancellationToken: cancellationToken);

        // The Youth League's activity at 江南社区 (the story's 青少年宫), counted against its covenant commitment.
        await services.GetRequiredService<NeighborParty.Activities.ActivityLedger>().RecordAsync(new NeighborParty.Activities.NewActivity("co-learning",
            "“传红色基因、爱工匠精神”红领中学党史系列活动", jiangnan.Id, today.PlusDays(-3).At(new LocalTime(15, 0)).InZoneLeniently(options.TimeZone), 60, jiangnanUnit.Id,
            Partners: [league.Id], Links: new NeighborParty.Activities.ActivityLinks(youth.Id, CommitmentKey: youth.CommitmentsOf(1)[0].Key)), cancellationToken);

        // A deputy turns 豫轩里's parking problem into a suggestion.
        var motion = await cbDeployments.FileMotionAsync(deputy.Id, NeighborParty.CoBuilding.MotionKind.Suggestion, "关于解决豫轩里小区乱停车问题的建议", yuxuan.Id, "延平区人大常委会",
            today.PlusMonths(-2), cancellationToken);
        await cbDeployments.MoveMotionAsync(motion.Id, NeighborParty.CoBuilding.MotionStatus.Accepted, today.PlusMonths(-1), handledBy: "延平区住建局", cancellationToken: cancellationToken);
    }
}
