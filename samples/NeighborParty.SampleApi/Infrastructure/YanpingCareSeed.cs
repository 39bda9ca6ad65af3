using NeighborParty.Care;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Neighbourhood care (邻里守望) from the story (../shared/seed/): 周根荣, in his sixties, living alone in a rented
/// home at 大沟社区's 第二网格小区, watched over by his neighbours 熊万勤, 章礼雄 and 刘本刚. Last July he collapsed at
/// night; the neighbours found him and called the branch secretary 孙志强 (孙书记), who had him taken to hospital,
/// applied for relief and looked for a care home; the street convened the community, police, hospital and care home;
/// he moved into a care home, where members and neighbours now visit him in turns, bringing winter clothes. The
/// record is replayed on its own days (<see cref="ReplayClock"/>). A second resident, at 武夷香榭, has gone nine days
/// without a visit, so the alert list is not empty.
/// </summary>
internal static class YanpingCareSeed
{
    public static async Task SeedAsync(IServiceProvider services, Place district, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<NeighborPartyOptions>();
        var zone = options.TimeZone;
        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(zone).Date;
        var places = services.GetRequiredService<IReadRepository<Place>>();
        var units = services.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var members = services.GetRequiredService<IReadRepository<PartyMember>>();
        var ledger = services.GetRequiredService<MemberLedger>();
        var compounds = (await places.ListAsync(new PlaceSubtreeSpec(district.Path, PlaceKind.Compound), cancellationToken)).ToDictionary(c => c.Name);
        var grid = compounds["第二网格小区"];
        var branch = (await units.ListAsync(new LiveUnitsCoveringSpec(["compound"], [grid.Id]), cancellationToken)).Single();
        var gridMembers = (await members.ListAsync(new MembersForCountingSpec(branch.Path, []), cancellationToken)).Where(m => m.UnitId == branch.Id).ToList();
        var sun = gridMembers.Single(m => m.Name == "孙志强");
        var visitor = gridMembers.First(m => m.Id != sun.Id && m.Status == MemberStatus.Full);

        // 孙书记: the branch's secretary, elected two years ago.
        await services.GetRequiredService<AppointmentService>().AppointAsync(new NewAppointment(StewardRole.Secretary.Key, sun.Id, null, branch.Id, null, null,
            today.PlusYears(-2), null, AppointmentBasis.ElectedByAssembly), cancellationToken);

        var replay = new ReplayClock();
        var care = replay.Create<CareService>(services);
        var lastJuly = new LocalDate(today.Year - 1, 7, 1);
        Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneLeniently(zone).ToInstant();

        var zhou = await ledger.RecordResidentAsync("周根荣", grid.Id, cancellationToken: cancellationToken);
        replay.Now = At(lastJuly.PlusMonths(-2), 10);
        var record = await care.RegisterAsync(new NewCareRecord(zhou.Id, CareNeeds.IsolatedElderly,
            new CareConsent("周根荣", "本人", replay.Now.InZone(zone).Date, "口头同意，网格员见证"),
            [
                new NewGuardian(GuardianKind.Neighbour, "熊万勤", "每天早晚看看，有事打电话"),
                new NewGuardian(GuardianKind.Neighbour, "章礼雄", "帮忙买菜、代缴水电费"),
                new NewGuardian(GuardianKind.Neighbour, "刘本刚", "陪同就医、夜间留意"),
                new NewGuardian(GuardianKind.Steward, sun.Name, "每周上门，协调解决困难", sun.Id),
            ], "六旬独居，无子女亲人，租住"), cancellationToken);

        async Task Contact(LocalDate day, int hour, int? guardian, string by, ContactMode mode, string note, bool concern = false)
        {
            replay.Now = At(day, hour) + Duration.FromMinutes(30);
            record = await care.RecordContactAsync(record.Id, new CareContact(At(day, hour), guardian, by, mode, note, concern), cancellationToken: cancellationToken);
        }

        async Task Act(LocalDate day, EscalationLevel level, CareActionKind kind, string what, int doneAfterDays, string outcome, int hour = 9)
        {
            replay.Now = At(day, hour);
            record = await care.EscalateAsync(record.Id, level, kind, what, cancellationToken: cancellationToken);
            replay.Now = At(day.PlusDays(doneAfterDays), 17);
            record = await care.CompleteActionAsync(record.Id, record.Actions[^1].Key, outcome, cancellationToken: cancellationToken);
        }

        // Before: the neighbours' ordinary watch.
        for (var week = 0; week < 8; week++)
        {
            await Contact(lastJuly.PlusMonths(-2).PlusDays(3 + (week * 7)), 18, 1 + (week % 3), new[] { "熊万勤", "章礼雄", "刘本刚" }[week % 3], ContactMode.Visit, "上门看看，老人精神尚可");
        }

        // The night he collapsed, and what the branch and the street did.
        var night = lastJuly.PlusDays(14);
        await Contact(night, 22, 1, "熊万勤", ContactMode.Visit, "夜间发现老人在租住房屋中晕倒，立即联系孙书记", concern: true);
        await Act(night, EscalationLevel.Branch, CareActionKind.MedicalHelp, "紧急送医院救治", 1, "确诊脑溢血，住院治疗", hour: 23);
        await Act(night.PlusDays(3), EscalationLevel.Branch, CareActionKind.ReliefApplication, "为老人申请政府救助金", 20, "临时救助金已获批发放");
        await Act(night.PlusDays(10), EscalationLevel.Community, CareActionKind.JointMeeting, "街道召集社区、民警、医院、养老院研究救助事宜", 1, "明确由社区牵头联系养老机构");
        await Act(night.PlusDays(12), EscalationLevel.Community, CareActionKind.CareHomePlacement, "多方寻找合适的养老机构", 30, "联系到延平区颐康养老院");
        replay.Now = At(night.PlusDays(45), 10);
        record = await care.MoveAsync(record.Id, "延平区颐康养老院", cancellationToken: cancellationToken);

        // After: members and neighbours visit him in turns, every few weeks.
        var day = night.PlusDays(60);
        for (var turn = 0; day < today.PlusDays(-10); turn++, day = day.PlusDays(24))
        {
            var (guardian, by) = (turn % 3) switch { 0 => ((int?)4, sun.Name), 1 => (1, "熊万勤"), _ => ((int?)null, visitor.Name) };
            await Contact(day, 15, guardian, by, ContactMode.FacilityVisit, turn % 4 == 2 ? "送去棉衣等生活物资，陪老人聊天" : "到养老院探望，老人恢复良好");
        }

        // 武夷香榭: an elderly resident at home whose last visit was nine days ago (an alert today).
        var wuyi = compounds["武夷香榭"];
        var old = await ledger.RecordResidentAsync("黄秀兰", wuyi.Id, cancellationToken: cancellationToken);
        replay.Now = At(today.PlusMonths(-5), 9);
        var second = replay.Create<CareService>(services);
        var watched = await second.RegisterAsync(new NewCareRecord(old.Id, CareNeeds.IsolatedElderly | CareNeeds.Disabled,
            new CareConsent("黄秀兰", "本人", replay.Now.InZone(zone).Date, "书面签字"),
            [new NewGuardian(GuardianKind.Neighbour, "陈美华", "每周两次上门"), new NewGuardian(GuardianKind.Steward, "林文金", "每月一次走访")], "腿脚不便，子女在外地"), cancellationToken);
        var visits = new List<LocalDate>();
        for (var d = today.PlusDays(-9); d > today.PlusMonths(-5).PlusDays(1); d = d.PlusDays(-6))
        {
            visits.Insert(0, d);
        }

        foreach (var d in visits)
        {
            replay.Now = At(d, 16) + Duration.FromMinutes(20);
            watched = await second.RecordContactAsync(watched.Id, new CareContact(At(d, 16), 1, "陈美华", ContactMode.Visit, "上门看看，帮忙打扫", Concern: false),
                cancellationToken: cancellationToken);
        }
    }
}
