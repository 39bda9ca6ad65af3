using System.Text.RegularExpressions;
using NeighborParty.Persistence;

namespace NeighborParty.Core.Tests.Docs;

/// <summary>What an adopter reads first agrees with what the packages hold (issue 28: 21 kinds in the docs, 22 in the library; a package missing from the table).</summary>
public sealed partial class DocsAgreeWithCodeTests
{
    [Fact]
    public void The_readme_package_table_lists_every_package_under_src()
    {
        var packages = Packages();
        var readme = Repository.Read("README.md");
        var table = readme[readme.IndexOf("| package | what it holds |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var listed = PackageRow().Matches(table).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(packages, listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_changelog_names_every_package()
    {
        var intro = Repository.Read("CHANGELOG.md").Split("\n## ", 2)[0];

        Assert.All(Packages(), package => Assert.Contains($"`{package}`", intro, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("docs/storage.md")]
    [InlineData("docs/adoption.md")]
    public void The_docs_count_the_aggregate_kinds_the_library_has(string doc)
    {
        var counts = KindCount().Matches(Repository.Read(doc)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(counts);
        Assert.All(counts, n => Assert.Equal(LibraryAggregates.Types.Count, n));
    }

    /// <summary>The packable projects under src/ (a project with <c>IsPackable</c> false is not a package).</summary>
    private static List<string> Packages() =>
        Directory.GetDirectories(Path.Combine(Repository.Root, "src"))
            .Select(d => (Name: Path.GetFileName(d), Project: Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Where(p => File.Exists(p.Project) && !File.ReadAllText(p.Project).Contains("<IsPackable>false</IsPackable>", StringComparison.Ordinal))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\| `(NeighborParty\.[A-Za-z.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex PackageRow();

    [GeneratedRegex(@"\b(\d+) (?:aggregate )?kinds\b")]
    private static partial Regex KindCount();
}
