using System.Collections.Frozen;
using NeighborParty.Common;

namespace NeighborParty.Security;

/// <summary>
/// Who may do what, and how far from their node (DOMAIN.md §9): a table of grants (actor kind, action, reach) and
/// the pure decision <see cref="Decide"/> over the constant-time scope check.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the library's table (documented in <c>docs/security.md</c>); a district changes it
/// with <see cref="CreateBuilder(AccessPolicy?)"/> and <see cref="NeighborPartyOptions.Access"/>. Every later capability
/// adds its actions here.</para>
/// <para>The system actor may do everything. A kind without a grant for an action is <see cref="AccessOutcome.Forbidden"/>;
/// a granted action aimed outside the actor's reach is <see cref="AccessOutcome.OutOfScope"/>, which hosts answer
/// exactly like "not found". Immutable and thread-safe; a decision allocates nothing.</para>
/// </remarks>
public sealed class AccessPolicy
{
    private readonly FrozenDictionary<(ActorKind Kind, string Action), AccessReach> _grants;

    private AccessPolicy(Dictionary<(ActorKind, string), AccessReach> grants, IReadOnlyList<AccessAction> actions)
    {
        _grants = grants.ToFrozenDictionary();
        Actions = actions;
    }

    /// <summary>Gets the library's default policy.</summary>
    public static AccessPolicy Default { get; } = BuildDefault();

    /// <summary>Gets every action the policy knows (granted to someone or not).</summary>
    public IReadOnlyList<AccessAction> Actions { get; }

    /// <summary>Starts a builder from <paramref name="basedOn"/> (the default policy when null).</summary>
    /// <param name="basedOn">The policy to start from.</param>
    /// <returns>A builder holding a copy of its grants.</returns>
    public static Builder CreateBuilder(AccessPolicy? basedOn = null)
    {
        var source = basedOn ?? Default;
        return new Builder(source._grants, source.Actions);
    }

    /// <summary>Gets how far <paramref name="kind"/> may do <paramref name="action"/>, or null when never.</summary>
    /// <param name="kind">The actor kind.</param>
    /// <param name="action">The action.</param>
    /// <returns>The reach, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public AccessReach? GetReach(ActorKind kind, AccessAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (kind == ActorKind.System)
        {
            return AccessReach.Anywhere;
        }

