using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NodaTime;

namespace NeighborParty.Stewards;

/// <content>The rules that read other records: the site and holder named, the term's length (TR-2, the owners' committee), the
/// holder's standing and residence (TR-6, 报到), the committee's size (BR-4) and 一肩挑.</content>
public sealed partial class AppointmentService
{
    private async Task<(AppointmentSite Site, OrganizationUnit? Unit, OrganizationUnit? Branch)> ResolveSiteAsync(StewardRole role, NewAppointment request,
        CancellationToken cancellationToken)
    {
        RuleViolationException Wrong(string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
            StewardRules.Fail(StewardRules.WrongSite, message, messageZh, target, kind);

        if (role.Site is RoleSite.Branch or RoleSite.Group)
        {
            if (request.UnitId is not { } unitId || request.PlaceId is not null || request.Grid is not null)
            {
                throw Wrong($"A {role.Name} is held in a Party organisation: give unitId only.", $"“{role.NameZh}”在党组织中任职：只填写组织。", "unitId");
            }

            var unit = await _units.GetByIdAsync(unitId, cancellationToken)
                ?? throw Wrong($"{unitId} is not a live branch or committee.", $"{unitId} 不是现存的党支部或党委。", "unitId", RuleViolationKind.NotFound);
            var branch = role.Site == RoleSite.Group && unit.ParentId is { } p ? await _units.GetByIdAsync(p, cancellationToken) ?? unit : unit;
            return (AppointmentSite.InUnit(unit), unit, branch);
        }

        if (request.UnitId is not null || request.PlaceId is not { } placeId)
        {
            throw Wrong($"A {role.Name} is held at a place: give placeId only.", $"“{role.NameZh}”在地点任职：只填写地点。", "placeId");
        }

        var place = await _places.GetByIdAsync(placeId, cancellationToken)
            ?? throw Wrong($"{placeId} is not {PlaceWords.A(Schema, role.Site == RoleSite.Building ? PlaceKind.Building : PlaceKind.Compound)}.",
                $"{placeId} 不是{PlaceWords.Zh(Schema, role.Site == RoleSite.Building ? PlaceKind.Building : PlaceKind.Compound)}。",
                "placeId", RuleViolationKind.NotFound);
        return (AppointmentSite.AtPlace(place, request.Grid), null, null);
    }

    private async Task<Candidate> ResolveHolderAsync(PartyMemberId? memberId, ResidentId? residentId, CancellationToken cancellationToken)
    {
        if ((memberId is null) == (residentId is null))
        {
            throw StewardRules.Fail(StewardRules.WrongHolder, "Name exactly one person: a member or a resident.", "须指定一人：党员或居民，二者择一。", "memberId");
        }

        if (memberId is { } m)
        {
            var member = await _members.GetByIdAsync(m, cancellationToken)
                ?? throw StewardRules.Fail(StewardRules.WrongHolder, $"No member {m}.", $"没有编号为 {m} 的党员。", "memberId", RuleViolationKind.NotFound);
            return new Candidate(AppointmentHolder.Of(member), member, null);
        }

        var resident = await _residents.GetByIdAsync(residentId!.Value, cancellationToken)
            ?? throw StewardRules.Fail(StewardRules.WrongHolder, $"No resident {residentId}.", $"没有编号为 {residentId} 的居民。", "residentId", RuleViolationKind.NotFound);
        return new Candidate(AppointmentHolder.Of(resident), null, resident);
    }

    private async Task<DateInterval> ResolveTermAsync(StewardRole role, AppointmentSite site, OrganizationUnit? branch, Candidate holder, LocalDate start,
        LocalDate? requestedEnd, CancellationToken cancellationToken)
    {
        LocalDate latest;
        var code = StewardRules.ImpossibleDate;
        string? regulation = null;
        switch (role.Term)
        {
            case RoleTerm.OrganisationTerm:
                latest = start.PlusYears(TermYears(branch!)).PlusDays(-1);
                code = "TR-2";
                regulation = StewardRules.Tr2;
                break;
            case RoleTerm.OwnersCommitteeTerm:
                var record = await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(site.CompoundId!.Value), cancellationToken);
                if (record?.CommitteeTerm is not { } committeeTerm || !committeeTerm.Contains(start))
                {
                    throw StewardRules.Fail(StewardRules.OwnersCommitteeSeat, $"The {PlaceWords.En(Schema, PlaceKind.Compound)} has no owners' committee in office on the first day.",
                        $"任职起始日该{PlaceWords.Zh(Schema, PlaceKind.Compound)}没有在任的业主委员会。", "start");
                }

                if (holder.Member is not { } member || !record.Seats.Any(s => s.MemberId == member.Id && SeatFits(role, s.Position)))
                {
                    throw StewardRules.Fail(StewardRules.OwnersCommitteeSeat, $"The owners' committee does not list this member as {role.OwnersCommitteeSeat?.ToString().ToLowerInvariant() ?? "a member"}.",
                        "业主委员会名单中没有该党员的相应职位。", "memberId");
                }

                latest = committeeTerm.End;
                code = StewardRules.OwnersCommitteeSeat;
                break;
            default:
                latest = start.PlusYears(Policy.LocalRoleTermYears).PlusDays(-1);
                break;
        }

        var end = requestedEnd ?? latest;
        if (end < start)
        {
            throw StewardRules.Fail(StewardRules.ImpossibleDate, "The term ends before it starts.", "任期结束日早于开始日。", "end");
        }

        if (end > latest)
        {
            throw StewardRules.Fail(code, $"The term of a {role.Name} starting {start:uuuu-MM-dd} ends by {latest:uuuu-MM-dd}.",
                $"自 {start:uuuu-MM-dd} 起的“{role.NameZh}”任期最迟至 {latest:uuuu-MM-dd}。", "end", regulation: regulation);
        }

        return new DateInterval(start, end);
    }

