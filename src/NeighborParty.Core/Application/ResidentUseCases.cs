using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>The use cases of residents who are not (necessarily) members, each for an acting <see cref="Actor"/>; contacts are never shown in full.</summary>
public sealed class ResidentUseCases
{
    private readonly UseCaseContext _context;
    private readonly MemberLedger _ledger;
    private readonly IReadRepository<Resident> _residents;

    /// <summary>Initializes a new instance of the <see cref="ResidentUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="ledger">The ledger's operations.</param>
    /// <param name="residents">The residents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ResidentUseCases(UseCaseContext context, MemberLedger ledger, IReadRepository<Resident> residents)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
    }

    /// <summary>The residents recorded in a place's subtree.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The residents.</returns>
    public async Task<List<Resident>> ListAsync(Actor actor, PlaceId place, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var scope = await _context.Guard(actor).EnsurePlacePathAsync(AccessAction.ReadMembers, place, cancellationToken);
        return await _residents.ListAsync(new ResidentsInScopeSpec(scope, skip, take), cancellationToken);
    }

    /// <summary>One resident.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The resident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resident.</returns>
    public Task<Resident> GetAsync(Actor actor, ResidentId id, CancellationToken cancellationToken = default) =>
        EnsureAsync(_context.Guard(actor), id, AccessAction.ReadMembers, cancellationToken);

    /// <summary>Records a resident in a compound of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="name">The name.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="building">A building, or null.</param>
    /// <param name="contact">A phone, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resident.</returns>
    public Task<Resident> RecordAsync(Actor actor, string name, PlaceId compound, PlaceId? building, string? contact, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ManageMembers, compound, ct);
            return await _ledger.RecordResidentAsync(name, compound, building, contact, ct);
        }, cancellationToken);

    /// <summary>Changes a resident; the new compound must lie in the actor's scope too.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The resident.</param>
    /// <param name="name">The name.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="building">A building, or null.</param>
    /// <param name="contact">A phone, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resident.</returns>
    public Task<Resident> ChangeAsync(Actor actor, ResidentId id, string name, PlaceId compound, PlaceId? building, string? contact, long? expectedVersion,
        CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await EnsureAsync(guard, id, AccessAction.ManageMembers, ct);
            await guard.EnsurePlaceAsync(AccessAction.ManageMembers, compound, ct);
            return await _ledger.ChangeResidentAsync(id, name, compound, building, contact, expectedVersion, ct);
        }, cancellationToken);

    /// <summary>Loads a resident the actor may reach with <paramref name="action"/>; outside the scope the answer for an unknown resident.</summary>
    internal async Task<Resident> EnsureAsync(AccessGuard guard, ResidentId id, AccessAction action, CancellationToken cancellationToken)
    {
        await guard.EnsureKindMayAsync(action, cancellationToken);
        var resident = await _residents.GetByIdAsync(id, cancellationToken);
        if (resident is null || !await guard.AllowsAsync(action, AccessTarget.Place(resident.CompoundPath), cancellationToken))
        {
            throw new RuleViolationException(new RuleViolation(MembershipRules.NotFound, $"No resident {id}.", $"没有编号为 {id} 的居民。", kind: RuleViolationKind.NotFound));
        }

        return resident;
    }
}