        return _grants.TryGetValue((kind, action.Name), out var reach) ? reach : null;
    }

    /// <summary>Decides whether the actor of <paramref name="scope"/> may do <paramref name="action"/> on <paramref name="target"/>.</summary>
    /// <param name="scope">The actor and where they stand.</param>
    /// <param name="action">The action.</param>
    /// <param name="target">Where it is aimed.</param>
    /// <returns>Allowed, forbidden (the kind may never do it) or out of scope (not here).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target is not of the kind the action is aimed at.</exception>
    public AccessOutcome Decide(ActorScope scope, AccessAction action, AccessTarget target)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(action);
        var fits = action.Target == AccessTargetKind.Node
            ? target.Kind is AccessTargetKind.Unit or AccessTargetKind.Place
            : target.Kind == action.Target;
        if (!fits)
        {
            throw new ArgumentException($"The action {action.Name} is aimed at {action.Target}, not at {target.Kind}.", nameof(target));
        }

        var actor = scope.Actor;
        if (GetReach(actor.Kind, action) is not { } reach)
        {
            return AccessOutcome.Forbidden;
        }

        if (reach == AccessReach.Anywhere)
        {
            return AccessOutcome.Allowed;
        }

        var inside = target.Kind switch
        {
            AccessTargetKind.Unit => scope.Unit is { } unit && Reaches(target.Path, unit, reach),
            AccessTargetKind.Place => ReachesAnyPlace(scope.Places, target.Path, reach),
            AccessTargetKind.Party => reach == AccessReach.Self && actor.Kind == ActorKind.CoBuildingParty && actor.ScopeId == target.Id,
            AccessTargetKind.Resident => reach == AccessReach.Self && actor.Kind == ActorKind.Resident && actor.ScopeId == target.Id,
            _ => false,
        };
        return inside ? AccessOutcome.Allowed : AccessOutcome.OutOfScope;
    }

    /// <summary>Builds the refusal for <see cref="AccessOutcome.Forbidden"/>.</summary>
    /// <param name="kind">The actor's kind.</param>
    /// <param name="action">The action.</param>
    /// <returns>The violation <c>NP-SEC-001</c> (forbidden).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public static RuleViolation Forbidden(ActorKind kind, AccessAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new RuleViolation("NP-SEC-001",
            $"A {kind} may not perform '{action.Name}'.",
            $"{SecurityLabels.Kind(kind)}无权{SecurityLabels.Action(action)}。",
            kind: RuleViolationKind.Forbidden);
    }

    /// <summary>Builds the refusal for a request without an authenticated actor.</summary>
    /// <returns>The violation <c>NP-SEC-002</c> (forbidden).</returns>
    public static RuleViolation NoActor() => new("NP-SEC-002",
        "No actor is authenticated for this operation.", "当前操作没有已认证的身份。", kind: RuleViolationKind.Forbidden);

    private static bool Reaches(Organization.HierarchyPath target, Organization.HierarchyPath scope, AccessReach reach) =>
        target.IsWithin(scope) && (reach != AccessReach.BelowScope || target != scope);

    private static bool ReachesAnyPlace(IReadOnlyList<Organization.HierarchyPath> places, Organization.HierarchyPath target, AccessReach reach)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (Reaches(target, places[i], reach))
            {
                return true;
            }
        }

        return false;
    }

    private static AccessPolicy BuildDefault()
    {
        var builder = new Builder(FrozenDictionary<(ActorKind, string), AccessReach>.Empty, AccessAction.Library);
        foreach (var kind in Enum.GetValues<ActorKind>().Where(k => k != ActorKind.System))
        {
            builder.Grant(kind, AccessAction.ReadSchema, AccessReach.Anywhere);
        }

        // Staff of the district, streets and communities, and compound secretaries, run their own subtree.
        foreach (var kind in new[] { ActorKind.DistrictAdmin, ActorKind.StreetStaff, ActorKind.CommunityStaff, ActorKind.CompoundSecretary })
        {
            builder.Grant(kind, AccessAction.ReadUnits, AccessReach.Subtree)
                .Grant(kind, AccessAction.AddChildUnit, AccessReach.Subtree)
                .Grant(kind, AccessAction.ChangeUnit, AccessReach.BelowScope)
                .Grant(kind, AccessAction.MoveUnit, AccessReach.BelowScope)
                .Grant(kind, AccessAction.DissolveUnit, AccessReach.BelowScope)
                .Grant(kind, AccessAction.ReadPlaces, AccessReach.Subtree)
                .Grant(kind, AccessAction.RegisterPlace, AccessReach.Subtree)
                .Grant(kind, AccessAction.ChangePlace, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadAudit, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadMembers, AccessReach.Subtree)
                .Grant(kind, AccessAction.ManageMembers, AccessReach.Subtree)
                .Grant(kind, AccessAction.ImportLedger, AccessReach.Subtree)
                .Grant(kind, AccessAction.ExportLedger, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadFormation, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadStewards, AccessReach.Subtree)
                .Grant(kind, AccessAction.ManageGovernance, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadCoBuilding, AccessReach.Subtree)
                .Grant(kind, AccessAction.ManageCoBuilding, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadRequests, AccessReach.Subtree)
                .Grant(kind, AccessAction.HandleRequests, AccessReach.Subtree)
                .Grant(kind, AccessAction.Deliberate, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadAccounts, AccessReach.Subtree)
                .Grant(kind, AccessAction.RecordActivities, AccessReach.Subtree)
                .Grant(kind, AccessAction.ReadCare, AccessReach.Subtree)
                .Grant(kind, AccessAction.ManageCare, AccessReach.Subtree)
                .Grant(kind, AccessAction.RecordCareContact, AccessReach.Subtree);
        }

        // CR-6: a cared-for resident's health and consent are seen by those who answer for the case, the community and
        // the compound's secretary; the district and street see the cases and their alerts, not the circumstances.
        builder.Grant(ActorKind.CommunityStaff, AccessAction.ReadCarePersonal, AccessReach.Subtree)
            .Grant(ActorKind.CompoundSecretary, AccessAction.ReadCarePersonal, AccessReach.Subtree);

        // Periods are closed and corrected by the party-affairs staff above the compound.
        foreach (var kind in new[] { ActorKind.DistrictAdmin, ActorKind.StreetStaff, ActorKind.CommunityStaff })
        {
            builder.Grant(kind, AccessAction.CloseAccounts, AccessReach.Subtree);
        }

        // Residents act on their own requests and wishes; Red Stewards handle requests in their compound.
        builder.Grant(ActorKind.Resident, AccessAction.ActAsResident, AccessReach.Self);

        // The menu is public to everyone signed in; a co-building party acts only on what it is party to.
        foreach (var kind in Enum.GetValues<ActorKind>().Where(k => k != ActorKind.System))
        {
            builder.Grant(kind, AccessAction.ReadMenu, AccessReach.Anywhere);
        }

        builder.Grant(ActorKind.CoBuildingParty, AccessAction.ActAsParty, AccessReach.Self);

        // TR-5: the higher organisation approves or appoints a branch's officers, so staff appoint in their subtree;
        // a compound secretary appoints below the branch and the compound (group leaders, building leaders).
        foreach (var kind in new[] { ActorKind.DistrictAdmin, ActorKind.StreetStaff, ActorKind.CommunityStaff })
        {
            builder.Grant(kind, AccessAction.Appoint, AccessReach.Subtree);
        }

        builder.Grant(ActorKind.CompoundSecretary, AccessAction.Appoint, AccessReach.BelowScope);

        // Full ID-card numbers and phones: the party-affairs staff who keep the ledger, not the compound.
        foreach (var kind in new[] { ActorKind.DistrictAdmin, ActorKind.StreetStaff, ActorKind.CommunityStaff })
        {
            builder.Grant(kind, AccessAction.ReadPersonalData, AccessReach.Subtree);
        }

        // Red Stewards see their compound (members masked); they change it only through their secretary.
        builder.Grant(ActorKind.Steward, AccessAction.ReadUnits, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadPlaces, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadMembers, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadFormation, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadStewards, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadCoBuilding, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadRequests, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.HandleRequests, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadAccounts, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.ReadCare, AccessReach.Subtree)
            .Grant(ActorKind.Steward, AccessAction.RecordCareContact, AccessReach.Subtree);
        return builder.Build();
    }

    /// <summary>Collects grants for a new <see cref="AccessPolicy"/>. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<(ActorKind, string), AccessReach> _grants;
        private readonly List<AccessAction> _actions;

        internal Builder(IReadOnlyDictionary<(ActorKind Kind, string Action), AccessReach> grants, IReadOnlyList<AccessAction> actions)
        {
            _grants = grants.ToDictionary(g => (g.Key.Kind, g.Key.Action), g => g.Value);
            _actions = [.. actions];
        }

        /// <summary>Grants <paramref name="action"/> to <paramref name="kind"/> with <paramref name="reach"/>, replacing an earlier grant.</summary>
        /// <param name="kind">The actor kind (not <see cref="ActorKind.System"/>, which may do everything).</param>
        /// <param name="action">The action.</param>
        /// <param name="reach">How far from the actor's scope.</param>
        /// <returns>The builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
        /// <exception cref="ArgumentException">The reach makes no sense for the action's target or the actor kind.</exception>
        public Builder Grant(ActorKind kind, AccessAction action, AccessReach reach)
        {
            ArgumentNullException.ThrowIfNull(action);
            if (kind == ActorKind.System || !Enum.IsDefined(kind))
            {
                throw new ArgumentException("Grant to a defined actor kind other than System; System may do everything.", nameof(kind));
            }

            var valid = action.Target switch
            {
                AccessTargetKind.Global => reach == AccessReach.Anywhere,
                AccessTargetKind.Party or AccessTargetKind.Resident => reach is AccessReach.Self or AccessReach.Anywhere,
                _ => reach is AccessReach.Subtree or AccessReach.BelowScope or AccessReach.Anywhere,
            };
            if (!valid || !Enum.IsDefined(reach))
            {
                throw new ArgumentException($"The reach {reach} makes no sense for {action.Name}, which is aimed at {action.Target}.", nameof(reach));
            }

            if (!_actions.Contains(action))
            {
                _actions.Add(action);
            }

            _grants[(kind, action.Name)] = reach;
            return this;
        }

        /// <summary>Withdraws a grant; nothing happens if there is none.</summary>
        /// <param name="kind">The actor kind.</param>
        /// <param name="action">The action.</param>
        /// <returns>The builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
        public Builder Revoke(ActorKind kind, AccessAction action)
        {
            ArgumentNullException.ThrowIfNull(action);
            _grants.Remove((kind, action.Name));
            return this;
        }

        /// <summary>Builds the policy.</summary>
        /// <returns>The immutable policy.</returns>
        public AccessPolicy Build() => new(_grants, [.. _actions]);
    }
}
