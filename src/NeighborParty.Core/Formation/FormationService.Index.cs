using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;

namespace NeighborParty.Formation;

/// <content>The ledger counted for every compound of a scope: one index both the sweep and the coverage report read.</content>
public sealed partial class FormationService
{
    /// <summary>Counts the ledger for every compound inside <paramref name="scope"/> in one pass.</summary>
    /// <param name="scope">The place.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The index.</returns>
    public Task<LedgerIndex> IndexAsync(Place scope, CancellationToken cancellationToken = default) => IndexAsync(scope, branchesOnly: false, cancellationToken);

    /// <summary>
    /// Counts the ledger for every compound inside <paramref name="scope"/>; with <paramref name="branchesOnly"/>, only what
    /// the branches' counted members (BR-4) need: members who only registered somewhere are read when the policy counts
    /// them (<see cref="FormationPolicy.CountRegisteredOnly"/>), and the counts of compounds without a branch are left at zero.
    /// </summary>
    /// <param name="scope">The place.</param>
    /// <param name="branchesOnly">Whether the caller reads only <see cref="LedgerIndex.BranchCounts"/> (the coverage report).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The index.</returns>
    internal async Task<LedgerIndex> IndexAsync(Place scope, bool branchesOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var kind = _options.Schema.BranchPlaceKind;
        var compounds = await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, kind, readOnly: true), cancellationToken);
        var scopeUnit = await ScopeUnitAsync(scope, cancellationToken);
        var branches = compounds.Count == 0 ? [] : await BranchesAsync(compounds, scopeUnit, cancellationToken);

        // The members of the branches (by relationship, through the unit over the scope — or, with no single unit over it,
        // a range per branch) and those living or registered inside it, counted where they are stored: one GROUP BY.
        // A member whose unit lies in a branch is always in the first scope, so the second only adds to a branch what
        // registered there, and to compounds without a branch.
        List<(TreeKind, HierarchyPath)> unitScopes = scopeUnit is not null ? [(TreeKind.Unit, scopeUnit.Path)] : [.. branches.Select(b => (TreeKind.Unit, b.Path))];
        var (byUnit, byPlace) = MemberScopes(unitScopes, scope.Path);
        var day = Today();
        var tallies = await _queries.ListAsync<PartyMember, MemberTally>(members => MemberTally.Of(members, byUnit, day), cancellationToken);
        if (!branchesOnly || Policy.CountRegisteredOnly)
        {
            tallies.AddRange(await _queries.ListAsync<PartyMember, MemberTally>(members => MemberTally.Of(members, byPlace, day), cancellationToken));
        }

        // Units holding relationships of members who live here but belong to no branch (e.g. the community committee).
        var branchPaths = branches.Select(b => b.Path).ToHashSet();
        var holderPaths = tallies.Where(t => t.Unit.Path is { } p && !branchPaths.Contains(p) && t.Residence.Path is not null).Select(t => t.Unit.Path!.Value).Distinct().ToList();
        var holders = new Dictionary<HierarchyPath, HierarchyPath[]>();
        if (holderPaths.Count > 0 && !branchesOnly)
        {
            var wanted = holderPaths.ToHashSet();
            var units = (await _units.ListAsync(new UnitsByPathSpec(holderPaths), cancellationToken)).FindAll(u => wanted.Contains(u.Path));
            var placeIds = units.SelectMany(u => u.Places).Distinct().ToList();
            var covered = placeIds.Count == 0 ? [] : await _places.ListAsync(new PlaceRefsByIdSpec(placeIds), cancellationToken);
            var paths = covered.ToDictionary(p => p.Id, p => p.Path);
            foreach (var unit in units.Where(u => u.IsLive))
            {
                holders[unit.Path] = [.. unit.Places.Where(paths.ContainsKey).Select(p => paths[p])];
            }
        }

        return LedgerIndex.Build(compounds, branches, holders, tallies).WithScopeUnit(scopeUnit);
    }
}
