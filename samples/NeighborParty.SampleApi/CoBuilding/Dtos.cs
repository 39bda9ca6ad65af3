using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.CoBuilding;

/// <summary>A partner as sent.</summary>
public sealed record PartnerRequest(string Name, PartnerCategory Category, Guid HomePlaceId, MassOrganisationKind? MassOrganisation = null, string? ParentBody = null,
    string? ContactName = null, string? ContactPhone = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Name, "name"), FieldRules.Defined<PartnerCategory>(Category, "category"), FieldRules.Id(HomePlaceId, "homePlaceId"),
        FieldRules.Defined(MassOrganisation, "massOrganisation"), ParentBody is null ? null : FieldRules.Name(ParentBody, "parentBody"),
        ContactName is null ? null : FieldRules.Name(ContactName, "contactName"),
        ContactPhone is null || PhoneNumber.TryParse(ContactPhone, out _) ? null : PhoneNumber.Invalid("contactPhone"),
    }.OfType<RuleViolation>();

    internal PartnerDetails ToDetails() => new(Name, Category, new PlaceId(HomePlaceId), MassOrganisation, ParentBody, ContactName, ContactPhone);
}

/// <summary>A partner.</summary>
public sealed record PartnerResponse(Guid Id, string Name, PartnerCategory Category, MassOrganisationKind? MassOrganisation, string? ParentBody, string? ContactName,
    string? ContactPhone, Guid HomePlaceId, bool IsDeputy, long Version)
{
    internal static PartnerResponse From(Partner p, bool reveal) => new(p.Id.Value, p.Name, p.Category, p.MassOrganisation, p.ParentBody, p.ContactName,
        p.ContactPhone is null ? null : reveal ? p.ContactPhone : PhoneNumber.Parse(p.ContactPhone).ToString(), p.HomePlaceId.Value, p.IsDeputy, p.Version);
}

/// <summary>A commitment as sent.</summary>
public sealed record CommitmentDto(CommitmentKind Kind, string Description, decimal? Quantity = null, string? Unit = null, string? Schedule = null,
    Guid? PartnerId = null, Guid? Key = null)
{
    internal CommitmentDetails ToDetails() => new(Kind, Description, Quantity, Unit, Schedule, PartnerId is { } p ? new PartnerId(p) : null, Key);

    internal IEnumerable<RuleViolation?> Check(string at) =>
    [
        FieldRules.Defined<CommitmentKind>(Kind, at + ".kind"), FieldRules.Name(Description, at + ".description"),
        Unit is null ? null : FieldRules.Name(Unit, at + ".unit"), Schedule is null ? null : FieldRules.Name(Schedule, at + ".schedule"),
        PartnerId is { } p ? FieldRules.Id(p, at + ".partnerId") : null, Key is { } k ? FieldRules.Id(k, at + ".key") : null,
    ];
}

/// <summary>A covenant draft (or an amendment's content).</summary>
public sealed record CovenantContentRequest(LocalDate ValidFrom, LocalDate ValidTo, IReadOnlyList<CommitmentDto> Commitments) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => Checks(ValidFrom, ValidTo, Commitments);

    internal static IEnumerable<RuleViolation> Checks(LocalDate from, LocalDate to, IReadOnlyList<CommitmentDto>? commitments) => new[]
    {
        FieldRules.Range(from.Year, 1921, 9999, "validFrom"), FieldRules.Range(to.Year, 1921, 9999, "validTo"),
        to < from ? new RuleViolation(CoBuildingRules.ImpossibleDate, "The validity ends before it starts.", "有效期结束日早于开始日。", target: "validTo") : null,
        FieldRules.Count(commitments?.Count ?? 0, 0, 50, "commitments"),
    }.Concat((commitments ?? []).Take(50).SelectMany((c, i) => c is null ? [new RuleViolation(CoBuildingRules.Commitment, "A commitment is empty.", "承诺不能为空。", target: $"commitments[{i}]")] : c.Check($"commitments[{i}]")))
        .OfType<RuleViolation>();
}

