using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.SampleApi.Stewards;

/// <summary>A role of the catalogue.</summary>
public sealed record RoleResponse(string Key, string Name, string NameZh, RoleSite Site, RoleHolders Holders, ResidenceRequirement Residence, RoleTerm Term,
    int? MaxHolders, bool IsCommitteeSeat, bool CommitteeOnly, bool RequiresRelationshipInBranch, bool RequiresStanding, OwnersCommitteePosition? OwnersCommitteeSeat)
{
    internal static RoleResponse From(StewardRole r) => new(r.Key, r.Name, r.NameZh, r.Site, r.Holders, r.Residence, r.Term, r.MaxHolders, r.IsCommitteeSeat,
        r.CommitteeOnly, r.RequiresRelationshipInBranch, r.RequiresStanding, r.OwnersCommitteeSeat);
}

/// <summary>An appointment to make: the role, exactly one person, the site the role needs, and the term.</summary>
public sealed record AppointRequest(string Role, AppointmentBasis Basis, LocalDate Start, Guid? MemberId = null, Guid? ResidentId = null, Guid? UnitId = null,
    Guid? PlaceId = null, string? Grid = null, LocalDate? End = null, string? BasisNote = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        string.IsNullOrWhiteSpace(Role) || Role.Length > 64 ? new RuleViolation(StewardRules.UnknownRole, "Give a role key (see /api/stewards/roles).", "请填写职务代码（见 /api/stewards/roles）。", target: "role") : null,
        FieldRules.Defined<AppointmentBasis>(Basis, "basis"),
        FieldRules.Range(Start.Year, 1921, 9999, "start"),
        End is { } end ? FieldRules.Range(end.Year, 1921, 9999, "end") : null,
        MemberId is { } m ? FieldRules.Id(m, "memberId") : null,
        ResidentId is { } r ? FieldRules.Id(r, "residentId") : null,
        UnitId is { } u ? FieldRules.Id(u, "unitId") : null,
        PlaceId is { } p ? FieldRules.Id(p, "placeId") : null,
        Grid is not null ? FieldRules.Name(Grid, "grid") : null,
        BasisNote is not null ? FieldRules.Name(BasisNote, "basisNote") : null,
    }.OfType<RuleViolation>();
}

/// <summary>An early end of an appointment.</summary>
public sealed record EndAppointmentRequest(LocalDate LastDay, AppointmentEndReason Reason, string? Note = null) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Range(LastDay.Year, 1921, 9999, "lastDay"),
        FieldRules.Defined<AppointmentEndReason>(Reason, "reason"),
        Note is not null ? FieldRules.Name(Note, "note") : null,
    }.OfType<RuleViolation>();
}

/// <summary>A postponed or advanced election (TR-3): the new last day and the approval.</summary>
public sealed record ChangeTermRequest(LocalDate End, string ApprovedBy, LocalDate ApprovedOn) : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate() => new[]
    {
        FieldRules.Range(End.Year, 1921, 9999, "end"),
        FieldRules.Name(ApprovedBy, "approvedBy"),
        FieldRules.Range(ApprovedOn.Year, 1921, 9999, "approvedOn"),
    }.OfType<RuleViolation>();
}

/// <summary>An appointment.</summary>
public sealed record AppointmentResponse(Guid Id, string Role, string RoleName, string RoleNameZh, HolderKind HolderKind, Guid? MemberId, Guid? ResidentId, string Holder,
    RoleSite Site, Guid? UnitId, Guid? PlaceId, Guid? CompoundId, string? Grid, LocalDate Start, LocalDate End, LocalDate RegularEnd, LocalDate LastDay, bool InOffice,
    AppointmentBasis Basis, string? BasisNote, LocalDate? EndedOn, AppointmentEndReason? EndReason, string? EndNote, string? TermChangeApprovedBy,
    LocalDate? TermChangeApprovedOn, long Version)
{
    internal static AppointmentResponse From(Appointment a, StewardRole role, LocalDate today) => new(a.Id.Value, a.RoleKey, role.Name, role.NameZh, a.HolderKind,
        a.MemberId?.Value, a.ResidentId?.Value, a.HolderName, a.Site, a.UnitId?.Value, a.PlaceId?.Value, a.CompoundId?.Value, a.Grid, a.Start, a.End, a.RegularEnd,
        a.LastDay, a.IsHeldOn(today), a.Basis, a.BasisNote, a.EndedOn, a.EndReason, a.EndNote, a.TermChangeApprovedBy, a.TermChangeApprovedOn, a.Version);
}

/// <summary>A seat of an owners' committee.</summary>
public sealed record SeatDto(string Name, OwnersCommitteePosition Position, Guid? MemberId = null, Guid? ResidentId = null);

/// <summary>An owners' committee (业委会).</summary>
public sealed record OwnersCommitteeDto(LocalDate ElectedOn, LocalDate TermStart, LocalDate TermEnd, IReadOnlyList<SeatDto> Seats);

