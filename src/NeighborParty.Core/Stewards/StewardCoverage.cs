using NeighborParty.Formation;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>What the coverage report reads: the places, branches, member counts and appointments of a scope.</summary>
/// <param name="Scope">The place the report is for.</param>
/// <param name="Compounds">The compounds in the scope.</param>
/// <param name="Buildings">The buildings in the scope.</param>
/// <param name="Branches">The live compound-level branches covering them.</param>
/// <param name="BranchFullMembers">The full members counted for BR-4 of each branch, in the order of <paramref name="Branches"/>.</param>
/// <param name="Appointments">The appointments at those branches, their groups and the scope's places (past, present and future).</param>
/// <param name="Governance">The owners' committees and property records of the compounds.</param>
/// <param name="Today">The day the report is for.</param>
public sealed record StewardCoverageInput(PlaceId Scope, IReadOnlyList<Place> Compounds, IReadOnlyList<Place> Buildings, IReadOnlyList<OrganizationUnit> Branches,
    IReadOnlyList<int> BranchFullMembers, IReadOnlyList<Appointment> Appointments, IReadOnlyList<CompoundGovernance> Governance, LocalDate Today);

/// <summary>A branch named in a report.</summary>
/// <param name="Id">The unit.</param>
/// <param name="Name">Its name.</param>
/// <param name="FullMembers">Its full members counted for BR-4.</param>
public sealed record CoverageUnit(OrganizationUnitId Id, string Name, int FullMembers);

/// <summary>A place named in a report.</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">Its name.</param>
/// <param name="CompoundId">Its compound.</param>
/// <param name="CompoundName">The compound's name.</param>
public sealed record CoveragePlace(PlaceId Id, string Name, PlaceId CompoundId, string CompoundName);

/// <summary>What is wrong with a branch committee (BR-4).</summary>
public enum CommitteeGapKind
{
    /// <summary>Seven or more full members, and no committee member besides the secretary and deputy.</summary>
    Missing = 1,

    /// <summary>A committee of fewer than the minimum (3).</summary>
    TooSmall = 2,

    /// <summary>A committee of more than the maximum (7).</summary>
    TooLarge = 3,

    /// <summary>Committee members in a branch that no longer counts seven full members.</summary>
    WithoutBasis = 4,
}

/// <summary>A branch whose committee does not match BR-4.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="CommitteeSize">The people in committee seats today (secretary and deputies included).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Rule">The rule id: <c>BR-4</c>.</param>
/// <param name="Message">The explanation in English.</param>
/// <param name="MessageZh">The explanation in Chinese.</param>
public sealed record CommitteeGap(CoverageUnit Branch, int CommitteeSize, CommitteeGapKind Kind, string Rule, string Message, string MessageZh);

/// <summary>An appointment a report points at.</summary>
/// <param name="Id">The appointment.</param>
/// <param name="Role">The role's key.</param>
/// <param name="RoleName">The role's English name.</param>
/// <param name="RoleNameZh">The role's Chinese name.</param>
/// <param name="Holder">The holder's name.</param>
/// <param name="Site">Where.</param>
/// <param name="SiteId">The unit or place.</param>
/// <param name="SiteName">Its name, when the report knows it.</param>
/// <param name="Grid">The grid, or null.</param>
/// <param name="Start">The first day.</param>
/// <param name="LastDay">The last day (of the term, or in office when it ended early).</param>
/// <param name="EndReason">Why it ended early, or null.</param>
/// <param name="Rule">The rule behind the reminder (<c>TR-4</c> ending soon, <c>TR-3</c> an overdue election), or null for local roles.</param>
public sealed record AppointmentReminder(AppointmentId Id, string Role, string RoleName, string RoleNameZh, string Holder, RoleSite Site, Guid SiteId, string? SiteName,
    string? Grid, LocalDate Start, LocalDate LastDay, AppointmentEndReason? EndReason, string? Rule);

