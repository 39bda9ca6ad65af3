using System.Linq.Expressions;
using NeighborParty.Membership;
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
    private static List<(TreeKind, HierarchyPath)> UnitScopes(LedgerIndex index) =>
        index.ScopeUnit is { } scopeUnit ? [(TreeKind.Unit, scopeUnit.Path)] : [.. index.Branches.Select(b => (TreeKind.Unit, b.Path))];

    /// <summary>The live branches of a compound under any schema, read-only (a compound's team, its delivered orders).</summary>
    internal Task<List<OrganizationUnit>> BranchesOfCompoundAsync(PlaceId compound, CancellationToken cancellationToken) =>
        BranchLookup.OfCompoundAsync(_queries, _places, Schema, compound, cancellationToken);

    /// <summary>The live unit that covers the place alone at its level (a community committee, a street working committee…), or null.</summary>
    private async Task<OrganizationUnit?> ScopeUnitAsync(Place scope, CancellationToken cancellationToken)
    {
        var scopeLevels = Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        return scopeLevels.Count == 0 ? null : (await UnitRows.LiveCoveringAsync(_queries, scopeLevels, [scope.Id], cancellationToken)).FirstOrDefault();
    }

    /// <summary>
    /// The live branches covering any of <paramref name="compounds"/>, in path order. With a unit over the scope, the
    /// branch levels of its subtree are one range read; only the places no branch there covers are then looked up by id
    /// (a branch elsewhere in the tree). Without one, every place is looked up by id.
    /// </summary>
    private async Task<List<OrganizationUnit>> BranchesAsync(List<Place> compounds, OrganizationUnit? scopeUnit, CancellationToken cancellationToken)
    {
        var levels = Schema.BranchLevels;
        if (scopeUnit is null)
        {
            return await UnitRows.LiveCoveringAsync(_queries, levels, [.. compounds.Select(c => c.Id)], cancellationToken);
        }

        var wanted = compounds.Select(c => c.Id).ToHashSet();
        var branches = (await UnitRows.LiveAtLevelsAsync(_queries, scopeUnit.Path, levels, cancellationToken)).FindAll(u => u.Coverage.Any(c => wanted.Contains(c.PlaceId)));
        wanted.ExceptWith(branches.SelectMany(b => b.Places));
        if (wanted.Count > 0)
        {
            var found = branches.Select(b => b.Id).ToHashSet();
            branches.AddRange((await UnitRows.LiveCoveringAsync(_queries, levels, wanted, cancellationToken)).Where(u => found.Add(u.Id)));
            branches.Sort((a, b) => (a.Position.PathHigh, a.Position.PathLow).CompareTo((b.Position.PathHigh, b.Position.PathLow)));
        }

        return branches;
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

    /// <summary>
    /// The members a sweep counts, as two disjoint predicates that each read one index range: those whose relationship
    /// lies in the unit scopes, and the others who live or registered inside the place. A relationship is always in the
    /// unit tree and a residence in the place tree, so this is "any position in any scope" without an OR of six ranges
    /// (which planners answer with a bitmap of every range, or a full scan).
    /// </summary>
    private static (Expression<Func<PartyMember, bool>> ByUnit, Expression<Func<PartyMember, bool>> ByPlace) MemberScopes(
        List<(TreeKind, HierarchyPath)> unitScopes, HierarchyPath place)
    {
        var byUnit = TreeQueries.WithinAnyExpression<PartyMember>(unitScopes, [m => m.Unit]);
        var inPlace = TreeQueries.WithinAnyExpression<PartyMember>([(TreeKind.Place, place)], [m => m.Residence, m => m.Registration]);
        var member = inPlace.Parameters[0];
        var notByUnit = Expression.Not(new Rebind(byUnit.Parameters[0], member).Visit(byUnit.Body));
        return (byUnit, Expression.Lambda<Func<PartyMember, bool>>(Expression.AndAlso(notByUnit, inPlace.Body), member));
    }

    /// <summary>BR-4 met: a committee required and in office, with at least one committee-only seat and a size within the policy's bounds.</summary>
    private FormationVerdict WithCommittee(FormationVerdict verdict, OrganizationUnitId branch, Dictionary<OrganizationUnitId, CommitteeCount> committees) =>
        verdict.HasFlag(FormationVerdict.CommitteeRequired) && committees.TryGetValue(branch, out var c)
            && c.CommitteeOnly > 0 && c.Size >= Policy.CommitteeMinSize && c.Size <= Policy.CommitteeHardMaxSize
            ? (verdict & ~FormationVerdict.CommitteeRequired) | FormationVerdict.CommitteeInPlace
            : verdict;

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed record CommitteeSeat(Guid Unit, Membership.PartyMemberId? Member, Membership.ResidentId? Resident, string Role);

    /// <summary>A branch's committee today: distinct holders, and holders of committee-only seats.</summary>
    internal readonly record struct CommitteeCount(int Size, int CommitteeOnly);
}
