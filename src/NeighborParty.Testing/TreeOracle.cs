using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Persistence;

namespace NeighborParty.Testing;

/// <summary>
/// Checks a store's subtree queries against the trees themselves: for every aggregate kind and every unit and place,
/// the aggregates <c>PlacedInSubtreeSpec</c> returns are exactly those whose position's node lies below (or is) that
/// node when one walks the parent links — and every stored position carries its node's current path.
/// </summary>
public static class TreeOracle
{
    /// <summary>Returns every disagreement found (empty when the store agrees with the trees).</summary>
    /// <param name="services">A scope's provider over the store under test.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One line per disagreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static async Task<IReadOnlyList<string>> FindDisagreementsAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var units = (await services.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync(cancellationToken))
            .Select(u => new Node(u.Id.Value, u.ParentId?.Value, u.Path, u.Name)).ToDictionary(n => n.Id);
        var places = (await services.GetRequiredService<IReadRepository<Place>>().ListAsync(cancellationToken))
            .Select(p => new Node(p.Id.Value, p.ParentId?.Value, p.Path, p.Name)).ToDictionary(n => n.Id);
        var trees = new Dictionary<TreeKind, Dictionary<Guid, Node>> { [TreeKind.Unit] = units, [TreeKind.Place] = places };
        var problems = new List<string>();
        foreach (var kind in StorageContract.All)
        {
            var all = await kind.ListAsync(services, cancellationToken);
            foreach (var aggregate in all)
            {
                foreach (var position in kind.PositionsOf(aggregate))
                {
                    if (!trees[position.Tree].TryGetValue(position.NodeId, out var node))
                    {
                        problems.Add($"{kind.Name} {aggregate.Key}: its position names {position.Tree} node {position.NodeId}, which is not stored.");
                    }
                    else if (node.Path != position.Path)
                    {
                        problems.Add($"{kind.Name} {aggregate.Key}: its position says {position.Path} for {node.Name}, which is at {node.Path} (a move was not followed).");
                    }
                }
            }

            foreach (var (tree, nodes) in trees)
            {
                foreach (var node in nodes.Values)
                {
                    var expected = all.Where(a => kind.PositionsOf(a).Any(p => p.Tree == tree && IsAtOrBelow(nodes, p.NodeId, node.Id))).Select(a => a.Key).ToHashSet();
                    var found = (await kind.WithinAsync(services, tree, node.Path, cancellationToken)).Select(a => a.Key).ToHashSet();
                    if (!expected.SetEquals(found))
                    {
                        problems.Add($"{kind.Name} within {tree} {node.Name} ({node.Path}): expected {expected.Count}, the store returned {found.Count}"
                            + $" (missing {expected.Except(found).Count()}, extra {found.Except(expected).Count()}).");
                    }
                }
            }
        }

        return problems;
    }

    private static bool IsAtOrBelow(Dictionary<Guid, Node> nodes, Guid nodeId, Guid ancestor)
    {
        for (Guid? current = nodeId; current is { } id && nodes.TryGetValue(id, out var node); current = node.ParentId)
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Node(Guid Id, Guid? ParentId, HierarchyPath Path, string Name);
}
