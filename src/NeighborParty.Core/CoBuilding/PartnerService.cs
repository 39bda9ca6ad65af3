using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>Registers and changes co-building partners (the six kinds of force); each call is one unit of work.</summary>
/// <remarks>The partner checks its own rules (<see cref="Partner.Register"/>); a refused call changes nothing. Scoped.</remarks>
public sealed class PartnerService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<Partner> _partners;
    private readonly IReadRepository<Place> _places;
    private readonly CoBuildingLookups _context;

    /// <summary>Initializes a new instance of the <see cref="PartnerService"/> class.</summary>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <param name="partners">The partners.</param>
    /// <param name="places">The places.</param>
    /// <param name="actors">Who acts.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PartnerService(IUnitOfWork work, IRepository<Partner> partners, IReadRepository<Place> places, IActorAccessor actors, NeighborPartyOptions options, IClock clock)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _context = new CoBuildingLookups(work, actors, options, clock);
    }

    /// <summary>Registers a partner at a district, street or community.</summary>
    /// <param name="details">The details.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">A refused field or home place (<c>NP-COB-001</c>).</exception>
    public Task<Partner> RegisterAsync(PartnerDetails details, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var partner = Partner.Register(PartnerId.New(), details, await HomeAsync(details, ct), _context.Now, _context.Options.Schema);
            _partners.Add(partner);
            return partner;
        }, cancellationToken);

    /// <summary>Changes a partner.</summary>
    /// <param name="id">The partner.</param>
    /// <param name="details">The details.</param>
    /// <param name="expectedVersion">The version the caller read, or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Unknown (<c>NP-COB-002</c>), or a refused field (<c>NP-COB-001</c>).</exception>
    public Task<Partner> ChangeAsync(PartnerId id, PartnerDetails details, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync(async ct =>
        {
            ArgumentNullException.ThrowIfNull(details);
            var partner = await GetAsync(id, ct);
            partner.EnsureVersion(expectedVersion, "partner");
            partner.Change(details, await HomeAsync(details, ct), _context.Now, _context.Options.Schema);
            _partners.Update(partner);
            return partner;
        }, cancellationToken);

    /// <summary>Returns a partner.</summary>
    /// <param name="id">The partner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="RuleViolationException">No such partner (<c>NP-COB-002</c>).</exception>
    public Task<Partner> GetAsync(PartnerId id, CancellationToken cancellationToken = default) => CoBuildingLookups.LoadAsync(_partners, id, "partner", cancellationToken);

    private async Task<Place> HomeAsync(PartnerDetails details, CancellationToken cancellationToken) =>
        await _places.GetByIdAsync(details.HomePlaceId, cancellationToken)
        ?? throw CoBuildingRules.Fail(CoBuildingRules.Partner, $"A partner is registered at a {CoBuildingRules.Homes(_context.Options.Schema).En}.",
            $"共建单位须登记在{CoBuildingRules.Homes(_context.Options.Schema).Zh}。", "homePlaceId", RuleViolationKind.NotFound);
}
