using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Activities.Csv;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.Accounting;

/// <summary>A member's part in an activity.</summary>
public sealed record ActivityMemberDto(Guid MemberId, decimal Hours);

/// <summary>An activity as recorded (its local start time in the district's time zone).</summary>
public sealed record RecordActivityBody(string Kind, string Title, Guid PlaceId, LocalDateTime StartsAt, int Participants, Guid? UnitId = null,
    IReadOnlyList<ActivityMemberDto>? Members = null, IReadOnlyList<Guid>? Partners = null, Guid? CovenantId = null, Guid? CommitmentKey = null, Guid? ProjectId = null,
    Guid? RequestId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Kind, "kind"), FieldRules.Name(Title, "title"), FieldRules.Id(PlaceId, "placeId"), FieldRules.Range(StartsAt.Year, 1921, 9999, "startsAt"),
        FieldRules.Range(Participants, 0, 100_000, "participants"), UnitId is { } u ? FieldRules.Id(u, "unitId") : null,
        FieldRules.Count(Members?.Count ?? 0, 0, 1000, "members"), FieldRules.Count(Partners?.Count ?? 0, 0, 50, "partners"),
    }.Concat((Members ?? []).Take(1000).Select((m, i) => m is null ? new RuleViolation("NP-GEN-001", "A member is empty.", "党员不能为空。", target: $"members[{i}]") : FieldRules.Id(m.MemberId, $"members[{i}].memberId")))
        .OfType<RuleViolation>();

    internal NewActivity ToNew(DateTimeZone zone) => new(Kind, Title, new PlaceId(PlaceId), StartsAt.InZoneLeniently(zone), Participants,
        UnitId is { } u ? new OrganizationUnitId(u) : null, [.. (Members ?? []).Select(m => (new PartyMemberId(m.MemberId), m.Hours))],
        [.. (Partners ?? []).Select(p => new PartnerId(p))],
        new ActivityLinks(CovenantId is { } c ? new CovenantId(c) : null, null, ProjectId, RequestId, CommitmentKey));
}

/// <summary>An activity.</summary>
public sealed record ActivityResponse(Guid Id, string Kind, string Title, Guid? UnitId, Guid PlaceId, LocalDate Day, Instant StartsAt, int Participants,
    IReadOnlyList<ActivityMemberDto> Members, IReadOnlyList<Guid> Partners, Guid? CovenantId, Guid? ServiceOrderId, Guid? ProjectId, Guid? RequestId, decimal VolunteerHours)
{
    internal static ActivityResponse From(Activity a) => new(a.Id.Value, a.Kind, a.Title, a.UnitId?.Value, a.PlaceId.Value, a.Day, a.StartsAt, a.Participants,
        [.. a.Members.Select(m => new ActivityMemberDto(m.MemberId.Value, m.Hours))], [.. a.Partners.Select(p => p.PartnerId.Value)], a.CovenantId?.Value,
        a.ServiceOrderId?.Value, a.ProjectId, a.RequestId, a.VolunteerHours);
}

/// <summary>A figure in a report.</summary>
public sealed record FigureDto(string Key, string NameZh, string Name, FigureNature Nature, long Value);

/// <summary>A child's figures in a report.</summary>
public sealed record ReportChildDto(Guid PlaceId, string Name, IReadOnlyList<FigureDto> Figures);

/// <summary>A correction included in a report.</summary>
public sealed record CorrectionResponse(Guid Id, string Figure, Guid PlaceId, long Delta, LocalDate AttributedTo, LocalDate RecordedOn, string Reason, string RecordedBy);

/// <summary>A place's report.</summary>
public sealed record ReportResponse(Guid PlaceId, string PlaceName, LocalDate From, LocalDate To, bool Frozen, Instant? ClosedAt, IReadOnlyList<FigureDto> Totals,
    IReadOnlyList<ReportChildDto> Children, IReadOnlyList<CorrectionResponse> Corrections)
{
    internal static ReportResponse Of(RollUpReport r) => new(r.PlaceId.Value, r.PlaceName, r.From, r.To, r.Frozen, r.ClosedAt, [.. r.Totals.Select(Figure)],
        [.. r.Children.Select(c => new ReportChildDto(c.PlaceId.Value, c.Name, [.. c.Figures.Select(Figure)]))],
        [.. r.Corrections.Select(c => new CorrectionResponse(c.Id.Value, c.Figure, c.PlaceId.Value, c.Delta, c.AttributedTo, c.RecordedOn, c.Reason, c.RecordedBy))]);

    private static FigureDto Figure(FigureLine f) => new(f.Key, f.NameZh, f.Name, f.Nature, f.Value);
}