/// <summary>The owners' committee and property management of a compound, as sent.</summary>
public sealed record GovernanceRequest(PropertyManagement Management, string? PropertyCompany = null, string? PropertyContact = null, OwnersCommitteeDto? OwnersCommittee = null)
    : IValidatableRequest
{
    /// <inheritdoc />
    public IEnumerable<RuleViolation> Validate()
    {
        var errors = new List<RuleViolation?>
        {
            FieldRules.Defined<PropertyManagement>(Management, "management"),
            PropertyCompany is not null ? FieldRules.Name(PropertyCompany, "propertyCompany") : null,
            PropertyContact is null || PhoneNumber.TryParse(PropertyContact, out _) ? null : PhoneNumber.Invalid("propertyContact"),
        };
        if (OwnersCommittee is { } c)
        {
            errors.Add(FieldRules.Range(c.ElectedOn.Year, 1921, 9999, "ownersCommittee.electedOn"));
            errors.Add(FieldRules.Range(c.TermStart.Year, 1921, 9999, "ownersCommittee.termStart"));
            errors.Add(FieldRules.Range(c.TermEnd.Year, 1921, 9999, "ownersCommittee.termEnd"));
            errors.Add(c.TermEnd < c.TermStart ? new RuleViolation(StewardRules.Governance, "The term ends before it starts.", "任期结束日早于开始日。", target: "ownersCommittee.termEnd") : null);
            errors.Add(FieldRules.Count(c.Seats?.Count ?? 0, 1, 21, "ownersCommittee.seats"));
            for (var i = 0; i < (c.Seats?.Count ?? 0) && i < 21; i++)
            {
                var seat = c.Seats![i];
                errors.Add(seat is null ? new RuleViolation(StewardRules.Governance, "A seat is empty.", "成员不能为空。", target: $"ownersCommittee.seats[{i}]") : FieldRules.Name(seat.Name, $"ownersCommittee.seats[{i}].name"));
                errors.Add(seat is null ? null : FieldRules.Defined<OwnersCommitteePosition>(seat.Position, $"ownersCommittee.seats[{i}].position"));
                errors.Add(seat?.MemberId is { } m ? FieldRules.Id(m, $"ownersCommittee.seats[{i}].memberId") : null);
                errors.Add(seat?.ResidentId is { } r ? FieldRules.Id(r, $"ownersCommittee.seats[{i}].residentId") : null);
            }
        }

        return errors.OfType<RuleViolation>();
    }

    internal CompoundGovernanceDetails ToDetails() => new(Management, PropertyCompany, PropertyContact, OwnersCommittee is { } c
        ? new OwnersCommitteeDetails(c.ElectedOn, new DateInterval(c.TermStart, c.TermEnd),
            [.. c.Seats.Select(s => new OwnersCommitteeSeatDetails(s.Name, s.Position, s.MemberId is { } m ? new PartyMemberId(m) : null, s.ResidentId is { } r ? new ResidentId(r) : null))])
        : null);
}

/// <summary>The owners' committee and property management of a compound, as stored (version 0 when nothing is recorded yet).</summary>
public sealed record GovernanceResponse(Guid CompoundId, PropertyManagement Management, string? PropertyCompany, string? PropertyContact, OwnersCommitteeDto? OwnersCommittee, long Version)
{
    internal static GovernanceResponse From(Guid compound, CompoundGovernance? g, bool reveal) => g is null
        ? new(compound, PropertyManagement.Unknown, null, null, null, 0)
        : new(compound, g.Management, g.PropertyCompany, g.PropertyContact is null ? null : reveal ? g.PropertyContact : PhoneNumber.Parse(g.PropertyContact).ToString(),
            g.CommitteeTerm is { } t ? new OwnersCommitteeDto(g.CommitteeElectedOn!.Value, t.Start, t.End,
                [.. g.Seats.Select(s => new SeatDto(s.Name, s.Position, s.MemberId?.Value, s.ResidentId?.Value))]) : null, g.Version);
}

/// <summary>One seat of a compound's Red Steward team.</summary>
public sealed record TeamSeatDto(Guid AppointmentId, string Role, string RoleName, string RoleNameZh, string Holder, HolderKind HolderKind, LocalDate Since, LocalDate Until,
    RoleSite Site, string SiteName, MemberCategory? Category, MemberStatus? Status, bool CrossHolding);

/// <summary>A compound's Red Steward team (红色管家).</summary>
public sealed record TeamResponse(Guid CompoundId, string CompoundName, Guid? BranchId, string? BranchName, LocalDate On, bool CrossHolding,
    IReadOnlyList<TeamSeatDto> Seats, GovernanceResponse Governance)
{
    internal static TeamResponse From(StewardTeam t, bool reveal) => new(t.CompoundId.Value, t.CompoundName, t.BranchId?.Value, t.BranchName, t.On, t.CrossHolding,
        [.. t.Seats.Select(s => new TeamSeatDto(s.AppointmentId.Value, s.Role, s.RoleName, s.RoleNameZh, s.Holder, s.HolderKind, s.Since, s.Until, s.Site, s.SiteName,
            s.Category, s.Status, s.CrossHolding))],
        GovernanceResponse.From(t.CompoundId.Value, t.Governance, reveal));
}

