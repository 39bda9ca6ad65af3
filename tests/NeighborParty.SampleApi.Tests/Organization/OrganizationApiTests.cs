using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NeighborParty.SampleApi.Tests.Organization;

public sealed class OrganizationApiTests : IClassFixture<SampleApiFactory>
{
    private readonly HttpClient _client;
    private readonly HttpClient _anonymous;

    public OrganizationApiTests(SampleApiFactory factory)
    {
        _client = factory.CreateSystemClient();
        _anonymous = factory.CreateClient();
    }

    private async Task<JsonArray> GetArray(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    private async Task<JsonObject> Root() => (JsonObject)(await GetArray("/api/units"))[0]!;

    private async Task<JsonObject> FirstAtLevel(string level) =>
        (JsonObject)(await GetArray($"/api/units/{(await Root())["id"]}/subtree")).First(u => (string)u!["level"]! == level)!;

    private static async Task<JsonObject> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)status, (int)problem["status"]!);
        if (code is not null)
        {
            Assert.Equal(code, (string)problem["code"]!);
        }

        return problem;
    }

    [Fact]
    public async Task Seeded_Yanping_tree_is_served_with_the_story_places()
    {
        var root = await Root();
        Assert.Equal("中共南平市延平区委员会", (string)root["name"]!);
        var subtree = await GetArray($"/api/units/{root["id"]}/subtree");
        var names = subtree.Select(u => (string)u!["name"]!).ToList();
        foreach (var compound in new[] { "武夷香榭", "怡景嘉园", "百福小区", "豫轩里", "世纪星城A区" })
        {
            Assert.Contains(names, n => n.StartsWith(compound, StringComparison.Ordinal));
        }

        Assert.Equal(subtree.Select(u => (string)u!["path"]!).Order(StringComparer.Ordinal), subtree.Select(u => (string)u!["path"]!));
        var district = (JsonObject)(await GetArray("/api/places"))[0]!;
        Assert.Equal("延平区", (string)district["name"]!);
        // Other tests in this class add compounds; the six of the story are there and each has a branch.
        var storyCompounds = new[] { "武夷香榭", "怡景嘉园", "百福小区", "豫轩里", "世纪星城A区", "第二网格小区" };
        var compounds = (await GetArray($"/api/places/{district["id"]}/subtree?kind=Compound")).Select(c => (string)c!["name"]!).ToList();
        Assert.All(storyCompounds, c => Assert.Contains(c, compounds));
        var withoutBranch = (await GetArray($"/api/places/{district["id"]}/compounds-without-branch")).Select(c => (string)c!["name"]!);
        Assert.Empty(withoutBranch.Intersect(storyCompounds));
    }

    [Fact]
    public async Task Schema_openapi_scalar_and_health_are_served()
    {
        var schema = (await _client.GetFromJsonAsync<JsonObject>("/api/schema"))!;
        Assert.Equal("yanping", (string)schema["name"]!);
        Assert.Equal(5, (int)schema["jointBranchMaxUnits"]!);
        var openApi = await _anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/units/{unitId}/subtree", openApi, StringComparison.Ordinal);
        Assert.Contains("\"bearer\"", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync("/scalar")).StatusCode);
        var health = (await _anonymous.GetFromJsonAsync<JsonObject>("/health"))!;
        Assert.Equal("Healthy", (string)health["status"]!);
        Assert.Equal("Healthy", (string)health["checks"]!["database"]!["status"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync("/api/schema")).StatusCode);
    }

    [Fact]
    public async Task A_community_gets_a_new_compound_branch_which_can_be_renamed_moved_and_dissolved()
    {
        var community = await FirstAtLevel("community");
        var communityPlace = (string)community["places"]![0]!;
        var compound = await (await _client.PostAsJsonAsync($"/api/places/{communityPlace}/children", new { kind = "Compound", name = "测试小区", compoundKind = "SelfManaged", households = 90 })).Content.ReadFromJsonAsync<JsonObject>();
        var created = await _client.PostAsJsonAsync($"/api/units/{community["id"]}/children", new { level = "compound", kind = "Branch", name = "测试小区党支部", places = new[] { compound!["id"] }, established = "2024-03-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var branch = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("2024-03-01", (string)branch["established"]!);
        Assert.Equal(created.Headers.Location!.ToString(), $"/api/units/{branch["id"]}");

        var group = (await (await _client.PostAsJsonAsync($"/api/units/{branch["id"]}/children", new { level = "functional-group", kind = "FunctionalGroup", name = "议事党小组" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var renamed = await _client.PutAsJsonAsync($"/api/units/{branch["id"]}/name", new { name = "测试小区党支部（新）" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var seededBranch = (await GetArray($"/api/units/{community["id"]}/children")).First(u => (string)u!["id"]! != (string)branch["id"]!)!;
        var moved = await _client.PostAsJsonAsync($"/api/units/{group["id"]}/move", new { parentId = seededBranch["id"] });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((string)seededBranch["id"]!, (string)(await moved.Content.ReadFromJsonAsync<JsonObject>())!["parentId"]!);

        var dissolved = await _client.PostAsJsonAsync($"/api/units/{branch["id"]}/dissolve", new { date = "2026-01-31" });
        Assert.Equal(HttpStatusCode.OK, dissolved.StatusCode);
        Assert.False((bool)(await dissolved.Content.ReadFromJsonAsync<JsonObject>())!["isLive"]!);
        Assert.DoesNotContain(await GetArray($"/api/units/{community["id"]}/children"), u => (string)u!["id"]! == (string)branch["id"]!);
        Assert.Contains(await GetArray($"/api/units/{community["id"]}/children?includeDissolved=true"), u => (string)u!["id"]! == (string)branch["id"]!);
    }

    [Fact]
    public async Task Wrong_parent_level_is_a_422_with_the_rule_code()
    {
        var root = await Root();
        var problem = await AssertProblem(
            await _client.PostAsJsonAsync($"/api/units/{root["id"]}/children", new { level = "compound", kind = "Branch", name = "x" }),
            HttpStatusCode.UnprocessableEntity, "NP-ORG-003");
        Assert.False(string.IsNullOrEmpty((string?)problem["messageZh"]));
    }

    [Fact]
    public async Task A_move_that_makes_a_cycle_is_refused()
    {
        var root = await Root();
        var street = await FirstAtLevel("street");
        await AssertProblem(await _client.PostAsJsonAsync($"/api/units/{root["id"]}/move", new { parentId = street["id"] }), HttpStatusCode.UnprocessableEntity, "NP-ORG-005");
    }

    [Fact]
    public async Task A_six_compound_joint_branch_is_refused_with_BR_3_and_its_regulation()
    {
        var community = await FirstAtLevel("community");
        var communityPlace = (string)community["places"]![0]!;
        var compounds = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var c = await (await _client.PostAsJsonAsync($"/api/places/{communityPlace}/children", new { kind = "Compound", name = $"联建小区{i}" })).Content.ReadFromJsonAsync<JsonObject>();
            compounds.Add((string)c!["id"]!);
        }

        var problem = await AssertProblem(
            await _client.PostAsJsonAsync($"/api/units/{community["id"]}/children", new { level = "compound", kind = "JointBranch", name = "联合党支部", places = compounds }),
            HttpStatusCode.UnprocessableEntity, "BR-3");
        Assert.Contains("支部条例", (string)problem["regulation"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        await AssertProblem(await _client.GetAsync($"/api/units/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "NP-ORG-001");
        await AssertProblem(await _client.GetAsync($"/api/places/{Guid.NewGuid()}/children"), HttpStatusCode.NotFound, "NP-ORG-001");
        await AssertProblem(await _client.PostAsJsonAsync($"/api/units/{Guid.NewGuid()}/move", new { parentId = Guid.NewGuid() }), HttpStatusCode.NotFound, "NP-ORG-001");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/units/not-a-guid")).StatusCode);
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\"," },
        { "POST", "/api/units/{root}/children", "[]" },
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\",\"kind\":\"NoSuchKind\",\"name\":\"x\"}" },
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\",\"kind\":\"WorkingCommittee\",\"name\":\"x\",\"established\":\"2024-02-30\"}" },
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\",\"kind\":\"WorkingCommittee\",\"name\":\"x\",\"established\":\"yesterday\"}" },
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\",\"kind\":\"WorkingCommittee\",\"name\":null}" },
        { "POST", "/api/units/{root}/children", "{\"level\":\"street\",\"kind\":\"WorkingCommittee\",\"name\":\"x\",\"places\":[\"not-a-guid\"]}" },
        { "POST", "/api/units/{root}/children", "{\"level\":42,\"kind\":\"WorkingCommittee\",\"name\":\"x\"}" },
        { "POST", "/api/units/{root}/children", "{\"kind\":\"WorkingCommittee\",\"name\":\"x\"}" },
        { "POST", "/api/units/{root}/move", "{\"parentId\":12}" },
        { "POST", "/api/units/{root}/dissolve", "{\"date\":\"31/12/2025\"}" },
        { "PUT", "/api/units/{root}/name", "{\"name\":{\"zh\":\"x\"}}" },
        { "POST", "/api/places", "{\"kind\":\"Planet\",\"name\":\"x\"}" },
        { "POST", "/api/places", "{\"kind\":\"District\",\"name\":\"x\",\"households\":\"many\"}" },
        { "POST", "/api/places", "not json at all" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_input_is_a_400_problem_never_a_500(string method, string url, string body)
    {
        var root = await Root();
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{root}", (string)root["id"]!, StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        await AssertProblem(await _client.SendAsync(request), HttpStatusCode.BadRequest, "NP-HTTP-400");
        Assert.Equal("中共南平市延平区委员会", (string)(await Root())["name"]!);
    }

    [Theory]
    [InlineData("/api/units/{root}/children?includeDissolved=maybe")]
    [InlineData("/api/places/{district}/subtree?kind=Planet")]
    public async Task Bad_query_values_are_400_problems(string url)
    {
        var root = await Root();
        var district = (await GetArray("/api/places"))[0]!;
        var response = await _client.GetAsync(url.Replace("{root}", (string)root["id"]!, StringComparison.Ordinal).Replace("{district}", (string)district["id"]!, StringComparison.Ordinal));
        await AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(100_000)]
    public async Task Empty_and_over_long_names_are_refused_and_nothing_changes(int length)
    {
        var root = await Root();
        var response = await _client.PutAsJsonAsync($"/api/units/{root["id"]}/name", new { name = new string('名', length) });
        if (length > 20_000)
        {
            // Beyond the 64 KB body limit the body is not even read.
            await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "NP-HTTP-413");
        }
        else
        {
            var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "NP-HTTP-400");
            Assert.NotNull(problem["errors"]?["name"]);
            Assert.Equal("NP-GEN-001", (string)problem["violations"]![0]!["code"]!);
        }

        Assert.Equal("中共南平市延平区委员会", (string)(await Root())["name"]!);
    }

    [Fact]
    public async Task Impossible_dates_in_valid_json_are_refused()
    {
        var root = await Root();
        var street = await FirstAtLevel("street");
        await AssertProblem(await _client.PostAsJsonAsync($"/api/units/{root["id"]}/children", new { level = "street", kind = "WorkingCommittee", name = "x", places = street["places"], established = "2099-01-01" }),
            HttpStatusCode.UnprocessableEntity, "NP-ORG-012");
        await AssertProblem(await _client.PostAsJsonAsync($"/api/units/{street["id"]}/dissolve", new { date = "1900-01-01" }),
            HttpStatusCode.BadRequest, "NP-HTTP-400");
        await AssertProblem(await _client.PostAsJsonAsync($"/api/units/{street["id"]}/dissolve", new { date = "1990-01-01" }),
            HttpStatusCode.Conflict, "NP-ORG-007");
    }

    [Fact]
    public async Task Wrong_content_type_is_a_4xx_problem()
    {
        var root = await Root();
        var response = await _client.PostAsync($"/api/units/{root["id"]}/children", new StringContent("level=street", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