/// <summary>A period to close.</summary>
public sealed record PeriodBody(LocalDate From, LocalDate To) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Range(From.Year, 1921, 9999, "from"), FieldRules.Range(To.Year, 1921, 9999, "to"),
        To < From ? new RuleViolation("NP-GEN-002", "The period ends before it starts.", "期间结束日早于开始日。", target: "to") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A closed period.</summary>
public sealed record ClosingResponse(Guid Id, Guid PlaceId, LocalDate From, LocalDate To, Instant ClosedAt, string ClosedBy);

/// <summary>A correction as recorded.</summary>
public sealed record CorrectionBody(string Figure, Guid PlaceId, long Delta, LocalDate AttributedTo, string Reason) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Key(Figure, "figure"), FieldRules.Id(PlaceId, "placeId"), FieldRules.Range(AttributedTo.Year, 1921, 9999, "attributedTo"), FieldRules.Name(Reason, "reason"),
    }.OfType<RuleViolation>();
}

/// <summary>A project as planned.</summary>
public sealed record PlanProjectBody(string Title, Guid UnitId, Guid PlaceId, LocalDate PlannedOn, IReadOnlyList<Guid>? Partners = null, IReadOnlyList<Guid>? Requests = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Title, "title"), FieldRules.Id(UnitId, "unitId"), FieldRules.Id(PlaceId, "placeId"), FieldRules.Range(PlannedOn.Year, 1921, 9999, "plannedOn"),
        FieldRules.Count(Partners?.Count ?? 0, 0, 50, "partners"), FieldRules.Count(Requests?.Count ?? 0, 0, 100, "requests"),
    }.OfType<RuleViolation>();
}

/// <summary>A day.</summary>
public sealed record DayBody(LocalDate Day) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Range(Day.Year, 1921, 9999, "day") }.OfType<RuleViolation>();
}

/// <summary>A day and a text (an outcome or a reason).</summary>
public sealed record DayTextBody(LocalDate Day, string Text) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Range(Day.Year, 1921, 9999, "day"), FieldRules.Name(Text, "text") }.OfType<RuleViolation>();
}

/// <summary>A request to link.</summary>
public sealed record LinkRequestBody(Guid RequestId) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Id(RequestId, "requestId") }.OfType<RuleViolation>();
}

/// <summary>A project.</summary>
public sealed record ProjectResponse(Guid Id, string Title, Guid UnitId, Guid PlaceId, LocalDate PlannedOn, LocalDate? StartedOn, LocalDate? EndedOn, ProjectState State,
    string? Outcome, IReadOnlyList<Guid> Partners, IReadOnlyList<Guid> Requests, long Version)
{
    /// <summary>The state in Chinese.</summary>
    public string StateZh => Common.ChineseLabels.Of(State);

    /// <summary>Gets the activities that carry it out (shown with one project).</summary>
    public IReadOnlyList<ActivityResponse>? Activities { get; init; }

    internal static ProjectResponse From(Project p) => new(p.Id.Value, p.Title, p.UnitId.Value, p.PlaceId.Value, p.PlannedOn, p.StartedOn, p.EndedOn, p.State, p.Outcome,
        [.. p.Partners.Select(x => x.PartnerId.Value)], [.. p.Requests.Select(x => x.RequestId.Value)], p.Version);
}

/// <summary>One activity of a volunteer-hours statement.</summary>
public sealed record VolunteerHoursLineDto(Guid ActivityId, LocalDate Day, string Title, string Kind, string Place, decimal Hours);

/// <summary>A member's volunteer-hours statement (MR-5).</summary>
public sealed record VolunteerHoursResponse(Guid MemberId, string MemberName, MemberCategory Category, string? ReportTo, LocalDate From, LocalDate To,
    IReadOnlyList<VolunteerHoursLineDto> Lines, decimal TotalHours)
{
    internal static VolunteerHoursResponse Of(VolunteerHoursStatement s) => new(s.MemberId.Value, s.MemberName, s.Category, s.ReportTo, s.From, s.To,
        [.. s.Lines.Select(l => new VolunteerHoursLineDto(l.ActivityId.Value, l.Day, l.Title, l.Kind, l.Place, l.Hours))], s.TotalHours);
}

/// <summary>The answer of an activity import.</summary>
/// <param name="Stored">Whether the rows were stored (all of them; none when any row is bad).</param>
/// <param name="Rows">The rows read.</param>
/// <param name="Recorded">The activities recorded.</param>
/// <param name="BadRows">The bad rows.</param>
/// <param name="Errors">The first 1,000 errors.</param>
/// <param name="Totals">Every error, counted per code.</param>
public sealed record ActivityImportResponse(bool Stored, int Rows, int Recorded, int BadRows, IReadOnlyList<LedgerRowError> Errors, IReadOnlyDictionary<string, int> Totals)
{
    internal static ActivityImportResponse From(ActivityImportReport r) => new(r.Stored, r.Rows, r.Recorded, r.BadRows, r.Errors, r.Totals);
}
