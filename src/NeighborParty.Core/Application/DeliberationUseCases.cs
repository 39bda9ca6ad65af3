using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Deliberations (共商共议), for an acting <see cref="Actor"/>: read in the actor's subtree, run by those who may deliberate there.</summary>
public sealed class DeliberationUseCases
{
    private readonly UseCaseContext _context;
    private readonly DeliberationService _service;
    private readonly IReadRepository<Deliberation> _deliberations;

    /// <summary>Initializes a new instance of the <see cref="DeliberationUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The deliberations' operations.</param>
    /// <param name="deliberations">The deliberations.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeliberationUseCases(UseCaseContext context, DeliberationService service, IReadRepository<Deliberation> deliberations)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _deliberations = deliberations ?? throw new ArgumentNullException(nameof(deliberations));
    }

    /// <summary>The deliberations of a place's compounds, latest first.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberations.</returns>
    public async Task<List<Deliberation>> ListAsync(Actor actor, PlaceId place, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var scope = await _context.Guard(actor).EnsurePlacePathAsync(AccessAction.ReadRequests, place, cancellationToken);
        return await _deliberations.ListAsync(new DeliberationsSpec(scope, skip, take), cancellationToken);
    }

    /// <summary>One deliberation.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> GetAsync(Actor actor, DeliberationId id, CancellationToken cancellationToken = default) => ReadAsync(_context.Guard(actor), id, cancellationToken);

    /// <summary>Convenes a deliberation on requests of a compound of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="deliberation">The deliberation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> ConveneAsync(Actor actor, NewDeliberation deliberation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliberation);
        return _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.Deliberate, deliberation.CompoundId, ct);
            return await _service.ConveneAsync(deliberation, ct);
        }, cancellationToken);
    }

    /// <summary>Tables a proposal.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="text">The wording.</param>
    /// <param name="proposedBy">The participant, or null.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> ProposeAsync(Actor actor, DeliberationId id, string text, int? proposedBy, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.ProposeAsync(id, text, proposedBy, expectedVersion, ct), cancellationToken);

    /// <summary>Opens the session, recording who is present.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="present">The participants present.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> OpenAsync(Actor actor, DeliberationId id, IReadOnlyCollection<int> present, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.OpenAsync(id, present, expectedVersion, ct), cancellationToken);

    /// <summary>Records a present voter's vote on a proposal.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="proposal">The proposal.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="choice">The vote.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> VoteAsync(Actor actor, DeliberationId id, int proposal, int participant, VoteChoice choice, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.VoteAsync(id, proposal, participant, choice, expectedVersion, ct), cancellationToken);

    /// <summary>Adopts a proposal that passed, or records that none was adopted.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="proposal">The proposal, or null.</param>
    /// <param name="note">A note (required without a proposal).</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> DecideAsync(Actor actor, DeliberationId id, int? proposal, string? note, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.DecideAsync(id, proposal, note, expectedVersion, ct), cancellationToken);

    /// <summary>Assigns a follow-up action.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="action">The action.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> AddActionAsync(Actor actor, DeliberationId id, NewFollowUpAction action, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.AddActionAsync(id, action, expectedVersion, ct), cancellationToken);

    /// <summary>Ends a follow-up action.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="number">The action.</param>
    /// <param name="done">Done (true) or dropped.</param>
    /// <param name="result">The result or reason.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> EndActionAsync(Actor actor, DeliberationId id, int number, bool done, string result, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.EndActionAsync(id, number, done, result, expectedVersion, ct), cancellationToken);

    /// <summary>Closes it once every action has ended.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="result">The result.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> CloseAsync(Actor actor, DeliberationId id, string result, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.CloseAsync(id, result, expectedVersion, ct), cancellationToken);

    /// <summary>Calls it off before a decision.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The deliberation.</param>
    /// <param name="reason">Why.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliberation.</returns>
    public Task<Deliberation> CancelAsync(Actor actor, DeliberationId id, string reason, long? expectedVersion, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, ct => _service.CancelAsync(id, reason, expectedVersion, ct), cancellationToken);

    private Task<Deliberation> StepAsync(Actor actor, DeliberationId id, Func<CancellationToken, Task<Deliberation>> step, CancellationToken cancellationToken) =>
        _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsureKindMayAsync(AccessAction.Deliberate, ct); // 403 before anything is looked up
            var d = await ReadAsync(guard, id, ct);
            await RequestAccess.EnsureAllowedAsync(guard, AccessAction.Deliberate, d.CompoundPath, ct);
            return await step(ct);
        }, cancellationToken);

    private async Task<Deliberation> ReadAsync(AccessGuard guard, DeliberationId id, CancellationToken cancellationToken)
    {
        await guard.EnsureKindMayAsync(AccessAction.ReadRequests, cancellationToken);
        var d = await _deliberations.GetByIdAsync(id, cancellationToken);
        return d is not null && await guard.AllowsAsync(AccessAction.ReadRequests, AccessTarget.Place(d.CompoundPath), cancellationToken)
            ? d : throw RequestAccess.DeliberationNotFound(id);
    }
}
