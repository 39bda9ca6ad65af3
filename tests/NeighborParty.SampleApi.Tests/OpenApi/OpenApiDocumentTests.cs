using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NeighborParty.SampleApi.Tests.OpenApi;

/// <summary>
/// The OpenAPI document is fit for client generation (issue 16); CI also runs Spectral's default ruleset over it
/// (eng/openapi-lint.sh). These facts hold what Spectral does not check.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;

    public OpenApiDocumentTests(SampleApiFactory factory) => _factory = factory;

    [Fact]
    public async Task Id_parameters_are_named_for_what_they_take_and_match_their_path()
    {
        // Newcomers passed a unit id where a place id was needed: every path id says which it is (issue 16).
        var document = (await _factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        Assert.Contains(paths, p => p.Key == "/api/places/{placeId}/children");
        Assert.Contains(paths, p => p.Key == "/api/units/{unitId}/subtree");
        foreach (var (path, item) in paths.Where(p => p.Key.StartsWith("/api", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("{id}", path, StringComparison.Ordinal);
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var parameter in (operation!["parameters"]?.AsArray() ?? []).Where(p => (string)p!["in"]! == "path"))
                {
                    Assert.Contains("{" + (string)parameter!["name"]! + "}", path, StringComparison.Ordinal);
                }
            }
        }

        var unitId = paths["/api/units/{unitId}/subtree"]!["get"]!["parameters"]!.AsArray().Single(p => (string)p!["name"]! == "unitId")!;
        Assert.Contains("not a place", (string)unitId["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_is_named_described_and_typed_for_a_client_generator()
    {
        var document = (await _factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var ids = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            Assert.DoesNotContain("**", path, StringComparison.Ordinal); // no catch-all routes
            foreach (var (method, operation) in item!.AsObject())
            {
                var where = $"{method} {path}";
                Assert.True(ids.Add((string)operation!["operationId"]!), $"{where}: operationId missing or repeated");
                Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), $"{where}: no description");
                Assert.Contains(operation["responses"]!.AsObject(), r => r.Key.StartsWith('2'));
                foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["description"]), $"{where}: parameter {parameter["name"]} undescribed");
                }

                var changes = method is "put" or "post" or "delete" && path.Contains('{', StringComparison.Ordinal) && path.StartsWith("/api", StringComparison.Ordinal);
                if (changes)
                {
                    Assert.Contains(operation["parameters"]!.AsArray(), p => (string)p!["name"]! == "If-Match" && (string)p["in"]! == "header");
                }

                if (path.StartsWith("/open311", StringComparison.Ordinal) || path.StartsWith("/dev", StringComparison.Ordinal))
                {
                    Assert.Empty(operation["security"]!.AsArray()); // anonymous: no bearer requirement
                }
            }
        }

        Assert.DoesNotContain("\"string\",\"integer\"", document.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[\"integer\",\"string\"]", document.ToJsonString(), StringComparison.Ordinal);
    }
}