/// <summary>A branch in a coverage report.</summary>
public sealed record CoverageUnitDto(Guid Id, string Name, int FullMembers);

/// <summary>A building in a coverage report.</summary>
public sealed record CoveragePlaceDto(Guid Id, string Name, Guid CompoundId, string CompoundName);

/// <summary>A committee at odds with BR-4.</summary>
public sealed record CommitteeGapDto(CoverageUnitDto Branch, int CommitteeSize, CommitteeGapKind Kind, string Rule, string Message, string MessageZh)
{
    /// <summary>The gap in Chinese.</summary>
    public string KindZh => Common.ChineseLabels.Of(Kind);
}

/// <summary>An appointment a report points at.</summary>
public sealed record ReminderDto(Guid Id, string Role, string RoleName, string RoleNameZh, string Holder, RoleSite Site, Guid SiteId, string? SiteName, string? Grid,
    LocalDate Start, LocalDate LastDay, AppointmentEndReason? EndReason, string? Rule)
{
    /// <summary>Gets why the appointment ended, in Chinese, or null.</summary>
    public string? EndReasonZh => EndReason is { } reason ? Common.ChineseLabels.Of(reason) : null;
}

/// <summary>A secretary who also chairs the owners' committee (一肩挑).</summary>
public sealed record CrossHoldingDto(Guid MemberId, string Name, Guid BranchId, string BranchName, Guid CompoundId, string CompoundName);

/// <summary>The coverage report of a place.</summary>
public sealed record CoverageResponse(Guid Scope, LocalDate On, int Compounds, int Branches, int Buildings, int InOffice, int GapCount,
    IReadOnlyList<CoverageUnitDto> BranchesWithoutSecretary, IReadOnlyList<CommitteeGapDto> CommitteeGaps, IReadOnlyList<CoveragePlaceDto> BuildingsWithoutLeader,
    IReadOnlyList<ReminderDto> EndingSoon, IReadOnlyList<ReminderDto> Expired, IReadOnlyList<ReminderDto> Vacancies, IReadOnlyList<CrossHoldingDto> CrossHoldings,
    IReadOnlyDictionary<string, int> Counts, bool Truncated)
{
    /// <summary>The names of the lists, as <c>list</c> of the items endpoint and keys of <see cref="Counts"/> take them.</summary>
    internal static readonly string[] Lists = ["branchesWithoutSecretary", "committeeGaps", "buildingsWithoutLeader", "endingSoon", "expired", "vacancies", "crossHoldings"];

    /// <summary>The report with each list cut to its first <paramref name="take"/> items (the rest a page at a time from /items); <see cref="Counts"/> holds every list's length.</summary>
    internal static CoverageResponse From(StewardCoverage c, int take)
    {
        var lists = Lists.ToDictionary(l => l, l => List(c, l)!);
        IReadOnlyList<T> Cut<T>(string list) => [.. lists[list].Cast<T>().Take(take)];
        return new(c.Scope.Value, c.On, c.Compounds, c.Branches, c.Buildings, c.InOffice, c.GapCount,
            Cut<CoverageUnitDto>("branchesWithoutSecretary"), Cut<CommitteeGapDto>("committeeGaps"), Cut<CoveragePlaceDto>("buildingsWithoutLeader"),
            Cut<ReminderDto>("endingSoon"), Cut<ReminderDto>("expired"), Cut<ReminderDto>("vacancies"), Cut<CrossHoldingDto>("crossHoldings"),
            lists.ToDictionary(l => l.Key, l => l.Value.Count), lists.Values.Any(l => l.Count > take));
    }

    /// <summary>One list of the report by its name, as the answer shows its items, or null.</summary>
    internal static IReadOnlyList<object>? List(StewardCoverage c, string name)
    {
        static CoverageUnitDto Unit(CoverageUnit u) => new(u.Id.Value, u.Name, u.FullMembers);
        static ReminderDto Remind(AppointmentReminder r) => new(r.Id.Value, r.Role, r.RoleName, r.RoleNameZh, r.Holder, r.Site, r.SiteId, r.SiteName, r.Grid, r.Start,
            r.LastDay, r.EndReason, r.Rule);
        return name switch
        {
            "branchesWithoutSecretary" => [.. c.BranchesWithoutSecretary.Select(Unit)],
            "committeeGaps" => [.. c.CommitteeGaps.Select(g => new CommitteeGapDto(Unit(g.Branch), g.CommitteeSize, g.Kind, g.Rule, g.Message, g.MessageZh))],
            "buildingsWithoutLeader" => [.. c.BuildingsWithoutLeader.Select(b => new CoveragePlaceDto(b.Id.Value, b.Name, b.CompoundId.Value, b.CompoundName))],
            "endingSoon" => [.. c.EndingSoon.Select(Remind)],
            "expired" => [.. c.Expired.Select(Remind)],
            "vacancies" => [.. c.Vacancies.Select(Remind)],
            "crossHoldings" => [.. c.CrossHoldings.Select(x => new CrossHoldingDto(x.MemberId.Value, x.Name, x.BranchId.Value, x.BranchName, x.CompoundId.Value, x.CompoundName))],
            _ => null,
        };
    }
}
