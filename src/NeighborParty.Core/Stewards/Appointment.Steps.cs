using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <content>The appointment's own steps: made for a site that fits the role, ended early, re-termed (TR-3).</content>
public sealed partial class Appointment
{
    /// <summary>
    /// Makes an appointment after checking what it can see itself: the site fits the role (kind, live, grid), the holder
    /// fits the role (a member where one is required), the basis (TR-5), and the first day (from the site's setup to today).
    /// </summary>
    /// <param name="id">The new appointment's id.</param>
    /// <param name="role">The role.</param>
    /// <param name="holder">Who.</param>
    /// <param name="site">Where.</param>
    /// <param name="term">The days in office.</param>
    /// <param name="basis">How it came about (TR-5).</param>
    /// <param name="basisNote">A reference for the basis (1–100 characters), or null.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The appointment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A site that does not fit (<c>NP-STW-002</c>), a holder who may not hold it (<c>NP-STW-003</c>),
    /// a first day before the site existed or after today (<c>NP-STW-006</c>), a bad basis.</exception>
    public static Appointment Appoint(AppointmentId id, StewardRole role, AppointmentHolder holder, AppointmentSite site, DateInterval term,
        AppointmentBasis basis, string? basisNote, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(term);
        if (FieldRules.Defined<AppointmentBasis>(basis, "basis") is { } basisViolation)
        {
            throw new RuleViolationException(basisViolation);
        }

        var note = TextRules.OptionalName(basisNote, "basisNote");
        var grid = CheckCandidate(role, holder, site, term.Start, today, schema);
        var appointment = new Appointment(id)
        {
            RoleKey = role.Key, HolderKind = holder.Kind, MemberId = holder.MemberId, ResidentId = holder.ResidentId, HolderName = holder.Name,
            Site = role.Site, Location = site.Location, CompoundId = site.CompoundId, Grid = grid,
            Start = term.Start, End = term.End, RegularEnd = term.End, Basis = basis, BasisNote = note,
        };
        appointment.Raise(new AppointmentMade(id, role.Key, holder.Name, term, now));
        return appointment;
    }

    /// <summary>Ends it before its term: resigned, removed, moved away.</summary>
    /// <param name="lastDay">The last day in office: from the first day, before the term's last, not after today.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note (1–100 characters), or null.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Already ended (<c>NP-STW-008</c>), or a wrong day (<c>NP-STW-006</c>).</exception>
    public void EndEarly(LocalDate lastDay, AppointmentEndReason reason, string? note, LocalDate today, Instant now)
    {
        if (FieldRules.Defined<AppointmentEndReason>(reason, "reason") is { } reasonViolation)
        {
            throw new RuleViolationException(reasonViolation);
        }

        var text = TextRules.OptionalName(note, "note");
        if (EndedEarly)
        {
            throw StewardRules.Fail(StewardRules.AlreadyEnded, "The appointment has already ended.", "该任职已经结束。", "id", RuleViolationKind.Conflict);
        }

        if (lastDay < Start || lastDay >= End || lastDay > today)
        {
            throw Date("An early end lies from the first day to before the term's last day, and not after today.",
                "提前离任日期须在任职起始日之后、任期届满之前，且不晚于今天。", "lastDay");
        }

        EndedOn = lastDay;
        EndReason = reason;
        EndNote = text;
        Raise(new AppointmentEnded(Id, RoleKey, lastDay, reason, now));
    }

    /// <summary>Postpones or advances the end of a Party organisation's term with the higher committee's approval (TR-3).</summary>
    /// <param name="role">The appointment's role.</param>
    /// <param name="end">The new last day: within <see cref="StewardPolicy.ElectionShiftLimit"/> of the regular end.</param>
    /// <param name="approvedBy">Who approved (the higher committee, its document).</param>
    /// <param name="approvedOn">When (from the first day to today).</param>
    /// <param name="policy">The steward settings.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Ended (<c>NP-STW-008</c>), not an organisation's term or beyond the limit (<c>TR-3</c>), a wrong approval day (<c>NP-STW-006</c>).</exception>
    public void ChangeTerm(StewardRole role, LocalDate end, string approvedBy, LocalDate approvedOn, StewardPolicy policy, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(approvedBy);
        ArgumentNullException.ThrowIfNull(policy);
        var approver = TextRules.RequireName(approvedBy, "approvedBy");
        if (EndedEarly)
        {
            throw StewardRules.Fail(StewardRules.AlreadyEnded, "The appointment has already ended; its term cannot move.", "该任职已经结束，任期不能调整。", "id", RuleViolationKind.Conflict);
        }

        if (role.Term != RoleTerm.OrganisationTerm)
        {
            throw StewardRules.Fail("TR-3", "Only the term of a Party organisation is postponed or advanced (TR-3).", "只有党组织的任期才能延期或提前换届。", "id", regulation: StewardRules.Tr3);
        }

        if (approvedOn > today || approvedOn < Start)
        {
            throw Date("The approval lies between the first day and today.", "批准日期须在任职起始日与今天之间。", "approvedOn");
        }

        var earliest = RegularEnd.Minus(policy.ElectionShiftLimit);
        var latest = RegularEnd.Plus(policy.ElectionShiftLimit);
        if (end < earliest || end > latest || end < Start)
        {
            throw StewardRules.Fail("TR-3", $"An election is postponed or advanced by at most {PeriodText.English(policy.ElectionShiftLimit)} (between {earliest:uuuu-MM-dd} and {latest:uuuu-MM-dd}).",
                $"延期或提前换届一般不超过{PeriodText.Chinese(policy.ElectionShiftLimit)}（{earliest:uuuu-MM-dd} 至 {latest:uuuu-MM-dd}）。", "end", regulation: StewardRules.Tr3);
        }

        var before = End;
        End = end;
        TermChangeApprovedBy = approver;
        TermChangeApprovedOn = approvedOn;
        Raise(new AppointmentTermChanged(Id, RoleKey, before, end, now));
    }