    private static bool SeatFits(StewardRole role, OwnersCommitteePosition position) => role.OwnersCommitteeSeat switch
    {
        OwnersCommitteePosition.Chair => position == OwnersCommitteePosition.Chair,
        null => true,
        _ => position != OwnersCommitteePosition.Chair,
    };

    private async Task CheckHolderAsync(StewardRole role, AppointmentSite site, string? grid, OrganizationUnit? branch, Candidate holder, LocalDate start,
        CancellationToken cancellationToken)
    {
        if (holder.Member is { } member)
        {
            if (role.Holders == RoleHolders.FullMember && (member.MadeFull is not { } full || full > start || member.IsVotingSuspendedOn(start)))
            {
                throw StewardRules.Fail(StewardRules.WrongHolder,
                    $"A {role.Name} is elected: a full member whose voting rights are not suspended on the first day.",
                    $"“{role.NameZh}”须经选举产生：须为任职时未被暂停表决权的正式党员。", "memberId", regulation: StewardRules.ElectionRight);
            }

            if (role.RequiresRelationshipInBranch && (member.UnitPath is not { } path || !path.IsWithin(branch!.Path)))
            {
                throw StewardRules.Fail(StewardRules.RelationshipOutsideBranch,
                    $"A {role.Name}'s organisational relationship must be in {branch!.Name}.", $"“{role.NameZh}”的组织关系须在{branch.Name}。",
                    "memberId");
            }

            if (role.RequiresStanding && member.MadeFull is { } madeFull && madeFull.Plus(Policy.SecretaryMinimumStanding) > start)
            {
                throw StewardRules.Fail("TR-6", $"A {role.Name} needs {PeriodText.English(Policy.SecretaryMinimumStanding)} of Party standing, counted from the day made full ({madeFull:uuuu-MM-dd}).",
                    $"“{role.NameZh}”须有{PeriodText.Chinese(Policy.SecretaryMinimumStanding)}以上党龄（自转正之日 {madeFull:uuuu-MM-dd} 起算）。", "memberId", regulation: StewardRules.Tr6);
            }
        }

        if (role.Residence == ResidenceRequirement.None || site.CompoundId is not { } compound)
        {
            return;
        }

        var ok = holder.Resident is { } resident ? resident.CompoundId == compound
            : role.Residence == ResidenceRequirement.LivesOrRegistered
                ? holder.Member!.ResidenceCompoundId == compound || holder.Member.RegisteredCompoundId == compound
                : await IsRegisteredAsync(holder.Member!, compound, grid, cancellationToken);
        if (!ok)
        {
            throw StewardRules.Fail(StewardRules.WrongResidence,
                role.Residence == ResidenceRequirement.LivesOrRegistered
                    ? $"A {role.Name} lives in or is registered (报到) to the {PlaceWords.En(Schema, PlaceKind.Compound)}."
                    : $"A {role.Name} is registered to the {PlaceWords.En(Schema, PlaceKind.Compound)} (报到 there, or a member of its branch living there).",
                role.Residence == ResidenceRequirement.LivesOrRegistered
                    ? $"“{role.NameZh}”须居住在该{PlaceWords.Zh(Schema, PlaceKind.Compound)}或已到该{PlaceWords.Zh(Schema, PlaceKind.Compound)}报到。"
                    : $"“{role.NameZh}”须已到该{PlaceWords.Zh(Schema, PlaceKind.Compound)}报到（或为其党组织的居住党员）。",
                holder.Member is null ? "residentId" : "memberId");
        }
    }

