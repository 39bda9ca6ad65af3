using NeighborParty.Care;
using NeighborParty.Common;
using NeighborParty.SampleApi.Infrastructure;
using NodaTime;

namespace NeighborParty.SampleApi.Care;

/// <summary>A guardian as given.</summary>
public sealed record GuardianDto(GuardianKind Kind, string Name, string Duty, Guid? MemberId = null) : IValidatableRequest
{
    internal NewGuardian ToNew() => new(Kind, Name, Duty, MemberId is { } m ? new NeighborParty.Membership.PartyMemberId(m) : null);

    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Defined<GuardianKind>(Kind, "kind"), FieldRules.Name(Name, "name"), FieldRules.Name(Duty, "duty"), MemberId is { } m ? FieldRules.Id(m, "memberId") : null,
    }.OfType<RuleViolation>();
}

/// <summary>The consent a record rests on (CR-1).</summary>
public sealed record ConsentDto(string GivenBy, string Relation, LocalDate On, string Means);

/// <summary>Registers a resident for neighbourhood care.</summary>
public sealed record RegisterCareBody(Guid ResidentId, IReadOnlyList<CareNeeds> Needs, ConsentDto Consent, IReadOnlyList<GuardianDto> Guardians, string? Circumstances = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Id(ResidentId, "residentId"), FieldRules.Count(Needs?.Count, 1, 5, "needs"), FieldRules.Count(Guardians?.Count, 1, 50, "guardians"),
        Consent is null ? new RuleViolation(CareRules.Consent, "Give the consent (CR-1).", "须填写同意情况（CR-1）。", CareRules.PrivacyLaw, target: "consent") : null,
        Guardians?.Any(g => g is null) == true ? new RuleViolation("NP-GEN-001", "A guardian may not be null.", "守望人不能为空。", target: "guardians") : null,
    }.Concat((Needs ?? []).Select(n => FieldRules.Defined<CareNeeds>(n, "needs"))).Concat((Guardians ?? []).SelectMany(g => g?.Validate() ?? [])).OfType<RuleViolation>();

    internal NewCareRecord ToNew() => new(new NeighborParty.Membership.ResidentId(ResidentId), Needs.Aggregate(CareNeeds.None, (all, n) => all | n),
        new CareConsent(Consent.GivenBy, Consent.Relation, Consent.On, Consent.Means), [.. Guardians.Select(g => g.ToNew())], Circumstances);
}

/// <summary>A guardian to add, from a day.</summary>
public sealed record AddGuardianBody(GuardianDto Guardian, LocalDate Since) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => Guardian?.Validate() ?? [new RuleViolation("NP-GEN-001", "Give the guardian.", "须填写守望人。", target: "guardian")];
}

/// <summary>The last day of a guardian's service.</summary>
public sealed record EndGuardianBody(LocalDate LastDay);

/// <summary>A contact (探访) with the resident.</summary>
public sealed record ContactBody(Instant At, string By, ContactMode Mode, string Note, int? GuardianKey = null, bool Concern = false) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(By, "by"), FieldRules.Defined<ContactMode>(Mode, "mode") }.OfType<RuleViolation>();
}

/// <summary>An action of the branch or community (CR-5).</summary>
public sealed record EscalateBody(EscalationLevel Level, CareActionKind Kind, string Description) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Defined<EscalationLevel>(Level, "level"), FieldRules.Defined<CareActionKind>(Kind, "kind"), FieldRules.Name(Description, "description"),
    }.OfType<RuleViolation>();
}

/// <summary>The outcome of an action.</summary>
public sealed record OutcomeBody(string Outcome) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Outcome, "outcome") }.OfType<RuleViolation>();
}

/// <summary>A move into a facility (its name), or home (null).</summary>
public sealed record MoveBody(string? Facility);

/// <summary>Why a record is closed.</summary>
public sealed record CloseCareBody(string Because) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[] { FieldRules.Name(Because, "because") }.OfType<RuleViolation>();
}

/// <summary>A guardian as shown.</summary>
public sealed record GuardianResponse(int Key, GuardianKind Kind, string KindZh, string Name, Guid? MemberId, string Duty, LocalDate Since, LocalDate? Until);

/// <summary>A contact as shown.</summary>
public sealed record ContactResponse(Instant At, int? GuardianKey, string By, ContactMode Mode, string ModeZh, string Note, bool Concern);

/// <summary>An action as shown.</summary>
public sealed record CareActionResponse(int Key, EscalationLevel Level, string LevelZh, CareActionKind Kind, string KindZh, string Description, Instant OpenedAt, Instant? DoneAt,
    string? Outcome);

/// <summary>
/// A care record (邻里守望档案) with today's alert. <c>circumstances</c> and <c>consent</c> are null unless the caller may
/// see sensitive details (CR-6: the community and the compound's secretary).
/// </summary>
public sealed record CareResponse(Guid Id, Guid ResidentId, string ResidentName, Guid CompoundId, IReadOnlyList<CareNeeds> Needs, string NeedsZh, CareStatus Status,
    string StatusZh, string? Facility, CareAlertLevel Alert, string AlertZh, Instant LastContactAt, Instant DueBy, Instant EscalatesAt, bool UnansweredConcern,
    string? Circumstances, ConsentDto? Consent, bool Masked, IReadOnlyList<GuardianResponse> Guardians, IReadOnlyList<ContactResponse> Contacts,
    IReadOnlyList<CareActionResponse> Actions, Instant RegisteredAt, Instant? ClosedAt, string? ClosedBecause, long Version)
{
    internal static CareResponse From(CareView view)
    {
        var (r, a) = (view.Record, view.Alert);
        return new(r.Id.Value, r.ResidentId.Value, view.ResidentName, r.CompoundId.Value, [.. Enum.GetValues<CareNeeds>().Where(n => n != CareNeeds.None && r.Needs.HasFlag(n))],
            ChineseLabels.Of(r.Needs), r.Status, ChineseLabels.Of(r.Status), r.Facility, a.Level, ChineseLabels.Of(a.Level), a.LastContactAt, a.DueBy, a.EscalatesAt,
            a.UnansweredConcern, view.Personal ? r.Circumstances : null, view.Personal ? new ConsentDto(r.Consent.GivenBy, r.Consent.Relation, r.Consent.On, r.Consent.Means) : null,
            !view.Personal,
            [.. r.Guardians.Select(g => new GuardianResponse(g.Key, g.Kind, ChineseLabels.Of(g.Kind), g.Name, g.MemberId?.Value, g.Duty, g.Since, g.Until))],
            [.. r.Contacts.Select(c => new ContactResponse(c.At, c.GuardianKey, c.By, c.Mode, ChineseLabels.Of(c.Mode), c.Note, c.Concern))],
            [.. r.Actions.Select(x => new CareActionResponse(x.Key, x.Level, ChineseLabels.Of(x.Level), x.Kind, ChineseLabels.Of(x.Kind), x.Description, x.OpenedAt, x.DoneAt, x.Outcome))],
            r.RegisteredAt, r.ClosedAt, r.ClosedBecause, r.Version);
    }
}
