using NeighborParty.Common;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Organization;

/// <content>Reading the tree: a unit, the roots, children, subtrees, and compounds without a branch.</content>
public sealed partial class OrganizationTree
{
    /// <summary>Returns a unit, live or dissolved.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="RuleViolationException">No such unit (<c>NP-ORG-001</c>, not found).</exception>
    public async Task<OrganizationUnit> GetAsync(OrganizationUnitId id, CancellationToken cancellationToken = default) =>
        await _units.GetByIdAsync(id, cancellationToken) ?? throw OrganizationRules.UnitNotFound(id);

    /// <summary>Returns the root units.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The roots in tree order.</returns>
    public Task<List<OrganizationUnit>> GetRootsAsync(CancellationToken cancellationToken = default) => _units.ListAsync(Roots, cancellationToken);

    /// <summary>Returns the direct children of a unit, in tree order.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="includeDissolved">Whether dissolved children are included.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The children.</returns>
    /// <exception cref="RuleViolationException">No such unit.</exception>
    public Task<List<OrganizationUnit>> GetChildrenAsync(OrganizationUnitId id, bool includeDissolved = false, CancellationToken cancellationToken = default) =>
        ChildrenAsync(id, includeDissolved, readOnly: false, cancellationToken);

    /// <summary>The children of a unit; read-only copies (not tracked) for the use cases that only show them.</summary>
    /// <remarks>No existence check: the use case's guard has already found the unit in the actor's scope.</remarks>
    internal Task<List<OrganizationUnit>> ReadChildrenAsync(OrganizationUnitId id, bool includeDissolved, CancellationToken cancellationToken) =>
        _units.ListAsync(new ChildUnitsSpec(id, includeDissolved, readOnly: true), cancellationToken);

    private async Task<List<OrganizationUnit>> ChildrenAsync(OrganizationUnitId id, bool includeDissolved, bool readOnly, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return await _units.ListAsync(new ChildUnitsSpec(id, includeDissolved, readOnly), cancellationToken);
    }

    /// <summary>Returns a unit and everything below it in tree order (pre-order), by one indexed range query.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="includeDissolved">Whether dissolved units are included.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The subtree, the unit first.</returns>
    /// <exception cref="RuleViolationException">No such unit.</exception>
    public Task<List<OrganizationUnit>> GetSubtreeAsync(OrganizationUnitId id, bool includeDissolved = false, CancellationToken cancellationToken = default) =>
        SubtreeAsync(id, includeDissolved, readOnly: false, cancellationToken);

    /// <summary>A unit (at <paramref name="path"/>) and everything below it; read-only copies (not tracked) for the use cases that only show them.</summary>
    /// <remarks>No existence check: the use case's guard has already found the unit in the actor's scope and read its path.</remarks>
    internal Task<List<OrganizationUnit>> ReadSubtreeAsync(HierarchyPath path, bool includeDissolved, CancellationToken cancellationToken) =>
        _units.ListAsync(new UnitSubtreeSpec(path, includeDissolved, readOnly: true), cancellationToken);

    private async Task<List<OrganizationUnit>> SubtreeAsync(OrganizationUnitId id, bool includeDissolved, bool readOnly, CancellationToken cancellationToken)
    {
        var unit = await GetAsync(id, cancellationToken);
        return await _units.ListAsync(new UnitSubtreeSpec(unit.Path, includeDissolved, readOnly), cancellationToken);
    }

    /// <summary>Tells whether <paramref name="id"/> is <paramref name="scopeId"/> or lies in its subtree.</summary>
    /// <param name="id">The unit acted upon.</param>
    /// <param name="scopeId">The unit of the actor's scope.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if inside; <see langword="false"/> if not, or if either unit is unknown.</returns>
    public async Task<bool> IsWithinAsync(OrganizationUnitId id, OrganizationUnitId scopeId, CancellationToken cancellationToken = default) =>
        await new OrganizationScopeChecker(_units).IsWithinAsync(id.Value, scopeId.Value, cancellationToken);

    /// <summary>
    /// Returns the compounds inside <paramref name="scope"/> that no live unit at a compound-covering level covers
    /// (in the Yanping schema: compounds without a branch, joint branch or general branch).
    /// </summary>
    /// <param name="scope">A place (district, street or community).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The uncovered compounds in tree order.</returns>
    /// <exception cref="RuleViolationException">No such place.</exception>
    public async Task<List<Place>> FindCompoundsWithoutBranchAsync(PlaceId scope, CancellationToken cancellationToken = default)
    {
        var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
        var compounds = await _places.ListAsync(new PlaceSubtreeSpec(place.Path, Schema.BranchPlaceKind), cancellationToken);
        if (compounds.Count == 0)
        {
            return compounds;
        }

        var levels = Schema.BranchLevels;
        var covering = await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [.. compounds.Select(c => c.Id)]), cancellationToken);
        var covered = covering.SelectMany(u => u.Places).ToHashSet();
        return compounds.FindAll(c => !covered.Contains(c.Id));
    }
}