/// <summary>A new covenant.</summary>
public sealed record DraftCovenantRequest(string Title, Guid UnitId, IReadOnlyList<Guid> Partners, LocalDate ValidFrom, LocalDate ValidTo, IReadOnlyList<CommitmentDto> Commitments)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Title, "title"), FieldRules.Id(UnitId, "unitId"), FieldRules.Count(Partners?.Count ?? 0, 1, 20, "partners"),
    }.Concat((Partners ?? []).Take(20).Select((p, i) => FieldRules.Id(p, $"partners[{i}]"))).OfType<RuleViolation>()
        .Concat(CovenantContentRequest.Checks(ValidFrom, ValidTo, Commitments));
}

/// <summary>A signature: for a partner, or (no partner) for the organisation side.</summary>
public sealed record SignRequest(string Signer, Guid? PartnerId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Signer, "signer"), PartnerId is { } p ? FieldRules.Id(p, "partnerId") : null }.OfType<RuleViolation>();
}

/// <summary>A day and a reason (termination, cancellation, declining).</summary>
public sealed record ReasonRequest(string Reason, LocalDate? Day = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Reason, "reason"), Day is { } d ? FieldRules.Range(d.Year, 1921, 9999, "day") : null }.OfType<RuleViolation>();
}

/// <summary>A renewal's validity.</summary>
public sealed record RenewRequest(LocalDate ValidFrom, LocalDate ValidTo) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => CovenantContentRequest.Checks(ValidFrom, ValidTo, []);
}

/// <summary>Something delivered against a commitment.</summary>
public sealed record FulfilmentRequest(Guid CommitmentKey, decimal Quantity, LocalDate Day, string? Note = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Id(CommitmentKey, "commitmentKey"), FieldRules.Range(Day.Year, 1921, 9999, "day"), Note is null ? null : FieldRules.Name(Note, "note"),
        Quantity is <= 0 or > 1_000_000_000 ? new RuleViolation("NP-GEN-003", "The quantity is positive.", "数量须为正数。", target: "quantity") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A covenant with its versions, commitments, signatures and fulfilment.</summary>
public sealed record CovenantResponse(Guid Id, string Title, Guid UnitId, IReadOnlyList<Guid> Partners, CovenantStatus Status, int? EffectiveVersion,
    IReadOnlyList<CovenantVersionDto> Versions, IReadOnlyList<Guid?> MissingSignatures, LocalDate? TerminatedOn, string? TerminationReason,
    Guid? PredecessorId, Guid? SuccessorId, long Version)
{
    /// <summary>The status in Chinese.</summary>
    public string StatusZh => Common.ChineseLabels.Of(Status);

    internal static CovenantResponse From(Covenant c, LocalDate today) => new(c.Id.Value, c.Title, c.UnitId.Value, [.. c.Partners.Select(p => p.PartnerId.Value)],
        c.StatusOn(today), c.Effective?.Number,
        [.. c.Versions.Select(v => new CovenantVersionDto(v.Number, v.State, v.ValidFrom, v.ValidTo,
            [.. c.CommitmentsOf(v.Number).Select(m => new CommitmentResponse(m.Key, m.Kind, m.Description, m.Quantity, m.Unit, m.Schedule, m.PartnerId?.Value, c.FulfilledQuantity(m.Key)))],
            [.. c.SignaturesOf(v.Number).Select(s => new SignatureDto(s.PartnerId?.Value, s.Signer, s.SignedAt))]))],
        c.Latest.State == CovenantVersionState.AwaitingSignatures ? [.. c.MissingSignatures().Select(p => p?.Value)] : [],
        c.TerminatedOn, c.TerminationReason, c.PredecessorId?.Value, c.SuccessorId?.Value, c.Version);
}

/// <summary>One version of a covenant.</summary>
public sealed record CovenantVersionDto(int Number, CovenantVersionState State, LocalDate ValidFrom, LocalDate ValidTo, IReadOnlyList<CommitmentResponse> Commitments,
    IReadOnlyList<SignatureDto> Signatures);

/// <summary>A commitment with what was delivered against it so far.</summary>
public sealed record CommitmentResponse(Guid Key, CommitmentKind Kind, string Description, decimal? Quantity, string? Unit, string? Schedule, Guid? PartnerId, decimal Fulfilled);

/// <summary>A signature.</summary>
public sealed record SignatureDto(Guid? PartnerId, string Signer, Instant SignedAt);

/// <summary>An offering as sent.</summary>
public sealed record OfferingRequest(string Category, string Title, ServiceMode Mode, int Capacity, CapacityPeriod Period, IReadOnlyList<Guid> Compounds,
    Guid? PartnerId = null, string? Description = null, Guid? CovenantId = null, Guid? CommitmentKey = null, bool? Active = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Category, "category"), FieldRules.Name(Title, "title"), FieldRules.Defined<ServiceMode>(Mode, "mode"), FieldRules.Defined<CapacityPeriod>(Period, "period"),
        FieldRules.Range(Capacity, 1, 10_000, "capacity"), FieldRules.Count(Compounds?.Count ?? 0, 1, 500, "compounds"),
        PartnerId is { } p ? FieldRules.Id(p, "partnerId") : null, Description is null ? null : FieldRules.Name(Description, "description"),
        CovenantId is { } c ? FieldRules.Id(c, "covenantId") : null, CommitmentKey is { } k ? FieldRules.Id(k, "commitmentKey") : null,
    }.Concat((Compounds ?? []).Take(500).Select((c, i) => FieldRules.Id(c, $"compounds[{i}]"))).OfType<RuleViolation>();

    internal OfferingDetails ToDetails() => new(Category, Title, Mode, Capacity, Period, [.. Compounds.Select(c => new PlaceId(c))], Description,
        CovenantId is { } c2 ? new CovenantId(c2) : null, CommitmentKey);
}

