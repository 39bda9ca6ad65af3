using System.Text.RegularExpressions;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>
/// Who may do what is decided in the library's use cases, never in the sample's endpoints (issue 15): an endpoint
/// binds, asks <c>IActorAccessor.Require()</c> for the actor, calls a use case and maps the answer.
/// </summary>
public sealed partial class EndpointsHoldNoAuthorizationTests
{
    [Fact]
    public void No_endpoint_file_calls_the_access_guard_or_decides_by_actor_kind()
    {
        var root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "*Endpoints.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count >= 8, $"expected the sample's endpoint files, found {files.Count}");
        var offences = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Decision().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, "Authorization decided in an endpoint:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void The_check_recognises_a_guard_call()
    {
        Assert.Matches(Decision(), "await guard.EnsureUnitAsync(AccessAction.ManageLedger, unit, ct);");
        Assert.Matches(Decision(), "if (actor.Kind == ActorKind.Resident)");
        Assert.Matches(Decision(), "var guard = services.GetRequiredService<AccessGuard>();");
        Assert.DoesNotMatch(Decision(), "var shown = await cases.GetAsync(actors.Require(), new RequestId(id), ct);");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NeighborParty.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NeighborParty.Core.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"AccessGuard|AccessPolicy|\bguard\.|Ensure(Unit|Place|Compound|Member)Async|AllowsAsync|\.Decide\(|\b[Aa]ctor\w*\.(Kind|Scope)\b|Require\(\)\.(Kind|Scope)\b")]
    private static partial Regex Decision();
}
