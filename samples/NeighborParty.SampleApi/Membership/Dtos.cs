using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.Membership;

/// <summary>A suspension of voting rights.</summary>
public sealed record SuspensionDto(string Reason, LocalDate From, LocalDate? To);

/// <summary>The details of a member, as sent to record or change one.</summary>
public record MemberRequest(string Name, string IdNumber, LocalDate Joined, MemberCategory Category, Gender? Gender = null, LocalDate? BirthDate = null,
    string? Phone = null, LocalDate? MadeFull = null, bool? IsMobile = null, SuspensionDto? Suspension = null,
    Guid? ResidenceCompoundId = null, Guid? ResidenceBuildingId = null) : IValidatableRequest
{
    /// <inheritdoc />
    public virtual IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Name, "name"),
        IdCardNumber.TryParse(IdNumber, out _) ? null : IdCardNumber.Invalid("idNumber"),
        FieldRules.Defined<MemberCategory>(Category, "category"),
        FieldRules.Defined(Gender, "gender"),
        Phone is null || PhoneNumber.TryParse(Phone, out _) ? null : PhoneNumber.Invalid("phone"),
        FieldRules.Range(Joined.Year, 1921, 9999, "joined"),
        MadeFull is { } full ? FieldRules.Range(full.Year, 1921, 9999, "madeFull") : null,
        BirthDate is { } birth ? FieldRules.Range(birth.Year, 1900, 9999, "birthDate") : null,
        Suspension is { } s ? FieldRules.Name(s.Reason, "suspension.reason") : null,
        ResidenceCompoundId is { } c ? FieldRules.Id(c, "residenceCompoundId") : null,
        ResidenceBuildingId is { } b ? FieldRules.Id(b, "residenceBuildingId") : null,
    }.OfType<RuleViolation>();

    internal MemberDetails ToDetails() => new(Name, IdNumber, Joined, Category)
    {
        Gender = Gender,
        BirthDate = BirthDate,
        Phone = Phone,
        MadeFull = MadeFull,
        IsMobile = IsMobile ?? false,
        Suspension = Suspension is { } s ? new VotingSuspension(s.Reason, s.From, s.To) : null,
        ResidenceCompoundId = ResidenceCompoundId is { } c ? new PlaceId(c) : null,
        ResidenceBuildingId = ResidenceBuildingId is { } b ? new PlaceId(b) : null,
    };
}

/// <summary>A new member: the details and exactly one of the unit and the outside organisation holding the relationship (MR-1).</summary>
public sealed record CreateMemberRequest(string Name, string IdNumber, LocalDate Joined, MemberCategory Category, Gender? Gender = null, LocalDate? BirthDate = null,
    string? Phone = null, LocalDate? MadeFull = null, bool? IsMobile = null, SuspensionDto? Suspension = null,
    Guid? ResidenceCompoundId = null, Guid? ResidenceBuildingId = null, Guid? UnitId = null, string? ExternalOrganization = null, LocalDate? Since = null)
    : MemberRequest(Name, IdNumber, Joined, Category, Gender, BirthDate, Phone, MadeFull, IsMobile, Suspension, ResidenceCompoundId, ResidenceBuildingId)
{
    /// <inheritdoc />
    public override IEnumerable<RuleViolation> Validate() => base.Validate().Concat(new[]
    {
        UnitId is { } u ? FieldRules.Id(u, "unitId") : null,
        ExternalOrganization is not null ? FieldRules.Name(ExternalOrganization, "externalOrganization") : null,
    }.OfType<RuleViolation>());
}