    private async Task<bool> IsRegisteredAsync(PartyMember member, PlaceId compound, string? grid, CancellationToken cancellationToken)
    {
        if (member.RegisteredCompoundId == compound)
        {
            return grid is null || member.RegisteredGrid is null || string.Equals(member.RegisteredGrid, grid, StringComparison.Ordinal);
        }

        if (member.ResidenceCompoundId != compound || member.UnitPath is not { } path)
        {
            return false;
        }

        // Members whose relationship is in the compound's own branch do not register (MR-5); living there is enough.
        var branches = await BranchLookup.OfCompoundAsync(_queries, _places, _options.Schema, compound, cancellationToken);
        return branches.Any(b => path.IsWithin(b.Path));
    }

    private async Task CheckCrossHoldingAsync(StewardRole role, AppointmentSite site, OrganizationUnit? branch, Candidate holder, DateInterval term,
        CancellationToken cancellationToken)
    {
        if (Policy.AllowCrossHolding || holder.Member is not { } member || !(role.IsSecretary || role.Key == StewardRole.OwnersCommitteeChair.Key))
        {
            return;
        }

        var held = await _appointments.ListAsync(new AppointmentsOfMemberSpec(member.Id), cancellationToken);
        bool clash;
        if (role.IsSecretary)
        {
            var compounds = branch!.Places;
            clash = held.Any(a => a.RoleKey == StewardRole.OwnersCommitteeChair.Key && a.CompoundId is { } c && compounds.Contains(c) && SeatRules.Overlaps(a.Term, term));
            foreach (var compound in compounds)
            {
                clash |= (await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken))?.Chair?.MemberId == member.Id;
            }
        }
        else
        {
            var branches = await BranchLookup.OfCompoundAsync(_queries, _places, _options.Schema, site.CompoundId!.Value, cancellationToken);
            clash = held.Any(a => a.RoleKey == StewardRole.Secretary.Key && a.UnitId is { } u && branches.Any(b => b.Id == u) && SeatRules.Overlaps(a.Term, term));
        }

        if (clash)
        {
            throw StewardRules.Fail(StewardRules.CrossHoldingRefused, "This district does not let the branch secretary also chair the owners' committee (一肩挑).",
                "本地政策不允许党支部书记兼任业主委员会主任（一肩挑）。", "memberId");
        }
    }

    private async Task<int> CountFullMembersAsync(StewardRole role, OrganizationUnit? unit, CancellationToken cancellationToken)
    {
        if (!SeatRules.CountsCommittee(role, unit))
        {
            return 0;
        }

        var counts = default(MemberCounts);
        var today = Today();
        foreach (var member in await _members.ListAsync(new MembersForCountingSpec(unit!.Path, []), cancellationToken))
        {
            if (member.UnitPath is { } path && path.IsWithin(unit.Path))
            {
                counts.AddMember(member, member.IsVotingSuspendedOn(today));
            }
        }

        return counts.Counted(Formation);
    }

    private int TermYears(OrganizationUnit unit) => TermYearsOf(unit.Kind, _options.Schema.TryGetLevel(unit.Level, out var level) ? level.Covers : null, Policy);

    /// <summary>
    /// TR-2 by the organisation's type: a basic-level committee serves <see cref="StewardPolicy.CommitteeTermYears"/>
    /// wherever it is; a general branch or branch serves <see cref="StewardPolicy.CommunityTermYears"/> in a village or
    /// community (what its level covers says so: a community or anything inside one) and
    /// <see cref="StewardPolicy.OtherTermYears"/> elsewhere.
    /// </summary>
    internal static int TermYearsOf(OrganizationUnitKind kind, PlaceKind? covers, StewardPolicy policy) => kind switch
    {
        OrganizationUnitKind.Committee => policy.CommitteeTermYears,
        _ when covers is PlaceKind.Community or PlaceKind.Compound or PlaceKind.Building => policy.CommunityTermYears,
        _ => policy.OtherTermYears,
    };

    private sealed record Candidate(AppointmentHolder Holder, PartyMember? Member, Resident? Resident);
}
