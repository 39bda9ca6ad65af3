using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;

namespace NeighborParty.Security;

/// <summary>
/// Enforces <see cref="AccessPolicy"/> for the current actor: resolves where the actor stands once, loads the target,
/// and refuses with <c>NP-SEC-001</c> (forbidden) or with the target's own "not found" when it lies outside the
/// actor's scope, so that nothing outside the scope is revealed.
/// </summary>
/// <remarks>Scoped: one instance per request or unit of work. Not thread-safe.</remarks>
public sealed partial class AccessGuard
{
    private readonly IActorAccessor _actors;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly AccessPolicy _policy;
    private readonly IReadRepository<Membership.PartyMember>? _members;
    private readonly ActorScopeCache? _scopes;
    private ActorScope? _scope;

    /// <summary>Initializes a new instance of the <see cref="AccessGuard"/> class.</summary>
    /// <param name="actors">Gives the current actor.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings (the access policy).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccessGuard(IActorAccessor actors, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places, NeighborPartyOptions options)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        _actors = actors;
        _units = units;
        _places = places;
        _policy = options.Access;
    }

    /// <summary>Initializes a new instance of the <see cref="AccessGuard"/> class that also guards the member ledger.</summary>
    /// <param name="actors">Gives the current actor.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="members">The member repository.</param>
    /// <param name="options">The library settings (the access policy).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccessGuard(IActorAccessor actors, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        IReadRepository<Membership.PartyMember> members, NeighborPartyOptions options)
        : this(actors, units, places, options)
    {
        ArgumentNullException.ThrowIfNull(members);
        _members = members;
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="AccessGuard"/> class that guards the member ledger and takes a
    /// bound actor's scope from <paramref name="scopes"/> when it is remembered there.
    /// </summary>
    /// <param name="actors">Gives the current actor.</param>
    /// <param name="units">Reads units.</param>
    /// <param name="places">Reads places.</param>
    /// <param name="members">Reads members.</param>
    /// <param name="options">The options carrying the access policy.</param>
    /// <param name="scopes">The process-wide scope cache.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccessGuard(IActorAccessor actors, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        IReadRepository<Membership.PartyMember> members, NeighborPartyOptions options, ActorScopeCache scopes)
        : this(actors, units, places, members, options)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        _scopes = scopes;
    }

    /// <summary>Gets the policy enforced.</summary>
    public AccessPolicy Policy => _policy;

    /// <summary>Returns the current actor and where they stand (resolved once, then cached).</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="RuleViolationException">Nobody is authenticated (<c>NP-SEC-002</c>).</exception>
    public async ValueTask<ActorScope> GetScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var actor = _actors.Current ?? throw new RuleViolationException(AccessPolicy.NoActor());
        if (!actor.IsBoundToNode)
        {
            return _scope = ActorScope.Unbound(actor);
        }

        if (_scopes is not null && _scopes.TryGet(actor, out var remembered))
        {
            return _scope = remembered;
        }

        var generation = _scopes?.Generation ?? 0;
        var unit = await _units.GetByIdAsync(new OrganizationUnitId(actor.ScopeId), cancellationToken);
        if (unit is null)
        {
            return _scope = ActorScope.Unbound(actor); // not remembered: the unit may be created in a moment
        }

        var reach = await ReachOfAsync(unit, cancellationToken);
        _scope = new ActorScope(actor, reach.Path, reach.Places);
        _scopes?.Put(unit.Id, generation, reach);
        return _scope;
    }

    /// <summary>Refuses unless the actor may do the system-wide <paramref name="action"/>.</summary>
    /// <param name="action">An action aimed at <see cref="AccessTargetKind.Global"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when allowed.</returns>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>/<c>NP-SEC-002</c>).</exception>
    public async Task EnsureAsync(AccessAction action, CancellationToken cancellationToken = default)
    {
        var scope = await GetScopeAsync(cancellationToken);
        if (_policy.Decide(scope, action, AccessTarget.Global) != AccessOutcome.Allowed)
        {
            throw new RuleViolationException(AccessPolicy.Forbidden(scope.Actor.Kind, action));
        }
    }

    /// <summary>
    /// Loads a member and refuses unless the actor may do <paramref name="action"/> where the member belongs: the unit
    /// holding the relationship, or the compound they live or registered in.
    /// </summary>
    /// <param name="action">An action aimed at nodes.</param>
    /// <param name="id">The member.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The member.</returns>
    /// <exception cref="InvalidOperationException">The guard was built without the member repository.</exception>
    /// <exception cref="RuleViolationException">Forbidden (<c>NP-SEC-001</c>), or "no such member" (<c>NP-MBR-003</c>) also when outside the scope.</exception>
    public async Task<Membership.PartyMember> EnsureMemberAsync(AccessAction action, Membership.PartyMemberId id, CancellationToken cancellationToken = default)
    {
        var members = _members ?? throw new InvalidOperationException("This guard was built without the member repository.");
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        var member = await members.GetByIdAsync(id, cancellationToken);
        if (member is null || !Allows(scope, action, member))
        {
            throw Membership.MembershipRules.MemberNotFound(id);
        }

        return member;
    }

    /// <summary>Tells whether the actor may do <paramref name="action"/> where <paramref name="member"/> belongs.</summary>
    /// <param name="action">An action aimed at nodes.</param>
    /// <param name="member">The member.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Whether allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<bool> AllowsAsync(AccessAction action, Membership.PartyMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(member);
        var scope = await GetScopeAsync(cancellationToken);
        return _policy.GetReach(scope.Actor.Kind, action) is not null && Allows(scope, action, member);
    }

    /// <summary>Tells whether the actor may do <paramref name="action"/> on a unit or place path (without loading anything).</summary>
    /// <param name="action">The action.</param>
    /// <param name="target">The target.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>Whether allowed.</returns>
    public async Task<bool> AllowsAsync(AccessAction action, AccessTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _policy.Decide(await GetScopeAsync(cancellationToken), action, target) == AccessOutcome.Allowed;
    }

    private bool Allows(ActorScope scope, AccessAction action, Membership.PartyMember member) =>
        (member.UnitPath is { } unit && _policy.Decide(scope, action, AccessTarget.Unit(unit)) == AccessOutcome.Allowed)
        || (member.ResidencePath is { } home && _policy.Decide(scope, action, AccessTarget.Place(home)) == AccessOutcome.Allowed)
        || (member.RegistrationPath is { } registered && _policy.Decide(scope, action, AccessTarget.Place(registered)) == AccessOutcome.Allowed)
        || (scope.Actor.Kind == ActorKind.System);

    /// <summary>Refuses unless the actor may do <paramref name="action"/> on each of <paramref name="ids"/> (e.g. places to cover).</summary>
    /// <param name="action">An action aimed at places (or nodes).</param>
    /// <param name="ids">The places.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when all are allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="RuleViolationException">Forbidden, or "no such place" for the first one outside the scope.</exception>
    public async Task EnsurePlacesAsync(AccessAction action, IReadOnlyCollection<PlaceId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var scope = await EnsureGrantedAsync(action, cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        var found = await _places.ListAsync(new PlacesByIdSpec([.. ids.Distinct()]), cancellationToken);
        foreach (var id in ids)
        {
            var place = found.Find(p => p.Id == id);
            if (place is null || _policy.Decide(scope, action, AccessTarget.Place(place.Path)) != AccessOutcome.Allowed)
            {
                throw OrganizationRules.PlaceNotFound(id);
            }
        }
    }

    /// <summary>
    /// Returns the units the actor starts browsing from: every root for the system actor, the actor's own unit for
    /// others who may read units, nothing otherwise.
    /// </summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The units in tree order.</returns>
    /// <exception cref="RuleViolationException">Nobody is authenticated.</exception>
    public async Task<List<OrganizationUnit>> GetTopUnitsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await GetScopeAsync(cancellationToken);
        var all = await _units.ListAsync(new RootUnitsSpec(), cancellationToken);
        if (scope.Actor.Kind == ActorKind.System || _policy.GetReach(scope.Actor.Kind, AccessAction.ReadUnits) == AccessReach.Anywhere)
        {
            return all;
        }

        if (scope.Unit is null || _policy.GetReach(scope.Actor.Kind, AccessAction.ReadUnits) is null)
        {
            return [];
        }

        var own = await _units.GetByIdAsync(new OrganizationUnitId(scope.Actor.ScopeId), cancellationToken);
        return own is null ? [] : [own];
    }

    /// <summary>
    /// Returns the places the actor starts browsing from: every district for the system actor, the places the actor's
    /// unit covers for others who may read places, nothing otherwise.
    /// </summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The places in tree order.</returns>
    /// <exception cref="RuleViolationException">Nobody is authenticated.</exception>
    public async Task<List<Place>> GetTopPlacesAsync(CancellationToken cancellationToken = default)
    {
        var scope = await GetScopeAsync(cancellationToken);
        if (scope.Actor.Kind == ActorKind.System || _policy.GetReach(scope.Actor.Kind, AccessAction.ReadPlaces) == AccessReach.Anywhere)
        {
            return await _places.ListAsync(new RootPlacesSpec(), cancellationToken);
        }

        if (scope.Unit is null || _policy.GetReach(scope.Actor.Kind, AccessAction.ReadPlaces) is null)
        {
            return [];
        }

        var own = await _units.GetByIdAsync(new OrganizationUnitId(scope.Actor.ScopeId), cancellationToken);
        if (own is null || own.Places.Count == 0)
        {
            return [];
        }

        var places = await _places.ListAsync(new PlacesByIdSpec([.. own.Places]), cancellationToken);
        return [.. places.OrderBy(p => p.Position.PathHigh).ThenBy(p => p.Position.PathLow)];
    }

    /// <summary>Refuses (403, <c>NP-SEC-001</c>) when the actor's kind may never do <paramref name="action"/>, before anything is looked up.</summary>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The actor's scope.</returns>
    /// <exception cref="RuleViolationException">Forbidden, or nobody is authenticated.</exception>
    public ValueTask<ActorScope> EnsureKindMayAsync(AccessAction action, CancellationToken cancellationToken = default) =>
        EnsureGrantedAsync(action, cancellationToken);

    private async ValueTask<ActorScope> EnsureGrantedAsync(AccessAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var scope = await GetScopeAsync(cancellationToken);
        if (_policy.GetReach(scope.Actor.Kind, action) is null)
        {
            throw new RuleViolationException(AccessPolicy.Forbidden(scope.Actor.Kind, action));
        }

        return scope;
    }
}