/// <summary>Where a transfer goes: exactly one of a unit and an outside organisation.</summary>
public sealed record TransferRequest(Guid? UnitId = null, string? ExternalOrganization = null, LocalDate? Date = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        UnitId is { } u ? FieldRules.Id(u, "unitId") : null,
        ExternalOrganization is not null ? FieldRules.Name(ExternalOrganization, "externalOrganization") : null,
        Date is { } d ? FieldRules.Range(d.Year, 1921, 9999, "date") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A day for a transfer step (today when absent).</summary>
public sealed record StepRequest(LocalDate? Date = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { Date is { } d ? FieldRules.Range(d.Year, 1921, 9999, "date") : null }.OfType<RuleViolation>();
}

/// <summary>A residence registration (报到).</summary>
public sealed record RegistrationRequest(Guid CompoundId, Guid? BuildingId = null, string? Grid = null, LocalDate? Date = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Id(CompoundId, "compoundId"),
        BuildingId is { } b ? FieldRules.Id(b, "buildingId") : null,
        Grid is not null ? FieldRules.Name(Grid, "grid") : null,
        Date is { } d ? FieldRules.Range(d.Year, 1921, 9999, "date") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A past relationship.</summary>
public sealed record RelationshipDto(Guid? UnitId, string? ExternalOrganization, LocalDate From, LocalDate To);

/// <summary>An open transfer.</summary>
public sealed record TransferDto(TransferState State, Guid? ToUnitId, string? ToExternalOrganization, LocalDate? Started)
{
    /// <summary>The transfer state in Chinese.</summary>
    public string StateZh => Common.ChineseLabels.Of(State);
}

/// <summary>A registration (报到).</summary>
public sealed record RegistrationDto(Guid CompoundId, Guid? BuildingId, string? Grid, LocalDate? Since);

/// <summary>A member; ID-card number and phone are masked and the birth date is null (the year stays) unless <c>revealed</c>; <c>version</c> is also the ETag.</summary>
public sealed record MemberResponse(Guid Id, string Name, string IdNumber, string? Phone, bool Revealed, Gender Gender, LocalDate? BirthDate, int BirthYear,
    LocalDate Joined, LocalDate? MadeFull, MemberStatus Status, MemberCategory Category, bool IsMobile, SuspensionDto? Suspension, bool VotingSuspended,
    Guid? UnitId, string? ExternalOrganization, LocalDate RelationshipSince, TransferDto? Transfer, IReadOnlyList<RelationshipDto> History,
    Guid? ResidenceCompoundId, Guid? ResidenceBuildingId, RegistrationDto? Registration, long Version)
{
    /// <summary>The status in Chinese (正式党员, 预备党员).</summary>
    public string StatusZh => Common.ChineseLabels.Of(Status);

    /// <summary>The category in Chinese (离退休, 在职, 小区党员, 驻区单位).</summary>
    public string CategoryZh => Common.ChineseLabels.Of(Category);

    internal static MemberResponse From(PartyMember m, bool reveal, LocalDate today) => new(
        m.Id.Value, m.Name, reveal ? m.IdNumber : m.IdCard.Masked, reveal ? m.Phone : m.Phone is null ? null : m.PhoneNumber.Masked, reveal,
        m.Gender, reveal ? m.BirthDate : null, m.BirthDate.Year, m.Joined, m.MadeFull, m.Status, m.Category, m.IsMobile,
        m.SuspensionReason is { } reason ? new SuspensionDto(reason, m.SuspendedFrom!.Value, m.SuspendedTo) : null, m.IsVotingSuspendedOn(today),
        m.UnitId?.Value, m.ExternalOrganization, m.RelationshipSince,
        m.Transfer is { } state ? new TransferDto(state, m.TransferToUnitId?.Value, m.TransferToExternal, m.TransferStarted) : null,
        [.. m.History.Select(h => new RelationshipDto(h.UnitId?.Value, h.ExternalOrganization, h.From, h.To))],
        m.ResidenceCompoundId?.Value, m.ResidenceBuildingId?.Value,
        m.RegisteredCompoundId is { } c ? new RegistrationDto(c.Value, m.RegisteredBuildingId?.Value, m.RegisteredGrid, m.RegisteredOn) : null,
        m.Version);
}

/// <summary>A resident (not necessarily a member); the contact is masked.</summary>
public sealed record ResidentResponse(Guid Id, string Name, Guid CompoundId, Guid? BuildingId, string? Contact, long Version)
{
    internal static ResidentResponse From(Resident r) => new(r.Id.Value, r.Name, r.CompoundId.Value, r.BuildingId?.Value, r.Contact is null ? null : r.ContactNumber.Masked, r.Version);
}

/// <summary>Records or changes a resident.</summary>
public sealed record ResidentRequest(string Name, Guid CompoundId, Guid? BuildingId = null, string? Contact = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Name(Name, "name"),
        FieldRules.Id(CompoundId, "compoundId"),
        BuildingId is { } b ? FieldRules.Id(b, "buildingId") : null,
        Contact is null || PhoneNumber.TryParse(Contact, out _) ? null : PhoneNumber.Invalid("contact"),
    }.OfType<RuleViolation>();
}

/// <summary>The counts of an assessment.</summary>
public sealed record CountsDto(int Full, int Probationary, int FullSuspended, int Retired, int InService, int CompoundResident, int ResidentUnit,
    int Mobile, int RegisteredOnly, int RegisteredOnlyFull)
{
    internal static CountsDto From(in MemberCounts c) => new(c.Full, c.Probationary, c.FullSuspended, c.Retired, c.InService, c.CompoundResident,
        c.ResidentUnit, c.Mobile, c.RegisteredOnly, c.RegisteredOnlyFull);
}

/// <summary>One outcome with its rule.</summary>
public sealed record OutcomeDto(FormationVerdict Verdict, string RuleId, string Citation, string Message, string MessageZh, IReadOnlyList<Guid> CandidateNeighbours)
{
    /// <summary>The outcome in Chinese.</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);
}

/// <summary>An assessment: the counts and every outcome that applies.</summary>
public sealed record AssessmentResponse(FormationSubjectKind Subject, string SubjectZh, string SubjectEn, IReadOnlyList<Guid> Places, Guid? Branch, CountsDto Counts,
    int Counted, int Size, FormationVerdict Verdict, IReadOnlyList<OutcomeDto> Outcomes)
{
    /// <summary>The verdict in Chinese.</summary>
    public string VerdictZh => Common.ChineseLabels.Of(Verdict);

    internal static AssessmentResponse From(FormationAssessment a) => new(a.Subject, a.SubjectZh, a.SubjectEn, [.. a.Places.Select(c => c.Value)], a.Branch?.Value,
        CountsDto.From(a.Counts), a.Counted, a.Size, a.Verdict,
        [.. a.Outcomes.Select(o => new OutcomeDto(o.Verdict, o.RuleId, o.Citation, o.Message, o.MessageZh, [.. o.CandidateNeighbours.Select(n => n.Value)]))]);
}

/// <summary>Compounds to assess together as a proposed joint branch.</summary>
public sealed record CompoundsRequest(IReadOnlyList<Guid> Compounds) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Count(Compounds?.Count, 2, 20, "compounds"),
        Compounds?.Any(c => c == Guid.Empty) == true ? FieldRules.Id(Guid.Empty, "compounds") : null,
    }.OfType<RuleViolation>();
}

