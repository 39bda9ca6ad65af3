using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Who may see and act on co-building records: staff by where the record lies, a partner for itself.</summary>
internal static class CoBuildingAccess
{
    /// <summary>Whether the actor is <paramref name="partner"/> (a co-building party acting for itself).</summary>
    public static Task<bool> IsPartyAsync(AccessGuard guard, PartnerId partner, CancellationToken cancellationToken) =>
        guard.AllowsAsync(AccessAction.ActAsParty, AccessTarget.Party(partner.Value), cancellationToken);

    /// <summary>403 for kinds that may neither read co-building nor act as a party (nothing looked up first).</summary>
    public static Task EnsureReaderAsync(AccessGuard guard, CancellationToken cancellationToken) =>
        EnsureAnyKindAsync(guard, [AccessAction.ReadCoBuilding, AccessAction.ActAsParty], cancellationToken);

    /// <summary>403 (<c>NP-SEC-001</c>) unless the actor's kind holds one of <paramref name="actions"/>; nothing is looked up first.</summary>
    public static async Task<ActorScope> EnsureAnyKindAsync(AccessGuard guard, AccessAction[] actions, CancellationToken cancellationToken)
    {
        var scope = await guard.GetScopeAsync(cancellationToken);
        if (scope.Actor.Kind != ActorKind.System && actions.All(a => guard.Policy.GetReach(scope.Actor.Kind, a) is null))
        {
            throw new RuleViolationException(AccessPolicy.Forbidden(scope.Actor.Kind, actions[0]));
        }

        return scope;
    }

    public static async Task<RuleViolationException> ForbiddenAsync(AccessGuard guard, AccessAction action, CancellationToken cancellationToken) =>
        new(AccessPolicy.Forbidden((await guard.GetScopeAsync(cancellationToken)).Actor.Kind, action));

    /// <summary>The answer for an unknown record — also the answer for one outside the actor's scope.</summary>
    public static RuleViolationException NotFound(string what, Guid id) =>
        new(new RuleViolation(CoBuildingRules.NotFound, $"No {what} {id}.", $"没有编号为 {id} 的记录。", kind: RuleViolationKind.NotFound, target: "id"));

    /// <summary>Loads a partner the actor may read (staff of its place, or the partner itself).</summary>
    public static async Task<Partner> ReadPartnerAsync(AccessGuard guard, IReadRepository<Partner> partners, PartnerId id, CancellationToken cancellationToken)
    {
        await EnsureReaderAsync(guard, cancellationToken);
        var partner = await partners.GetByIdAsync(id, cancellationToken);
        return partner is not null && (await IsPartyAsync(guard, id, cancellationToken)
            || await guard.AllowsAsync(AccessAction.ReadCoBuilding, AccessTarget.Place(partner.HomePath), cancellationToken))
            ? partner : throw NotFound("partner", id.Value);
    }

    /// <summary>Loads a partner the actor acts for: the partner itself, or staff of its place with <paramref name="staffAction"/>.</summary>
    public static async Task<Partner> EnsurePartnerOrStaffAsync(AccessGuard guard, IReadRepository<Partner> partners, PartnerId id, AccessAction staffAction,
        CancellationToken cancellationToken)
    {
        var partner = await ReadPartnerAsync(guard, partners, id, cancellationToken);
        return await IsPartyAsync(guard, id, cancellationToken) || await guard.AllowsAsync(staffAction, AccessTarget.Place(partner.HomePath), cancellationToken)
            ? partner : throw await ForbiddenAsync(guard, staffAction, cancellationToken);
    }

    /// <summary>Whether contacts may be shown: to the partner itself, or to staff who may see personal data at its place.</summary>
    public static async Task<bool> RevealsAsync(AccessGuard guard, Partner partner, CancellationToken cancellationToken) =>
        await IsPartyAsync(guard, partner.Id, cancellationToken) || await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(partner.HomePath), cancellationToken);
}
