using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Co-building partners (共建单位), for an acting <see cref="Actor"/>: staff of their place, or the partner itself.</summary>
public sealed class PartnerUseCases
{
    private readonly UseCaseContext _context;
    private readonly PartnerService _service;
    private readonly IReadRepository<Partner> _partners;

    /// <summary>Initializes a new instance of the <see cref="PartnerUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="service">The partners' operations.</param>
    /// <param name="partners">The partners.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PartnerUseCases(UseCaseContext context, PartnerService service, IReadRepository<Partner> partners)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
    }

    /// <summary>The service categories, position kinds and team kinds of the district.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The co-building settings.</returns>
    public async Task<CoBuildingPolicy> CataloguesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureKindMayAsync(AccessAction.ReadMenu, cancellationToken);
        return _context.Options.CoBuilding;
    }

    /// <summary>The partners registered in a place's subtree.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The partners, and whether their contacts may be shown.</returns>
    public async Task<Revealed<List<Partner>>> ListAsync(Actor actor, PlaceId place, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var guard = _context.Guard(actor);
        var scope = await guard.EnsurePlacePathAsync(AccessAction.ReadCoBuilding, place, cancellationToken);
        var reveal = await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(scope), cancellationToken);
        return new(await _partners.ListAsync(new PartnersInScopeSpec(scope, skip, take), cancellationToken), reveal);
    }

    /// <summary>One partner (a partner sees itself).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="id">The partner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The partner, and whether its contacts may be shown.</returns>
    public async Task<Revealed<Partner>> GetAsync(Actor actor, PartnerId id, CancellationToken cancellationToken = default)
    {
        var guard = _context.Guard(actor);
        var partner = await CoBuildingAccess.ReadPartnerAsync(guard, _partners, id, cancellationToken);
        return new(partner, await CoBuildingAccess.RevealsAsync(guard, partner, cancellationToken));
    }

    /// <summary>Registers a partner at a place of the actor's scope.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="details">The partner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The partner, and whether its contacts may be shown.</returns>
    public Task<Revealed<Partner>> RegisterAsync(Actor actor, PartnerDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, details.HomePlaceId, ct);
            var partner = await _service.RegisterAsync(details, ct);
            return new Revealed<Partner>(partner, await CoBuildingAccess.RevealsAsync(guard, partner, ct));
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a partner: staff of its place change anything (to a place in their scope); the partner itself changes only
    /// its contacts — its name, kind and place are what the district's figures count, so they stay with staff (finding 6).
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="id">The partner.</param>
    /// <param name="details">The new details.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The partner, and whether its contacts may be shown.</returns>
    public Task<Revealed<Partner>> ChangeAsync(Actor actor, PartnerId id, PartnerDetails details, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            var partner = await CoBuildingAccess.ReadPartnerAsync(guard, _partners, id, ct);
            var staff = await guard.AllowsAsync(AccessAction.ManageCoBuilding, AccessTarget.Place(partner.HomePath), ct);
            if (staff)
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageCoBuilding, details.HomePlaceId, ct);
            }
            else if (!await CoBuildingAccess.IsPartyAsync(guard, partner.Id, ct))
            {
                throw await CoBuildingAccess.ForbiddenAsync(guard, AccessAction.ManageCoBuilding, ct);
            }
            else if (details.Name.Trim() != partner.Name || details.Category != partner.Category || details.HomePlaceId != partner.HomePlaceId
                || details.MassOrganisation != partner.MassOrganisation || (string.IsNullOrWhiteSpace(details.ParentBody) ? null : details.ParentBody.Trim()) != partner.ParentBody)
            {
                throw new RuleViolationException(new RuleViolation("NP-SEC-001",
                    "A partner changes only its contacts: its name, kind, place and parent body are changed by the staff who registered it.",
                    "共建单位只能修改联系人信息；名称、类别、所在地和上级单位由登记的工作人员修改。", kind: RuleViolationKind.Forbidden, target: "category"));
            }

            var changed = await _service.ChangeAsync(partner.Id, details, expectedVersion, ct);
            return new Revealed<Partner>(changed, await CoBuildingAccess.RevealsAsync(guard, changed, ct));
        }, cancellationToken);
    }
}