/// <summary>An offering of the menu.</summary>
public sealed record OfferingResponse(Guid Id, Guid PartnerId, string Category, string Title, string? Description, ServiceMode Mode, int Capacity, CapacityPeriod Period,
    IReadOnlyList<Guid> Compounds, bool Active, Guid? CovenantId, Guid? CommitmentKey, long Version)
{
    internal static OfferingResponse From(ServiceOffering o) => new(o.Id.Value, o.PartnerId.Value, o.Category, o.Title, o.Description, o.Mode, o.Capacity, o.Period,
        [.. o.Compounds.Select(c => c.CompoundId.Value)], o.Active, o.CovenantId?.Value, o.CommitmentKey, o.Version);
}

/// <summary>An order from the menu.</summary>
public sealed record OrderRequest(Guid OfferingId, Guid CompoundId, string Needs, LocalDate Wanted) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Id(OfferingId, "offeringId"), FieldRules.Id(CompoundId, "compoundId"), FieldRules.Name(Needs, "needs"), FieldRules.Range(Wanted.Year, 1921, 9999, "wanted"),
    }.OfType<RuleViolation>();
}

/// <summary>A day (schedule, delivery) with an optional count.</summary>
public sealed record DayRequest(LocalDate Day, int? Participants = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Range(Day.Year, 1921, 9999, "day"), FieldRules.Range(Participants, 0, 100_000, "participants") }.OfType<RuleViolation>();
}

/// <summary>A rating of a delivered order.</summary>
public sealed record RateRequest(int Rating, string? Comment = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Range(Rating, 1, 5, "rating"), Comment is null ? null : FieldRules.Name(Comment, "comment") }.OfType<RuleViolation>();
}

/// <summary>An order.</summary>
public sealed record OrderResponse(Guid Id, Guid OfferingId, Guid PartnerId, Guid CompoundId, string Needs, LocalDate Wanted, OrderState State, LocalDate? BookedPeriod,
    string? Reason, LocalDate? ScheduledFor, LocalDate? DeliveredOn, int? Participants, int? Rating, string? RatingComment, IReadOnlyList<OrderStepDto> Steps, long Version)
{
    /// <summary>The state in Chinese.</summary>
    public string StateZh => Common.ChineseLabels.Of(State);

    internal static OrderResponse From(ServiceOrder o) => new(o.Id.Value, o.OfferingId.Value, o.PartnerId.Value, o.CompoundId.Value, o.Needs, o.WantedDate, o.State,
        o.BookedPeriod, o.Reason, o.ScheduledFor, o.DeliveredOn, o.Participants, o.Rating, o.RatingComment, [.. o.Steps.Select(s => new OrderStepDto(s.State, s.At))], o.Version);
}

/// <summary>A step of an order (who took it is in the audit trail).</summary>
public sealed record OrderStepDto(OrderState State, Instant At)
{
    /// <summary>The state in Chinese.</summary>
    public string StateZh => Common.ChineseLabels.Of(State);
}

