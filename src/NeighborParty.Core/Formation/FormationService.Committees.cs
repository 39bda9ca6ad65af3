using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Stewards;

namespace NeighborParty.Formation;

/// <content>Which branches have their committee in office (BR-4), so advice already acted on reads as met.</content>
public sealed partial class FormationService
{
    /// <summary>
    /// The unit scopes that hold a place's branches and members: the unit over the place where the schema has one
    /// exclusive to it, else each branch's own subtree.
    /// </summary>
    private async Task<List<(TreeKind, HierarchyPath)>> UnitScopesAsync(Place scope, IReadOnlyList<OrganizationUnit> branches, CancellationToken cancellationToken)
    {
        var scopeLevels = Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        var scopeUnit = scopeLevels.Count == 0 ? null
            : (await _units.ListAsync(new LiveUnitsCoveringSpec(scopeLevels, [scope.Id], readOnly: true), cancellationToken)).FirstOrDefault();
        return scopeUnit is not null ? [(TreeKind.Unit, scopeUnit.Path)] : [.. branches.Select(b => (TreeKind.Unit, b.Path))];
    }

    /// <summary>
    /// The committee in office today at each branch inside the scopes: distinct holders of committee seats
    /// (<see cref="StewardRole.IsCommitteeSeat"/>) and how many hold a seat that exists only with a committee. One
    /// projection where the appointments are stored; no aggregate is loaded.
    /// </summary>
    private async Task<Dictionary<OrganizationUnitId, CommitteeCount>> CommitteesAsync(List<(TreeKind, HierarchyPath)> unitScopes, CancellationToken cancellationToken)
    {
        var roles = _options.Stewards.Roles.Values.Where(r => r.IsCommitteeSeat && r.Site == RoleSite.Branch).ToDictionary(r => r.Key, StringComparer.Ordinal);
        if (roles.Count == 0 || unitScopes.Count == 0)
        {
            return [];
        }

        var keys = roles.Keys.ToList();
        var day = Today();
        var inScope = TreeQueries.WithinAnyExpression<Appointment>(unitScopes, Appointment.Positions);
        var seats = await _queries.ListAsync<Appointment, CommitteeSeat>(
            appointments => appointments.Where(inScope)
                .Where(a => keys.Contains(a.RoleKey) && a.Start <= day && (a.EndedOn == null ? a.End >= day : a.EndedOn >= day))
                .Select(a => new CommitteeSeat(a.Location.NodeId, a.MemberId, a.ResidentId, a.RoleKey)),
            cancellationToken);
        var result = new Dictionary<OrganizationUnitId, CommitteeCount>();
        foreach (var unit in seats.GroupBy(s => s.Unit))
        {
            var holders = unit.Select(s => (s.Member?.Value, s.Resident?.Value)).Distinct().Count();
            var only = unit.Count(s => roles[s.Role].CommitteeOnly);
            result[new OrganizationUnitId(unit.Key)] = new CommitteeCount(holders, only);
        }

        return result;
    }

    /// <summary>BR-4 met: a committee required and in office, with at least one committee-only seat and a size within the policy's bounds.</summary>
    private FormationVerdict WithCommittee(FormationVerdict verdict, OrganizationUnitId branch, Dictionary<OrganizationUnitId, CommitteeCount> committees) =>
        verdict.HasFlag(FormationVerdict.CommitteeRequired) && committees.TryGetValue(branch, out var c)
            && c.CommitteeOnly > 0 && c.Size >= Policy.CommitteeMinSize && c.Size <= Policy.CommitteeHardMaxSize
            ? (verdict & ~FormationVerdict.CommitteeRequired) | FormationVerdict.CommitteeInPlace
            : verdict;

    private sealed record CommitteeSeat(Guid Unit, Membership.PartyMemberId? Member, Membership.ResidentId? Resident, string Role);

    /// <summary>A branch's committee today: distinct holders, and holders of committee-only seats.</summary>
    internal readonly record struct CommitteeCount(int Size, int CommitteeOnly);
}
