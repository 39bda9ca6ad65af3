using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.SampleApi.Tests.Care;

/// <summary>Neighbourhood care (邻里守望) through the API: the story's 周根荣, masking by role (CR-6), alerts, scope and bad input.</summary>
public sealed class CareApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public CareApiTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    private async Task<string> District() => (string)(await _system.GetFromJsonAsync<JsonArray>("/api/places"))!.First(p => (string)p!["name"]! == "延平区")!["id"]!;

    private async Task<string> Unit(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))!.First(u => (string)u!["name"]! == "中共南平市延平区委员会")!;
        return (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!["id"]!;
    }

    private async Task<HttpClient> As(ActorKind kind, string unit) => _factory.CreateClientFor(new Actor("t:" + kind, kind, Guid.Parse(await Unit(unit))), ifMatchAny: true);

    private async Task<JsonObject> Record(HttpClient client, string name) =>
        (JsonObject)(await client.GetFromJsonAsync<JsonArray>($"/api/care?place={await District()}"))!.First(r => (string)r!["residentName"]! == name)!;

    [Fact]
    public async Task The_community_sees_the_circumstances_the_district_sees_the_case_without_them()
    {
        var district = await District();
        var admin = _factory.CreateClientFor(new Actor("t:da", ActorKind.DistrictAdmin, Guid.Parse(await Unit("中共南平市延平区委员会"))));
        var masked = await Record(admin, "周根荣");
        Assert.Equal(("InCareFacility", "延平区颐康养老院", true), ((string)masked["status"]!, (string)masked["facility"]!, (bool)masked["masked"]!));
        Assert.Null(masked["circumstances"]);
        Assert.Null(masked["consent"]);
        Assert.Equal(["熊万勤", "章礼雄", "刘本刚", "孙志强"], masked["guardians"]!.AsArray().Select(g => (string)g!["name"]!));
        Assert.Equal(["紧急送医", "申请救助", "联席会议", "联系养老机构"], masked["actions"]!.AsArray().Select(a => (string)a!["kindZh"]!));
        Assert.All(masked["actions"]!.AsArray(), a => Assert.NotNull(a!["doneAt"]));
        Assert.Equal("None", (string)masked["alert"]!); // visited in the care home within the month

        var grid = (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{district}/subtree?kind=Compound"))!.First(p => (string)p!["name"]! == "第二网格小区")!["id"]!;
        var community = await As(ActorKind.CommunityStaff, "大沟社区党委");
        var full = (JsonObject)(await community.GetFromJsonAsync<JsonArray>($"/api/care?place={grid}"))!.Single()!;
        Assert.False((bool)full["masked"]!);
        Assert.Equal("六旬独居，无子女亲人，租住", (string)full["circumstances"]!);
        Assert.Equal("本人", (string)full["consent"]!["relation"]!);

        // A compound secretary elsewhere does not see the case at all.
        var wuyiSecretary = await As(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        Assert.Equal(HttpStatusCode.NotFound, (await wuyiSecretary.GetAsync($"/api/care/{full["id"]}")).StatusCode);
    }

    [Fact]
    public async Task An_overdue_visit_alerts_until_a_steward_records_one_and_a_steward_cannot_escalate()
    {
        var steward = await As(ActorKind.Steward, "武夷香榭小区党支部");
        var wuyi = (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree?kind=Compound"))!.First(p => (string)p!["name"]! == "武夷香榭")!["id"]!;
        var alerts = (await steward.GetFromJsonAsync<JsonArray>($"/api/care?place={wuyi}&alerts=true"))!;
        var huang = (JsonObject)alerts.Single(r => (string)r!["residentName"]! == "黄秀兰")!;
        Assert.Equal(("Due", "逾期未探访"), ((string)huang["alert"]!, (string)huang["alertZh"]!));

        var forbidden = await steward.PostAsJsonAsync($"/api/care/{huang["id"]}/actions", new { level = "Branch", kind = "HomeAdaptation", description = "安装扶手" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var future = await steward.PostAsJsonAsync($"/api/care/{huang["id"]}/contacts", new { at = "2099-01-01T08:00:00Z", by = "林文金", mode = "Visit", note = "上门" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal("NP-CARE-004", (string)(await future.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);
        var badMode = await steward.PostAsync($"/api/care/{huang["id"]}/contacts", JsonContent.Create(new { at = huang["lastContactAt"], by = "林文金", mode = "Telepathy", note = "上门" }));
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);

        var before = huang["contacts"]!.AsArray().Count;
        var now = InstantPattern.ExtendedIso.Format(_factory.Services.GetRequiredService<IClock>().GetCurrentInstant() - Duration.FromMinutes(5));
        var visited = await steward.PostAsJsonAsync($"/api/care/{huang["id"]}/contacts", new { at = now, by = "林文金", mode = "Visit", note = "上门看看" });
        Assert.Equal(HttpStatusCode.OK, visited.StatusCode);
        var after = (await visited.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((before + 1, "None"), (after["contacts"]!.AsArray().Count, (string)after["alert"]!));
        Assert.DoesNotContain(await steward.GetFromJsonAsync<JsonArray>($"/api/care?place={wuyi}&alerts=true") ?? [], r => (string)r!["residentName"]! == "黄秀兰");
    }

    [Fact]
    public async Task The_district_report_counts_the_residents_under_care()
    {
        var today = _factory.Services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        var report = (await _system.GetFromJsonAsync<JsonObject>($"/api/reports/{await District()}?from=2019-01-01&to={today:yyyy-MM-dd}"))!;
        var care = report["totals"]!.AsArray().Single(f => (string)f!["key"]! == "care-residents")!;
        Assert.Equal((2, "邻里守望对象"), ((long)care["value"]!, (string)care["nameZh"]!));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"residentId\":\"00000000-0000-0000-0000-000000000000\",\"needs\":[],\"guardians\":[]}")]
    [InlineData("{\"residentId\":\"{resident}\",\"needs\":[\"IsolatedElderly\"],\"consent\":null,\"guardians\":[null]}")]
    [InlineData("{\"residentId\":\"{resident}\",\"needs\":[\"Lonely\"],\"consent\":{\"givenBy\":\"x\",\"relation\":\"本人\",\"on\":\"2026-01-01\",\"means\":\"签字\"},\"guardians\":[]}")]
    [InlineData("{\"residentId\":\"{resident}\",\"needs\":[\"IsolatedElderly\"],\"consent\":{\"givenBy\":null,\"relation\":null,\"on\":\"2026-01-01\",\"means\":null},\"guardians\":[{\"kind\":\"Neighbour\",\"name\":\"x\",\"duty\":\"y\"}]}")]
    [InlineData("{\"residentId\":\"{resident}\",\"needs\":[\"IsolatedElderly\"],\"consent\":{\"givenBy\":\"x\",\"relation\":\"本人\",\"on\":\"2026-01-01\",\"means\":\"签字\"},\"guardians\":[{\"kind\":\"Neighbour\",\"name\":null,\"duty\":\"y\"}],\"circumstances\":\"=cmd()\"}")]
    [InlineData("not json")]
    public async Task A_bad_registration_is_a_4xx_problem_never_a_500_and_stores_nothing(string body)
    {
        var baifu = (string)(await _system.GetFromJsonAsync<JsonArray>($"/api/places/{await District()}/subtree?kind=Compound"))!.First(p => (string)p!["name"]! == "百福小区")!["id"]!;
        var created = await _system.PostAsJsonAsync("/api/residents", new { name = "坏输入居民", compoundId = baifu });
        var resident = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var response = await _system.PostAsync("/api/care", new StringContent(body.Replace("{resident}", (string)resident["id"]!, StringComparison.Ordinal),
            System.Text.Encoding.UTF8, "application/json"));
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(await _system.GetFromJsonAsync<JsonArray>($"/api/care?place={await District()}&closed=true") ?? [], r => (string)r!["residentName"]! == "坏输入居民");
    }
}
