using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Organization;

/// <summary>
/// Answers <see cref="IScopeChecker"/> over the organisation tree: two lookups by id and a constant-time path comparison.
/// </summary>
internal sealed class OrganizationScopeChecker : IScopeChecker
{
    private readonly IReadRepository<OrganizationUnit> _units;

    /// <summary>Initializes a new instance of the <see cref="OrganizationScopeChecker"/> class.</summary>
    /// <param name="units">The unit repository.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public OrganizationScopeChecker(IReadRepository<OrganizationUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = units;
    }

    /// <inheritdoc />
    public async ValueTask<bool> IsWithinAsync(Guid nodeId, Guid scopeNodeId, CancellationToken cancellationToken = default)
    {
        var node = await _units.GetByIdAsync(new OrganizationUnitId(nodeId), cancellationToken);
        if (node is null)
        {
            return false;
        }

        var scope = nodeId == scopeNodeId ? node : await _units.GetByIdAsync(new OrganizationUnitId(scopeNodeId), cancellationToken);
        return scope is not null && node.IsWithin(scope);
    }
}