    /// <summary>Records that <paramref name="successor"/> holds the same seat after this term: reports need not read this one again.</summary>
    /// <param name="successor">The later appointment to the same seat.</param>
    /// <exception cref="ArgumentNullException"><paramref name="successor"/> is null.</exception>
    /// <exception cref="ArgumentException">Not the same seat, or it does not start after this term's last day.</exception>
    public void MarkSucceededBy(Appointment successor)
    {
        ArgumentNullException.ThrowIfNull(successor);
        if (!SameSeat(successor) || successor.Start <= LastDay || successor.Id == Id)
        {
            throw new ArgumentException("A successor holds the same seat and starts after this term's last day.", nameof(successor));
        }

        SucceededBy = successor.Id;
    }

    /// <summary>The checks <see cref="Appoint"/> makes on role, holder, site and first day; the service runs them before it reads other records.</summary>
    /// <returns>The grid, trimmed, or null.</returns>
    internal static string? CheckCandidate(StewardRole role, AppointmentHolder holder, AppointmentSite site, LocalDate start, LocalDate today, HierarchySchema? schema)
    {
        var grid = CheckSite(role, site, schema ?? HierarchySchema.Yanping);
        if (holder.Kind == HolderKind.Resident && role.Holders != RoleHolders.MemberOrResident)
        {
            throw StewardRules.Fail(StewardRules.WrongHolder, $"A {role.Name} must be a Party member.", $"“{role.NameZh}”须由党员担任。", "residentId");
        }

        if (start > today || start < site.NotBefore)
        {
            throw Date($"The first day must lie between {site.NotBefore:uuuu-MM-dd} (when the site was set up) and today.",
                $"任职起始日须在 {site.NotBefore:uuuu-MM-dd}（该组织或地点设立之日）与今天之间。", "start");
        }

        return grid;
    }

    private static string? CheckSite(StewardRole role, AppointmentSite site, HierarchySchema schema)
    {
        RuleViolationException Wrong(string message, string messageZh, string target) => StewardRules.Fail(StewardRules.WrongSite, message, messageZh, target);
        var unitId = site.Location.NodeId;
        if (role.Site is RoleSite.Branch or RoleSite.Group)
        {
            var isGroup = role.Site == RoleSite.Group;
            if (site.UnitKind is not { } kind || !site.IsLive || kind.IsGroup() != isGroup)
            {
                throw Wrong(isGroup ? $"{unitId} is not a live group." : $"{unitId} is not a live branch or committee.",
                    isGroup ? $"{unitId} 不是现存的党小组。" : $"{unitId} 不是现存的党支部或党委。", "unitId");
            }

            if (site.Grid is not null)
            {
                throw Wrong($"A {role.Name} is held in a Party organisation: give unitId only.", $"“{role.NameZh}”在党组织中任职：只填写组织。", "unitId");
            }

            return null;
        }

        var wanted = role.Site == RoleSite.Building ? PlaceKind.Building : PlaceKind.Compound;
        if (site.PlaceKind != wanted || site.CompoundId is null)
        {
            throw Wrong($"{unitId} is not {PlaceWords.A(schema, wanted)}.", $"{unitId} 不是{PlaceWords.Zh(schema, wanted)}。", "placeId");
        }

        if (role.Site == RoleSite.Grid && string.IsNullOrWhiteSpace(site.Grid))
        {
            throw Wrong($"A {role.Name} is held in a grid: name it.", $"“{role.NameZh}”按网格任职：请填写其名称。", "grid");
        }

        if (role.Site != RoleSite.Grid && site.Grid is not null)
        {
            throw Wrong($"A {role.Name} is not held in a grid.", $"“{role.NameZh}”不按网格任职。", "grid");
        }

        return TextRules.OptionalName(site.Grid, "grid");
    }

    private static RuleViolationException Date(string message, string messageZh, string field) =>
        StewardRules.Fail(StewardRules.ImpossibleDate, message, messageZh, field);
}