/// <summary>A position as sent.</summary>
public sealed record PositionRequest(string Kind, string Name, Guid CompoundId, LocalDate Opened, Guid? PartnerId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Kind, "kind"), FieldRules.Name(Name, "name"), FieldRules.Id(CompoundId, "compoundId"), FieldRules.Range(Opened.Year, 1921, 9999, "opened"),
        PartnerId is { } p ? FieldRules.Id(p, "partnerId") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A position.</summary>
public sealed record PositionResponse(Guid Id, string Kind, string Name, Guid CompoundId, Guid? PartnerId, LocalDate Opened, LocalDate? Closed, long Version)
{
    internal static PositionResponse From(Position p) => new(p.Id.Value, p.Kind, p.Name, p.CompoundId.Value, p.PartnerId?.Value, p.Opened, p.Closed, p.Version);
}

/// <summary>A team as sent.</summary>
public sealed record TeamRequest(string Kind, string Name, Guid HomePlaceId, IReadOnlyList<Guid> Compounds, LocalDate From, LocalDate? To = null, Guid? PartnerId = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Kind, "kind"), FieldRules.Name(Name, "name"), FieldRules.Id(HomePlaceId, "homePlaceId"), FieldRules.Count(Compounds?.Count ?? 0, 1, 200, "compounds"),
        FieldRules.Range(From.Year, 1921, 9999, "from"), To is { } t ? FieldRules.Range(t.Year, 1921, 9999, "to") : null, PartnerId is { } p ? FieldRules.Id(p, "partnerId") : null,
    }.Concat((Compounds ?? []).Take(200).Select((c, i) => FieldRules.Id(c, $"compounds[{i}]"))).OfType<RuleViolation>();
}

/// <summary>A team.</summary>
public sealed record TeamResponse(Guid Id, string Kind, string Name, Guid? PartnerId, Guid HomePlaceId, IReadOnlyList<Guid> Compounds, LocalDate From, LocalDate? To, long Version)
{
    internal static TeamResponse Of(DeployedTeam t) => new(t.Id.Value, t.Kind, t.Name, t.PartnerId?.Value, t.HomePlaceId.Value, [.. t.Compounds.Select(c => c.CompoundId.Value)],
        t.From, t.To, t.Version);
}

/// <summary>A motion as filed.</summary>
public sealed record MotionRequest(Guid DeputyId, MotionKind Kind, string Title, Guid CompoundId, string FiledWith, LocalDate FiledOn) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Id(DeputyId, "deputyId"), FieldRules.Defined<MotionKind>(Kind, "kind"), FieldRules.Name(Title, "title"), FieldRules.Id(CompoundId, "compoundId"),
        FieldRules.Name(FiledWith, "filedWith"), FieldRules.Range(FiledOn.Year, 1921, 9999, "filedOn"),
    }.OfType<RuleViolation>();
}

/// <summary>A motion's next status.</summary>
public sealed record MotionStatusRequest(MotionStatus Status, LocalDate Day, string? Text = null, string? HandledBy = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Defined<MotionStatus>(Status, "status"), FieldRules.Range(Day.Year, 1921, 9999, "day"), Text is null ? null : FieldRules.Name(Text, "text"),
        HandledBy is null ? null : FieldRules.Name(HandledBy, "handledBy"),
    }.OfType<RuleViolation>();
}

/// <summary>A motion.</summary>
public sealed record MotionResponse(Guid Id, Guid DeputyId, MotionKind Kind, string Title, Guid CompoundId, string FiledWith, LocalDate FiledOn, MotionStatus Status,
    string? Answer, string? HandledBy, LocalDate? StatusOn, long Version)
{
    /// <summary>The status in Chinese.</summary>
    public string StatusZh => Common.ChineseLabels.Of(Status);

    internal static MotionResponse From(DeputyMotion m) => new(m.Id.Value, m.DeputyId.Value, m.Kind, m.Title, m.CompoundId.Value, m.FiledWith, m.FiledOn, m.Status,
        m.Answer, m.HandledBy, m.StatusOn, m.Version);
}

/// <summary>The catalogues: service categories, kinds of position and team.</summary>
public sealed record CataloguesResponse(IReadOnlyList<CatalogueEntry> ServiceCategories, IReadOnlyList<CatalogueEntry> PositionKinds, IReadOnlyList<CatalogueEntry> TeamKinds);