/// <summary>The answer of a ledger import: the first 1,000 errors, and every error counted per code in <see cref="Totals"/>.</summary>
public sealed record ImportResponse(bool Stored, int Rows, int Added, int Updated, int Unchanged, int BadRows, IReadOnlyList<LedgerRowError> Errors,
    IReadOnlyDictionary<string, int> Totals)
{
    internal static ImportResponse From(LedgerImportReport r) => new(r.Stored, r.Rows, r.Added, r.Updated, r.Unchanged, r.BadRows, r.Errors, r.Totals);
}

/// <summary>What a sweep found, by list.</summary>
public sealed record SweepResponse(Guid Scope, PlaceKind AssessedKind, string AssessedName, string AssessedNameEn, int Places, int Branches,
    IReadOnlyList<FormationSweepItem> ShouldFormBranch, IReadOnlyList<FormationSweepItem> ShouldJoinJointBranch,
    IReadOnlyList<FormationSweepItem> NoLongerMeetConditions, IReadOnlyList<FormationSweepItem> CommitteeRequired,
    IReadOnlyList<FormationSweepItem> ShouldDivideIntoGroups, IReadOnlyList<FormationSweepItem> TooLarge,
    IReadOnlyDictionary<string, int> Counts, bool Truncated)
{
    /// <summary>The names of the lists, as <c>list</c> of the items endpoint and keys of <see cref="Counts"/> take them.</summary>
    internal static readonly string[] Lists = ["shouldFormBranch", "shouldJoinJointBranch", "noLongerMeetConditions", "committeeRequired", "shouldDivideIntoGroups", "tooLarge"];

    /// <summary>The sweep with each list cut to its first <paramref name="take"/> items (the rest a page at a time from /items); <see cref="Counts"/> holds every list's length.</summary>
    internal static SweepResponse From(FormationSweep s, int take)
    {
        var lists = new[] { s.ShouldFormBranch, s.ShouldJoinJointBranch, s.NoLongerMeetConditions, s.CommitteeRequired, s.ShouldDivideIntoGroups, s.TooLarge };
        IReadOnlyList<FormationSweepItem> Cut(IReadOnlyList<FormationSweepItem> list) => list.Count <= take ? list : [.. list.Take(take)];
        return new(s.Scope.Value, s.Assessed.Kind, s.Assessed.Name, s.Assessed.NameEn, s.Places, s.Branches, Cut(s.ShouldFormBranch), Cut(s.ShouldJoinJointBranch), Cut(s.NoLongerMeetConditions), Cut(s.CommitteeRequired),
            Cut(s.ShouldDivideIntoGroups), Cut(s.TooLarge), Lists.Zip(lists).ToDictionary(x => x.First, x => x.Second.Count), lists.Any(l => l.Count > take));
    }

    /// <summary>One list of the sweep by its name, or null.</summary>
    internal static IReadOnlyList<FormationSweepItem>? List(FormationSweep s, string name) => name switch
    {
        "shouldFormBranch" => s.ShouldFormBranch, "shouldJoinJointBranch" => s.ShouldJoinJointBranch, "noLongerMeetConditions" => s.NoLongerMeetConditions,
        "committeeRequired" => s.CommitteeRequired, "shouldDivideIntoGroups" => s.ShouldDivideIntoGroups, "tooLarge" => s.TooLarge, _ => null,
    };
}

/// <summary>A whole-tree report summed by level: every list's length in the place, and per child place (drill down by asking for a child's summary).</summary>
public sealed record SummaryResponse(Guid Scope, IReadOnlyDictionary<string, int> Totals, IReadOnlyList<SummaryRowResponse> Children)
{
    internal static SummaryResponse From(ReportSummary s) => new(s.Scope.Value, s.Totals, [.. s.Children.Select(c => new SummaryRowResponse(c.PlaceId.Value, c.Name, c.Counts))]);
}

/// <summary>One child place of a summary.</summary>
public sealed record SummaryRowResponse(Guid PlaceId, string Name, IReadOnlyDictionary<string, int> Counts);
