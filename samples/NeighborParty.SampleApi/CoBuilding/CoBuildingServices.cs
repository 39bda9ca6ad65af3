using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.SampleApi.CoBuilding;

/// <summary>The four co-building services behind one object (the endpoints were written against one co-building service; issue 15 replaces them with use cases).</summary>
internal sealed class CoBuildingServices(PartnerService partners, CovenantService covenants, MenuService menu, DeploymentService deployments)
{
    public PartnerService Partners => partners;

    public CovenantService Covenants => covenants;

    public MenuService Menu => menu;

    public DeploymentService Deployments => deployments;

    public Task<Partner> RegisterPartnerAsync(PartnerDetails details, CancellationToken cancellationToken = default) => partners.RegisterAsync(details, cancellationToken);

    public Task<Partner> ChangePartnerAsync(PartnerId id, PartnerDetails details, long? v = null, CancellationToken cancellationToken = default) => partners.ChangeAsync(id, details, v, cancellationToken);

    public Task<Partner> GetPartnerAsync(PartnerId id, CancellationToken cancellationToken = default) => partners.GetAsync(id, cancellationToken);

    public Task<Covenant> DraftCovenantAsync(string title, OrganizationUnitId unitId, IReadOnlyCollection<PartnerId> parties, DateInterval validity,
        IReadOnlyList<CommitmentDetails> commitments, CancellationToken cancellationToken = default) => covenants.DraftAsync(title, unitId, parties, validity, commitments, cancellationToken);

    public Task<Covenant> EditDraftAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? v = null, CancellationToken cancellationToken = default) =>
        covenants.EditDraftAsync(id, validity, commitments, v, cancellationToken);

    public Task<Covenant> SubmitAsync(CovenantId id, long? v = null, CancellationToken cancellationToken = default) => covenants.SubmitAsync(id, v, cancellationToken);

    public Task<Covenant> SignAsync(CovenantId id, PartnerId? party, string signer, long? v = null, CancellationToken cancellationToken = default) => covenants.SignAsync(id, party, signer, v, cancellationToken);

    public Task<Covenant> AmendAsync(CovenantId id, DateInterval validity, IReadOnlyList<CommitmentDetails> commitments, long? v = null, CancellationToken cancellationToken = default) =>
        covenants.AmendAsync(id, validity, commitments, v, cancellationToken);

    public Task<Covenant> WithdrawAmendmentAsync(CovenantId id, long? v = null, CancellationToken cancellationToken = default) => covenants.WithdrawAmendmentAsync(id, v, cancellationToken);

    public Task<Covenant> TerminateAsync(CovenantId id, LocalDate day, string reason, long? v = null, CancellationToken cancellationToken = default) => covenants.TerminateAsync(id, day, reason, v, cancellationToken);

    public Task<Covenant> RenewAsync(CovenantId id, DateInterval validity, long? v = null, CancellationToken cancellationToken = default) => covenants.RenewAsync(id, validity, v, cancellationToken);

    public Task<Covenant> RecordFulfilmentAsync(CovenantId id, Guid key, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId = null, string? note = null,
        long? v = null, CancellationToken cancellationToken = default) => covenants.RecordFulfilmentAsync(id, key, quantity, day, source, sourceId, note, v, cancellationToken);

    public Task<Covenant> GetCovenantAsync(CovenantId id, CancellationToken cancellationToken = default) => covenants.GetAsync(id, cancellationToken);

    public Task<ServiceOffering> PublishAsync(PartnerId partnerId, OfferingDetails details, CancellationToken cancellationToken = default) => menu.PublishAsync(partnerId, details, cancellationToken);

    public Task<ServiceOffering> ChangeOfferingAsync(OfferingId id, OfferingDetails details, bool active, long? v = null, CancellationToken cancellationToken = default) =>
        menu.ChangeOfferingAsync(id, details, active, v, cancellationToken);

    public Task<ServiceOffering> GetOfferingAsync(OfferingId id, CancellationToken cancellationToken = default) => menu.GetOfferingAsync(id, cancellationToken);

    public Task<ServiceOrder> OrderAsync(OfferingId offeringId, PlaceId compoundId, string needs, LocalDate wanted, CancellationToken cancellationToken = default) =>
        menu.OrderAsync(offeringId, compoundId, needs, wanted, cancellationToken);

    public Task<ServiceOrder> AcceptAsync(ServiceOrderId id, long? v = null, CancellationToken cancellationToken = default) => menu.AcceptAsync(id, v, cancellationToken);

    public Task<ServiceOrder> DeclineAsync(ServiceOrderId id, string reason, long? v = null, CancellationToken cancellationToken = default) => menu.DeclineAsync(id, reason, v, cancellationToken);

    public Task<ServiceOrder> ScheduleAsync(ServiceOrderId id, LocalDate day, long? v = null, CancellationToken cancellationToken = default) => menu.ScheduleAsync(id, day, v, cancellationToken);

    public Task<ServiceOrder> DeliverAsync(ServiceOrderId id, LocalDate day, int? participants = null, long? v = null, CancellationToken cancellationToken = default) =>
        menu.DeliverAsync(id, day, participants, v, cancellationToken);

    public Task<ServiceOrder> RateAsync(ServiceOrderId id, int rating, string? comment = null, long? v = null, CancellationToken cancellationToken = default) => menu.RateAsync(id, rating, comment, v, cancellationToken);

    public Task<ServiceOrder> CancelAsync(ServiceOrderId id, string reason, long? v = null, CancellationToken cancellationToken = default) => menu.CancelAsync(id, reason, v, cancellationToken);

    public Task<ServiceOrder> GetOrderAsync(ServiceOrderId id, CancellationToken cancellationToken = default) => menu.GetOrderAsync(id, cancellationToken);

    public Task<Position> OpenPositionAsync(string kind, string name, PlaceId compoundId, PartnerId? partnerId, LocalDate opened, CancellationToken cancellationToken = default) =>
        deployments.OpenPositionAsync(kind, name, compoundId, partnerId, opened, cancellationToken);

    public Task<Position> ClosePositionAsync(PositionId id, LocalDate day, long? v = null, CancellationToken cancellationToken = default) => deployments.ClosePositionAsync(id, day, v, cancellationToken);

    public Task<DeployedTeam> DeployTeamAsync(string kind, string name, PartnerId? partnerId, PlaceId homePlaceId, IReadOnlyCollection<PlaceId> compounds, LocalDate from,
        LocalDate? to = null, CancellationToken cancellationToken = default) => deployments.DeployTeamAsync(kind, name, partnerId, homePlaceId, compounds, from, to, cancellationToken);

    public Task<DeployedTeam> EndTeamAsync(DeployedTeamId id, LocalDate day, long? v = null, CancellationToken cancellationToken = default) => deployments.EndTeamAsync(id, day, v, cancellationToken);

    public Task<DeputyMotion> FileMotionAsync(PartnerId deputyId, MotionKind kind, string title, PlaceId compoundId, string filedWith, LocalDate filedOn,
        CancellationToken cancellationToken = default) => deployments.FileMotionAsync(deputyId, kind, title, compoundId, filedWith, filedOn, cancellationToken);

    public Task<DeputyMotion> MoveMotionAsync(MotionId id, MotionStatus status, LocalDate day, string? text = null, string? handledBy = null, long? v = null,
        CancellationToken cancellationToken = default) => deployments.MoveMotionAsync(id, status, day, text, handledBy, v, cancellationToken);
}
