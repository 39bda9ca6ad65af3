namespace NeighborParty.Core.Tests.Docs;

/// <summary>The repository's files, for tests that check the docs and sources against the code.</summary>
internal static class Repository
{
    /// <summary>Gets the repository's root: the folder that holds <c>NeighborParty.Core.sln</c>.</summary>
    public static string Root { get; } = Find();

    /// <summary>Reads a file of the repository.</summary>
    /// <param name="relative">Its path from the root, with '/'.</param>
    /// <returns>Its text.</returns>
    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));

    private static string Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NeighborParty.Core.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: no NeighborParty.Core.sln above " + AppContext.BaseDirectory);
    }
}