/// <summary>A branch secretary who also chairs a compound's owners' committee (一肩挑).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Name">The name.</param>
/// <param name="BranchId">The branch.</param>
/// <param name="BranchName">Its name.</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="CompoundName">Its name.</param>
public sealed record CrossHolding(Membership.PartyMemberId MemberId, string Name, OrganizationUnitId BranchId, string BranchName, PlaceId CompoundId, string CompoundName);

/// <summary>
/// The coverage report of a place as of a day: branches without a secretary, committees required but missing or out of
/// size (BR-4), buildings without a leader, terms ending soon (TR-4), terms run out without an election (TR-3) and
/// seats left empty, and who holds secretary and owners'-committee chair together (一肩挑).
/// </summary>
/// <param name="Scope">The place.</param>
/// <param name="On">The day.</param>
/// <param name="Compounds">The compounds in scope.</param>
/// <param name="Branches">The branches covering them.</param>
/// <param name="Buildings">The buildings in scope.</param>
/// <param name="InOffice">The appointments in office on the day.</param>
/// <param name="BranchesWithoutSecretary">Branches with no secretary in office.</param>
/// <param name="CommitteeGaps">Branch committees at odds with BR-4.</param>
/// <param name="BuildingsWithoutLeader">Buildings with no building leader in office.</param>
/// <param name="EndingSoon">Terms ending within <see cref="StewardPolicy.ReminderBefore"/> (TR-4), soonest first.</param>
/// <param name="Expired">Terms that ran out with nobody in office after them, oldest first.</param>
/// <param name="Vacancies">Seats left empty by an early end, oldest first.</param>
/// <param name="CrossHoldings">Secretaries who also chair an owners' committee of their compound.</param>
public sealed record StewardCoverage(PlaceId Scope, LocalDate On, int Compounds, int Branches, int Buildings, int InOffice,
    IReadOnlyList<CoverageUnit> BranchesWithoutSecretary, IReadOnlyList<CommitteeGap> CommitteeGaps, IReadOnlyList<CoveragePlace> BuildingsWithoutLeader,
    IReadOnlyList<AppointmentReminder> EndingSoon, IReadOnlyList<AppointmentReminder> Expired, IReadOnlyList<AppointmentReminder> Vacancies,
    IReadOnlyList<CrossHolding> CrossHoldings)
{
    /// <summary>Gets the number of gaps and reminders (cross-holdings are flagged, not counted).</summary>
    public int GapCount => BranchesWithoutSecretary.Count + CommitteeGaps.Count + BuildingsWithoutLeader.Count + EndingSoon.Count + Expired.Count + Vacancies.Count;

    /// <summary>Builds the report from loaded data in one pass over the appointments.</summary>
    /// <param name="input">The data.</param>
    /// <param name="policy">The appointment rules.</param>
    /// <param name="formation">The committee numbers (BR-4).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The counts do not match the branches.</exception>
    public static StewardCoverage Compute(StewardCoverageInput input, StewardPolicy policy, FormationPolicy formation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(formation);
        if (input.BranchFullMembers.Count != input.Branches.Count)
        {
            throw new ArgumentException("Give one count per branch.", nameof(input));
        }

        var today = input.Today;
        var soon = today.Plus(policy.ReminderBefore);
        var roles = new Dictionary<string, StewardRole>(policy.Roles, StringComparer.Ordinal);
        var compoundNames = new Dictionary<PlaceId, string>(input.Compounds.Count);
        foreach (var c in input.Compounds)
        {
            compoundNames[c.Id] = c.Name;
        }

        var buildings = new Dictionary<PlaceId, Place>(input.Buildings.Count);
        foreach (var b in input.Buildings)
        {
            buildings[b.Id] = b;
        }

        var branchIndex = new Dictionary<OrganizationUnitId, int>(input.Branches.Count);
        for (var i = 0; i < input.Branches.Count; i++)
        {
            branchIndex[input.Branches[i].Id] = i;
        }

        // One pass: who is in office, per seat; the latest past appointment of each seat; per-branch committee seats.
        var held = new HashSet<Seat>();
        var latestPast = new Dictionary<Seat, Appointment>();
        var committee = new HashSet<string>[input.Branches.Count];
        var committeeOnly = new int[input.Branches.Count];
        var secretaries = new Dictionary<Membership.PartyMemberId, (string Name, List<int> Branches)>();
        var chairs = new Dictionary<PlaceId, Membership.PartyMemberId>();
        var endingSoon = new List<AppointmentReminder>();
        var inOffice = 0;
        foreach (var a in input.Appointments)
        {
            var seat = new Seat(a.RoleKey, a.UnitId?.Value ?? a.PlaceId?.Value ?? Guid.Empty, a.Grid);
            roles.TryGetValue(a.RoleKey, out var role);
            if (a.IsHeldOn(today))
            {
                inOffice++;
                held.Add(seat);
                if (a.End <= soon && !a.EndedEarly)
                {
                    endingSoon.Add(Remind(a, role, input.Branches, branchIndex, compoundNames, buildings, role?.Term == RoleTerm.OrganisationTerm ? "TR-4" : null));
                }

                if (a.UnitId is { } unit && branchIndex.TryGetValue(unit, out var b))
                {
                    if (role is { IsCommitteeSeat: true })
                    {
                        (committee[b] ??= new HashSet<string>(StringComparer.Ordinal)).Add(StewardService.HolderKey(a.MemberId, a.ResidentId));
                        committeeOnly[b] += role.CommitteeOnly ? 1 : 0;
                    }

                    if (role is { IsSecretary: true } && a.MemberId is { } m)
                    {
                        if (!secretaries.TryGetValue(m, out var entry))
                        {
                            secretaries[m] = entry = (a.HolderName, []);
                        }

                        entry.Branches.Add(b);
                    }
                }

                if (a.RoleKey == StewardRole.OwnersCommitteeChair.Key && a.CompoundId is { } compound && a.MemberId is { } chair)
                {
                    chairs[compound] = chair;
                }
            }
            else if (a.LastDay < today && (role?.ReportVacancy ?? true) && (!latestPast.TryGetValue(seat, out var other) || other.LastDay < a.LastDay))
            {
                latestPast[seat] = a;
            }
        }

        var expired = new List<AppointmentReminder>();
        var vacancies = new List<AppointmentReminder>();
        foreach (var (seat, a) in latestPast)
        {
            if (held.Contains(seat) || (a.UnitId is { } u && !branchIndex.ContainsKey(u) && a.Site == RoleSite.Branch))
            {
                continue;
            }

            roles.TryGetValue(a.RoleKey, out var role);
            var organisation = role?.Term == RoleTerm.OrganisationTerm;
            (a.EndedEarly ? vacancies : expired).Add(Remind(a, role, input.Branches, branchIndex, compoundNames, buildings, a.EndedEarly ? (organisation ? "TR-5" : null) : (organisation ? "TR-3" : null)));
        }

        var withoutSecretary = new List<CoverageUnit>();
        var gaps = new List<CommitteeGap>();
        for (var b = 0; b < input.Branches.Count; b++)
        {
            var unit = input.Branches[b];
            var full = input.BranchFullMembers[b];
            var item = new CoverageUnit(unit.Id, unit.Name, full);
            if (!held.Contains(new Seat(StewardRole.Secretary.Key, unit.Id.Value, null)))
            {
                withoutSecretary.Add(item);
            }

            var size = committee[b]?.Count ?? 0;
            if (full >= formation.CommitteeFromFullMembers)
            {
                if (committeeOnly[b] == 0)
                {
                    gaps.Add(new CommitteeGap(item, size, CommitteeGapKind.Missing, "BR-4",
                        $"{full} full members: a branch committee of {formation.CommitteeMinSize}–{formation.CommitteeMaxSize} is required, and none is in office.",
                        $"正式党员 {full} 名，应设立 {formation.CommitteeMinSize}至{formation.CommitteeMaxSize} 人的支部委员会，目前未设。"));
                }
                else if (size < formation.CommitteeMinSize)
                {
                    gaps.Add(new CommitteeGap(item, size, CommitteeGapKind.TooSmall, "BR-4",
                        $"The committee has {size}; it needs at least {formation.CommitteeMinSize}.", $"支部委员会现有 {size} 人，至少应有 {formation.CommitteeMinSize} 人。"));
                }
                else if (size > formation.CommitteeHardMaxSize)
                {
                    gaps.Add(new CommitteeGap(item, size, CommitteeGapKind.TooLarge, "BR-4",
                        $"The committee has {size}; normally at most {formation.CommitteeHardMaxSize}.", $"支部委员会现有 {size} 人，一般不超过 {formation.CommitteeHardMaxSize} 人。"));
                }
            }
            else if (committeeOnly[b] > 0)
            {
                gaps.Add(new CommitteeGap(item, size, CommitteeGapKind.WithoutBasis, "BR-4",
                    $"{full} full members: no committee is set up below {formation.CommitteeFromFullMembers}, yet committee members are in office.",
                    $"正式党员 {full} 名，不足 {formation.CommitteeFromFullMembers} 名不设支部委员会，但仍有委员在任。"));
            }
        }

        var withoutLeader = new List<CoveragePlace>();
        foreach (var building in input.Buildings)
        {
            if (!held.Contains(new Seat(StewardRole.BuildingLeader.Key, building.Id.Value, null)))
            {
                var compound = building.ParentId!.Value;
                withoutLeader.Add(new CoveragePlace(building.Id, building.Name, compound, compoundNames.GetValueOrDefault(compound, string.Empty)));
            }
        }

        foreach (var record in input.Governance)
        {
            if (record.Chair?.MemberId is { } chair && record.CommitteeTerm is { } term && term.Contains(today))
            {
                chairs.TryAdd(record.CompoundId, chair);
            }
        }

        var crossHoldings = new List<CrossHolding>();
        foreach (var (member, (name, branches)) in secretaries)
        {
            foreach (var b in branches)
            {
                foreach (var compound in input.Branches[b].Places)
                {
                    if (chairs.TryGetValue(compound, out var chair) && chair == member)
                    {
                        crossHoldings.Add(new CrossHolding(member, name, input.Branches[b].Id, input.Branches[b].Name, compound, compoundNames.GetValueOrDefault(compound, string.Empty)));
                    }
                }
            }
        }

        endingSoon.Sort((x, y) => x.LastDay.CompareTo(y.LastDay));
        expired.Sort((x, y) => x.LastDay.CompareTo(y.LastDay));
        vacancies.Sort((x, y) => x.LastDay.CompareTo(y.LastDay));
        return new StewardCoverage(input.Scope, today, input.Compounds.Count, input.Branches.Count, input.Buildings.Count, inOffice,
            withoutSecretary, gaps, withoutLeader, endingSoon, expired, vacancies, crossHoldings);
    }

    private static AppointmentReminder Remind(Appointment a, StewardRole? role, IReadOnlyList<OrganizationUnit> branches, Dictionary<OrganizationUnitId, int> branchIndex,
        Dictionary<PlaceId, string> compounds, Dictionary<PlaceId, Place> buildings, string? rule)
    {
        string? siteName = null;
        if (a.UnitId is { } unit)
        {
            siteName = branchIndex.TryGetValue(unit, out var b) ? branches[b].Name : null;
        }
        else if (a.PlaceId is { } place)
        {
            siteName = buildings.TryGetValue(place, out var building) ? building.Name : compounds.GetValueOrDefault(place);
        }

        return new AppointmentReminder(a.Id, a.RoleKey, role?.Name ?? a.RoleKey, role?.NameZh ?? a.RoleKey, a.HolderName, a.Site,
            a.UnitId?.Value ?? a.PlaceId?.Value ?? Guid.Empty, siteName, a.Grid, a.Start, a.LastDay, a.EndReason, rule);
    }

    private readonly record struct Seat(string Role, Guid Site, string? Grid);
}
