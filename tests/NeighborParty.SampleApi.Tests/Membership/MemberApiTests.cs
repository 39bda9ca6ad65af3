using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Membership;

public sealed class MemberApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _system;

    public MemberApiTests(SampleApiFactory factory)
    {
        _factory = factory;
        _system = factory.CreateSystemClient();
    }

    private async Task<JsonObject> Unit(string name)
    {
        var root = (await _system.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        return (JsonObject)(await _system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == name)!;
    }

    private async Task<HttpClient> As(ActorKind kind, string unitName) =>
        _factory.CreateClientFor(new Actor("t:" + kind, kind, Guid.Parse((string)(await Unit(unitName))["id"]!)));

    [Fact]
    public async Task The_demo_sweep_shows_every_kind_of_outcome()
    {
        var district = (await _system.GetFromJsonAsync<JsonArray>("/api/places"))![0]!;
        var sweep = (await _system.GetFromJsonAsync<JsonObject>($"/api/formation/sweep/{district["id"]}"))!;
        string Names(string list) => string.Join(",", sweep[list]!.AsArray().Select(i => (string)i!["name"]!));
        Assert.Equal("水南新村", Names("shouldFormBranch"));
        Assert.Equal("桂花苑", Names("shouldJoinJointBranch"));
        Assert.Equal("豫轩里小区党支部", Names("noLongerMeetConditions"));
        Assert.Contains("世纪星城A区小区党支部", Names("tooLarge"), StringComparison.Ordinal);
        Assert.Contains("怡景嘉园小区党支部", Names("committeeRequired"), StringComparison.Ordinal);
        Assert.DoesNotContain("武夷香榭小区党支部", Names("committeeRequired"), StringComparison.Ordinal); // its committee is in office: BR-4 met, not a task (issue 27)
        Assert.Equal(("小区", "compound", "Compound"), ((string)sweep["shouldFormBranch"]![0]!["subjectZh"]!, (string)sweep["shouldFormBranch"]![0]!["subjectEn"]!, (string)sweep["assessedNameEn"]!));
        Assert.StartsWith("应当成立党支部", (string)sweep["shouldFormBranch"]![0]!["verdictZh"]!, StringComparison.Ordinal); // Chinese labels beside the enum values (issue 17)

        var wuyi = await Unit("武夷香榭小区党支部");
        var assessment = (await _system.GetFromJsonAsync<JsonObject>($"/api/formation/branches/{wuyi["id"]}"))!;
        Assert.Equal(13, (int)assessment["counted"]!);
        Assert.Equal(4, (int)assessment["counts"]!["registeredOnly"]!); // in-service members who registered never count
        Assert.Contains(assessment["outcomes"]!.AsArray(), o => (string)o!["ruleId"]! == "BR-4" && (string)o["verdictZh"]! == "已设支部委员会");
        Assert.Equal("小区党支部", (string)assessment["subjectZh"]!);
    }

    [Fact]
    public async Task Personal_data_is_masked_for_the_compound_and_whole_for_the_community()
    {
        var secretary = await As(ActorKind.CompoundSecretary, "武夷香榭小区党支部");
        var staff = await As(ActorKind.CommunityStaff, "剑津社区党委");
        var wuyi = await Unit("武夷香榭小区党支部");
        var masked = (await secretary.GetFromJsonAsync<JsonArray>($"/api/members?unit={wuyi["id"]}&status=Full&category=Retired"))!;
        Assert.NotEmpty(masked);
        Assert.All(masked, m => Assert.Contains("********", (string)m!["idNumber"]!, StringComparison.Ordinal));
        Assert.All(masked, m => Assert.False((bool)m!["revealed"]!));
        var whole = (await staff.GetFromJsonAsync<JsonObject>($"/api/members/{masked[0]!["id"]}"))!;
        Assert.DoesNotContain("*", (string)whole["idNumber"]!, StringComparison.Ordinal);

        var place = (string)wuyi["places"]![0]!;
        var secretaryExport = await secretary.GetStringAsync($"/api/ledger/export?scope={place}");
        Assert.Contains("********", secretaryExport, StringComparison.Ordinal);
        var staffExport = await staff.GetStringAsync($"/api/ledger/export?scope={place}&headers=en");
        Assert.StartsWith("name,idNumber", staffExport.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.DoesNotContain("********", staffExport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_is_recorded_transferred_and_received_through_the_api()
    {
        var staff = await As(ActorKind.CommunityStaff, "剑津社区党委");
        var community = await Unit("剑津社区党委");
        var wuyi = await Unit("武夷香榭小区党支部");
        var created = await staff.PostAsJsonAsync("/api/members", new
        {
            name = "新党员", idNumber = "11010519491231002X", joined = "1975-07-01", madeFull = "1976-07-01", category = "Retired", unitId = community["id"], phone = "13800138000",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var member = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Female", (string)member["gender"]!); // read from the ID number

        async Task<HttpResponseMessage> Step(string url, object? body = null)
        {
            var etag = (await staff.GetAsync($"/api/members/{member["id"]}")).Headers.ETag!;
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
            request.Headers.IfMatch.Add(etag);
            return await staff.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await Step($"/api/members/{member["id"]}/transfer", new { unitId = wuyi["id"] })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Step($"/api/members/{member["id"]}/transfer/receive")).StatusCode); // not in transit yet (MR-3)
        Assert.Equal(HttpStatusCode.OK, (await Step($"/api/members/{member["id"]}/transfer/in-transit")).StatusCode);
        var received = await Step($"/api/members/{member["id"]}/transfer/receive");
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var after = (await received.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((string)wuyi["id"]!, (string)after["unitId"]!);
        Assert.Single(after["history"]!.AsArray());

        var trail = (await _system.GetFromJsonAsync<JsonArray>($"/api/units/{wuyi["id"]}/audit"))!;
        Assert.Contains(trail, e => (string)e!["action"]! == "member.transfer-received");
        Assert.DoesNotContain(trail, e => ((string)e!["summary"]!).Contains("11010519491231002X", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ledger_file_is_imported_through_a_multipart_upload_and_a_bad_one_is_a_problem_with_the_report()
    {
        var staff = await As(ActorKind.StreetStaff, "水南街道党工委");
        var jiangnan = await Unit("江南社区党委");
        var place = (string)jiangnan["places"]![0]!;
        async Task<HttpResponseMessage> Upload(string csv)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "ledger.csv");
            return await staff.PostAsync($"/api/ledger/import?scope={place}", form);
        }

        var good = await Upload("姓名,身份证号,入党日期,转正日期,党员类别,组织关系所在党组织,居住小区\n甲,350702196001010015,1985-07-01,1986-07-01,离退休,江南社区党委,水南新村\n");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, (int)(await good.Content.ReadFromJsonAsync<JsonObject>())!["added"]!);

        var bad = await Upload("姓名,身份证号,入党日期,党员类别\n乙,123,1985-07-01,离退休\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = (await bad.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("NP-CSV-000", (string)problem["code"]!);
        var error = problem["report"]!["errors"]![0]!;
        Assert.Equal((2, "idNumber", "NP-MBR-001"), ((int)error["row"]!, (string)error["column"]!, (string)error["code"]!));
    }

    [Fact]
    public async Task The_ledger_goes_out_and_back_in_as_an_xlsx_workbook_and_a_report_as_one_sheet_per_level()
    {
        var staff = await As(ActorKind.StreetStaff, "水南街道党工委");
        var jiangnan = await Unit("江南社区党委");
        var place = (string)jiangnan["places"]![0]!;

        var export = await staff.GetAsync($"/api/ledger/export?scope={place}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(Excel.LedgerWorkbooks.ContentType, export.Content.Headers.ContentType?.MediaType);
        var workbook = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', workbook[0]);

        // The same workbook back: nothing new, nothing changed (every member matched by ID number).
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue(Excel.LedgerWorkbooks.ContentType);
        form.Add(file, "file", "党员花名册.xlsx");
        var imported = await staff.PostAsync($"/api/ledger/import?scope={place}", form);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = (await imported.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((0, 0), ((int)report["added"]!, (int)report["updated"]!));
        Assert.True((int)report["unchanged"]! > 0);

        var refused = await staff.GetAsync($"/api/ledger/export?scope={place}&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var year = await staff.GetAsync($"/api/reports/{place}/xlsx?from=2026-01-01&to=2026-12-31");
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        using var sheets = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await year.Content.ReadAsByteArrayAsync()), false);
        var names = sheets.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).Take(2);
        Assert.Equal(["社区", "小区"], names);
    }
}

public sealed class MemberApiRefusalTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;

    public MemberApiRefusalTests(SampleApiFactory factory) => _factory = factory;

    [Fact]
    public async Task A_member_held_outside_the_tree_needs_a_compound_in_scope()
    {
        var system = _factory.CreateSystemClient();
        var root = (await system.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        var community = (await system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.First(u => (string)u!["name"]! == "剑津社区党委")!;
        var staff = _factory.CreateClientFor(new Actor("t:cs", ActorKind.CommunityStaff, Guid.Parse((string)community["id"]!)));
        var body = new { name = "外单位党员", idNumber = "350702196001010015", joined = "1985-07-01", madeFull = "1986-07-01", category = "InService", externalOrganization = "某局机关党支部" };
        var refused = await staff.PostAsJsonAsync("/api/members", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("NP-MBR-008", (string)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);

        var resident = _factory.CreateClientFor(new Actor("t:r", ActorKind.Resident, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsJsonAsync("/api/members", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await system.PostAsJsonAsync("/api/members", body)).StatusCode);
    }
}

public sealed class TransferAcrossScopesTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;

    public TransferAcrossScopesTests(SampleApiFactory factory) => _factory = factory;

    [Fact]
    public async Task The_receiving_unit_receives_a_member_it_cannot_see_yet_and_nobody_else_learns_anything()
    {
        var system = _factory.CreateSystemClient();
        var root = (await system.GetFromJsonAsync<JsonArray>("/api/units"))![0]!;
        var units = (await system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!;
        string Id(string name) => (string)units.First(u => (string)u!["name"]! == name)!["id"]!;
        var member = (await system.GetFromJsonAsync<JsonArray>($"/api/members?unit={Id("武夷香榭小区党支部")}&category=Retired&take=1"))![0]!;
        var memberId = (string)member["id"]!;

        // The sender (剑津社区) starts the transfer to 怡景嘉园's branch (under 东教社区) and puts it in transit.
        var sender = _factory.CreateClientFor(new Actor("t:sender", ActorKind.CommunityStaff, Guid.Parse(Id("剑津社区党委"))), ifMatchAny: true);
        Assert.Equal(HttpStatusCode.OK, (await sender.PostAsJsonAsync($"/api/members/{memberId}/transfer", new { unitId = Id("怡景嘉园小区党支部") })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sender.PostAsync($"/api/members/{memberId}/transfer/in-transit", null)).StatusCode);

        // A bystander (大沟社区) gets "no such member", not a word about the destination.
        var bystander = _factory.CreateClientFor(new Actor("t:other", ActorKind.CommunityStaff, Guid.Parse(Id("大沟社区党委"))), ifMatchAny: true);
        var refused = await bystander.PostAsJsonAsync($"/api/members/{memberId}/transfer/receive", new { });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("NP-MBR-003", (string)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!);

        // The receiver (东教社区) cannot read the member yet, but may receive it.
        var receiver = _factory.CreateClientFor(new Actor("t:receiver", ActorKind.CommunityStaff, Guid.Parse(Id("东教社区党委"))), ifMatchAny: true);
        Assert.Equal(HttpStatusCode.NotFound, (await receiver.GetAsync($"/api/members/{memberId}")).StatusCode);
        var received = await receiver.PostAsJsonAsync($"/api/members/{memberId}/transfer/receive", new { });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await receiver.GetAsync($"/api/members/{memberId}")).StatusCode);
    }
}
