using System.Buffers;
using System.Runtime.InteropServices;
using NeighborParty.Formation;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

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

    /// <summary>
    /// Builds the report from loaded data. Places, branches and appointments are walked together in the order of
    /// their tree positions (as the store lists them), so each is read once and nothing is looked up by hash;
    /// input in another order is sorted first.
    /// </summary>
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

        // Read each appointment once into a compact row without references (the objects are scattered in memory; the
        // rows are not, and writing them costs no GC barriers); every later step works on the rows. Rows come from a
        // pool: a report allocates no big arrays.
        var count = input.Appointments.Count;
        var unitRows = ArrayPool<Row>.Shared.Rent(Math.Max(count, 1));
        var placeRows = ArrayPool<Row>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var tables = new Tables(policy);
            var (units, places, unitsSorted, placesSorted) = Read(input.Appointments, tables, today, soon, unitRows, placeRows);
            if (!unitsSorted)
            {
                Array.Sort(unitRows, 0, units, RowOrder.Instance);
            }

            if (!placesSorted)
            {
                Array.Sort(placeRows, 0, places, RowOrder.Instance);
            }

            // Branches and places are taken in the order given; if that is not path order, they are sorted and the walk redone.
            return Compute(input, formation, new Builder(input.Appointments, tables), unitRows.AsSpan(0, units), placeRows.AsSpan(0, places),
                    input.Branches, input.BranchFullMembers, input.Compounds, input.Buildings)
                ?? Compute(input, formation, new Builder(input.Appointments, tables), unitRows.AsSpan(0, units), placeRows.AsSpan(0, places),
                    Sorted(input.Branches, u => (u.Position.PathHigh, u.Position.PathLow), out var order), [.. order.Select(k => input.BranchFullMembers[k])],
                    Sorted(input.Compounds, p => (p.Position.PathHigh, p.Position.PathLow), out _), Sorted(input.Buildings, p => (p.Position.PathHigh, p.Position.PathLow), out _))!;
        }
        finally
        {
            ArrayPool<Row>.Shared.Return(unitRows);
            ArrayPool<Row>.Shared.Return(placeRows);
        }
    }

    private static (int Units, int Places, bool UnitsSorted, bool PlacesSorted) Read(IReadOnlyList<Appointment> appointments, Tables tables,
        LocalDate today, LocalDate soon, Row[] unitRows, Row[] placeRows)
    {
        int units = 0, places = 0;
        bool unitsSorted = true, placesSorted = true;
        for (var k = 0; k < appointments.Count; k++)
        {
            var a = appointments[k];
            var lastDay = a.LastDay;
            var held = a.Start <= today && today <= lastDay;
            var flags = (held ? RowFlags.Held : 0) | (lastDay < today ? RowFlags.Past : 0) | (a.EndedOn is not null ? RowFlags.EndedEarly : 0)
                | (held && a.End <= soon && a.EndedOn is null ? RowFlags.Soon : 0) | (a.Site == RoleSite.Branch ? RowFlags.AtBranch : 0)
                | (a.MemberId is not null ? RowFlags.Member : 0);
            var row = new Row
            {
                High = a.Location.PathHigh,
                Low = a.Location.PathLow,
                Index = k,
                Role = tables.Role(a.RoleKey),
                Grid = a.Grid is null ? 0 : tables.Grid(a.Grid),
                LastDay = lastDay,
                Person = a.MemberId?.Value ?? a.ResidentId?.Value ?? Guid.Empty,
                Compound = a.CompoundId?.Value ?? Guid.Empty,
                Flags = flags,
            };
            if (a.UnitId is not null)
            {
                unitsSorted &= units == 0 || RowOrder.Compare(unitRows[units - 1], row) <= 0;
                unitRows[units++] = row;
            }
            else
            {
                placesSorted &= places == 0 || RowOrder.Compare(placeRows[places - 1], row) <= 0;
                placeRows[places++] = row;
            }
        }

        return (units, places, unitsSorted, placesSorted);
    }

    private static StewardCoverage? Compute(StewardCoverageInput input, FormationPolicy formation, Builder report, ReadOnlySpan<Row> unitSide, ReadOnlySpan<Row> placeSide,
        IReadOnlyList<OrganizationUnit> branches, IReadOnlyList<int> branchFull, IReadOnlyList<Place> compoundList, IReadOnlyList<Place> buildingList)
    {
        var today = input.Today;
        var previous = (long.MinValue, long.MinValue);

        var messages = new GapMessages(formation);

        // Units: each run of rows at one unit, merged with the branches.
        var withoutSecretary = new List<CoverageUnit>();
        var gaps = new List<CommitteeGap>();
        var secretaries = new List<(Membership.PartyMemberId Member, string Name, int Branch)>();
        var next = 0;
        var i = 0;
        while (i < unitSide.Length || next < branches.Count)
        {
            var runKey = i < unitSide.Length ? (unitSide[i].High, unitSide[i].Low) : (long.MaxValue, long.MaxValue);
            var b = next < branches.Count ? next : -1;
            var branchKey = b >= 0 ? (branches[b].Position.PathHigh, branches[b].Position.PathLow) : (long.MaxValue, long.MaxValue);
            if (b >= 0 && Cmp(branchKey, previous) < 0)
            {
                return null; // not in path order
            }

            previous = b >= 0 ? branchKey : previous;
            var isBranch = b >= 0 && Cmp(branchKey, runKey) <= 0;
            var end = i;
            if (Cmp(branchKey, runKey) >= 0)
            {
                while (end < unitSide.Length && unitSide[end].High == runKey.Item1 && unitSide[end].Low == runKey.Item2)
                {
                    end++;
                }
            }

            // A branch with no appointments at all is a run of length zero; branch roles at units outside the list are not reported.
            var run = report.Run(unitSide[i..end], isBranch ? branches[b].Name : null, isBranch || (i < end && (unitSide[i].Flags & RowFlags.AtBranch) == 0));
            if (isBranch)
            {
                var unit = branches[b];
                var full = branchFull[b];
                if (!run.HoldsSecretary)
                {
                    withoutSecretary.Add(new CoverageUnit(unit.Id, unit.Name, full));
                }

                if (run.Secretary >= 0 && input.Appointments[run.Secretary] is { MemberId: { } secretary } appointment)
                {
                    secretaries.Add((secretary, appointment.HolderName, b));
                }

                if (Gap(full, run.CommitteeSize, run.CommitteeOnly, formation) is { } kind)
                {
                    gaps.Add(messages.Gap(new CoverageUnit(unit.Id, unit.Name, full), run.CommitteeSize, kind));
                }

                next++;
            }

            i = end;
        }

        // Places: compounds and buildings in path order (a compound before its buildings), merged with the runs.
        var lastCompoundKey = (long.MinValue, long.MinValue);
        var lastBuildingKey = (long.MinValue, long.MinValue);
        var withoutLeader = new List<CoveragePlace>();
        var chairs = new Dictionary<PlaceId, Membership.PartyMemberId>();
        int ci = 0, bi = 0;
        i = 0;
        var currentCompound = default(PlaceId);
        var currentCompoundName = string.Empty;
        while (i < placeSide.Length || ci < compoundList.Count || bi < buildingList.Count)
        {
            var runKey = i < placeSide.Length ? (placeSide[i].High, placeSide[i].Low) : (long.MaxValue, long.MaxValue);
            var compound = ci < compoundList.Count ? compoundList[ci] : null;
            var building = bi < buildingList.Count ? buildingList[bi] : null;
            var compoundKey = compound is null ? (long.MaxValue, long.MaxValue) : (compound.Position.PathHigh, compound.Position.PathLow);
            var buildingKey = building is null ? (long.MaxValue, long.MaxValue) : (building.Position.PathHigh, building.Position.PathLow);
            if (Cmp(compoundKey, lastCompoundKey) < 0 || Cmp(buildingKey, lastBuildingKey) < 0)
            {
                return null; // not in path order
            }

            lastCompoundKey = compoundKey;
            lastBuildingKey = buildingKey;
            var placeKey = Cmp(compoundKey, buildingKey) <= 0 ? compoundKey : buildingKey;
            var place = Cmp(compoundKey, buildingKey) <= 0 ? compound : building;
            var isPlace = place is not null && Cmp(placeKey, runKey) <= 0;
            var end = i;
            if (Cmp(placeKey, runKey) >= 0)
            {
                while (end < placeSide.Length && placeSide[end].High == runKey.Item1 && placeSide[end].Low == runKey.Item2)
                {
                    end++;
                }
            }

            var run = report.Run(placeSide[i..end], isPlace ? place!.Name : null, true);
            if (run.Chair >= 0 && input.Appointments[run.Chair] is { CompoundId: { } chairCompound, MemberId: { } chairMember })
            {
                chairs[chairCompound] = chairMember;
            }

            if (isPlace && place == compound)
            {
                currentCompound = compound!.Id;
                currentCompoundName = compound.Name;
                ci++;
            }
            else if (isPlace)
            {
                if (!run.HoldsBuildingLeader)
                {
                    var parent = building!.ParentId!.Value;
                    withoutLeader.Add(new CoveragePlace(building.Id, building.Name, parent, parent == currentCompound ? currentCompoundName : string.Empty));
                }

                bi++;
            }

            i = end;
        }

        foreach (var record in input.Governance)
        {
            if (record.Chair?.MemberId is { } chair && record.CommitteeTerm is { } term && term.Contains(today))
            {
                chairs.TryAdd(record.CompoundId, chair);
            }
        }

        var crossHoldings = new List<CrossHolding>();
        if (chairs.Count > 0)
        {
            foreach (var (member, name, b) in secretaries)
            {
                foreach (var compound in branches[b].Places)
                {
                    if (chairs.TryGetValue(compound, out var chair) && chair == member)
                    {
                        var compoundName = compoundList.FirstOrDefault(c => c.Id == compound)?.Name ?? string.Empty; // rare: one scan per 一肩挑
                        crossHoldings.Add(new CrossHolding(member, name, branches[b].Id, branches[b].Name, compound, compoundName));
                    }
                }
            }
        }

        return new StewardCoverage(input.Scope, today, input.Compounds.Count, input.Branches.Count, input.Buildings.Count, report.InOffice,
            withoutSecretary, gaps, withoutLeader, ByLastDay(report.EndingSoon), ByLastDay(report.Expired), ByLastDay(report.Vacancies), crossHoldings);
    }

    private static CommitteeGapKind? Gap(int full, int size, int committeeOnly, FormationPolicy formation) =>
        full >= formation.CommitteeFromFullMembers
            ? committeeOnly == 0 ? CommitteeGapKind.Missing
                : size < formation.CommitteeMinSize ? CommitteeGapKind.TooSmall
                : size > formation.CommitteeHardMaxSize ? CommitteeGapKind.TooLarge
                : null
            : committeeOnly > 0 ? CommitteeGapKind.WithoutBasis : null;

    /// <summary>The messages of committee gaps, made once per distinct count (a district repeats the same few).</summary>
    private sealed class GapMessages(FormationPolicy formation)
    {
        private readonly Dictionary<(CommitteeGapKind, int, int), (string, string)> _cache = [];

        public CommitteeGap Gap(CoverageUnit item, int size, CommitteeGapKind kind)
        {
            var full = item.FullMembers;
            ref var texts = ref CollectionsMarshal.GetValueRefOrAddDefault(_cache, (kind, kind is CommitteeGapKind.Missing or CommitteeGapKind.WithoutBasis ? full : 0, size), out var exists);
            if (!exists)
            {
                texts = kind switch
                {
                    CommitteeGapKind.Missing => (
                        $"{full} full members: a branch committee of {formation.CommitteeMinSize}–{formation.CommitteeMaxSize} is required, and none is in office.",
                        $"正式党员 {full} 名，应设立 {formation.CommitteeMinSize}至{formation.CommitteeMaxSize} 人的支部委员会，目前未设。"),
                    CommitteeGapKind.TooSmall => (
                        $"The committee has {size}; it needs at least {formation.CommitteeMinSize}.", $"支部委员会现有 {size} 人，至少应有 {formation.CommitteeMinSize} 人。"),
                    CommitteeGapKind.TooLarge => (
                        $"The committee has {size}; normally at most {formation.CommitteeHardMaxSize}.", $"支部委员会现有 {size} 人，一般不超过 {formation.CommitteeHardMaxSize} 人。"),
                    _ => (
                        $"{full} full members: no committee is set up below {formation.CommitteeFromFullMembers}, yet committee members are in office.",
                        $"正式党员 {full} 名，不足 {formation.CommitteeFromFullMembers} 名不设支部委员会，但仍有委员在任。"),
                };
            }

            return new CommitteeGap(item, size, kind, "BR-4", texts.Item1, texts.Item2);
        }
    }

    private static int Cmp((long High, long Low) x, (long High, long Low) y) =>
        x.High < y.High ? -1 : x.High > y.High ? 1 : x.Low < y.Low ? -1 : x.Low > y.Low ? 1 : 0;

    private static List<T> Sorted<T>(IReadOnlyList<T> items, Func<T, (long High, long Low)> key, out int[] order)
    {
        order = [.. Enumerable.Range(0, items.Count).OrderBy(k => key(items[k]).High).ThenBy(k => key(items[k]).Low)];
        return [.. order.Select(k => items[k])];
    }

    private static List<AppointmentReminder> ByLastDay(List<AppointmentReminder> list)
    {
        // Sort on a plain day number (LocalDate comparisons check the calendar each time); stable for equal days.
        var keys = new long[list.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = ((long)list[k].LastDay.ToDateOnly().DayNumber << 32) | (uint)k;
        }

        var items = list.ToArray();
        Array.Sort(keys, items);
        return [.. items];
    }

    /// <summary>What a run of appointments at one site says about it; appointments by index, -1 for none.</summary>
    private readonly record struct RunSummary(bool HoldsSecretary, bool HoldsBuildingLeader, int CommitteeSize, int CommitteeOnly, int Secretary, int Chair)
    {
        public static RunSummary Empty { get; } = new(false, false, 0, 0, -1, -1);
    }

    /// <summary>Roles and grids of one report, numbered so rows hold small numbers instead of strings.</summary>
    private sealed class Tables(StewardPolicy policy)
    {
        private readonly Dictionary<string, short> _roleNumbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _gridNumbers = new(StringComparer.Ordinal);
        private string? _lastKey;
        private short _lastNumber;

        public List<(string Key, StewardRole? Role)> Roles { get; } = [];

        public short Secretary => Known(StewardRole.Secretary.Key);

        public short BuildingLeader => Known(StewardRole.BuildingLeader.Key);

        public short Chair => Known(StewardRole.OwnersCommitteeChair.Key);

        public short Role(string key)
        {
            // Rows of one role tend to come together: compare with the last key before hashing.
            if (_lastKey is not null && string.Equals(_lastKey, key, StringComparison.Ordinal))
            {
                return _lastNumber;
            }

            _lastKey = key;
            return _lastNumber = Known(key);
        }

        public int Grid(string grid)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_gridNumbers, grid, out var exists);
            return exists ? number : number = _gridNumbers.Count;
        }

        private short Known(string key)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_roleNumbers, key, out var exists);
            if (!exists)
            {
                number = (short)Roles.Count;
                Roles.Add((key, policy.Roles.TryGetValue(key, out var role) ? role : null));
            }

            return number;
        }
    }

    /// <summary>Folds runs of rows (one site each) into the report's lists.</summary>
    private sealed class Builder(IReadOnlyList<Appointment> appointments, Tables tables)
    {
        private readonly List<Seat> _seats = [];
        private readonly List<Guid> _committee = [];
        private readonly short _secretary = tables.Secretary;
        private readonly short _leader = tables.BuildingLeader;
        private readonly short _chair = tables.Chair;

        public int InOffice { get; private set; }

        public List<AppointmentReminder> EndingSoon { get; } = [];

        public List<AppointmentReminder> Expired { get; } = [];

        public List<AppointmentReminder> Vacancies { get; } = [];

        public RunSummary Run(ReadOnlySpan<Row> rows, string? siteName, bool report)
        {
            if (rows.IsEmpty)
            {
                return RunSummary.Empty;
            }

            if (rows.Length == 1)
            {
                return Single(rows[0], siteName, report);
            }

            _seats.Clear();
            _committee.Clear();
            var holdsSecretary = false;
            var holdsLeader = false;
            var committeeOnly = 0;
            var secretary = -1;
            var chair = -1;
            for (var k = 0; k < rows.Length; k++)
            {
                ref readonly var row = ref rows[k];
                var s = 0;
                while (s < _seats.Count && !(_seats[s].Role == row.Role && _seats[s].Grid == row.Grid))
                {
                    s++;
                }

                if (s == _seats.Count)
                {
                    _seats.Add(new Seat(row.Role, row.Grid));
                }

                var seat = _seats[s];
                var role = tables.Roles[row.Role].Role;
                if ((row.Flags & RowFlags.Held) != 0)
                {
                    InOffice++;
                    seat.Held = true;
                    if ((row.Flags & RowFlags.Soon) != 0)
                    {
                        EndingSoon.Add(Remind(row.Index, role, siteName, role?.Term == RoleTerm.OrganisationTerm ? "TR-4" : null));
                    }

                    if (role is { IsCommitteeSeat: true })
                    {
                        if (!_committee.Contains(row.Person))
                        {
                            _committee.Add(row.Person);
                        }

                        committeeOnly += role.CommitteeOnly ? 1 : 0;
                    }

                    var member = (row.Flags & RowFlags.Member) != 0;
                    if (row.Role == _secretary)
                    {
                        holdsSecretary = true;
                        secretary = member ? row.Index : secretary;
                    }

                    holdsLeader |= row.Role == _leader;
                    chair = row.Role == _chair && member && row.Compound != Guid.Empty ? row.Index : chair;
                }
                else if ((row.Flags & RowFlags.Past) != 0 && (role?.ReportVacancy ?? true) && (seat.Latest < 0 || seat.LatestDay < row.LastDay))
                {
                    seat.Latest = row.Index;
                    seat.LatestDay = row.LastDay;
                }

                _seats[s] = seat;
            }

            if (report)
            {
                // Seats nobody holds today: the last term ran out (an election is due) or ended early (a vacancy).
                foreach (var seat in _seats)
                {
                    if (!seat.Held && seat.Latest >= 0)
                    {
                        var role = tables.Roles[seat.Role].Role;
                        var a = appointments[seat.Latest];
                        var organisation = role?.Term == RoleTerm.OrganisationTerm;
                        (a.EndedEarly ? Vacancies : Expired).Add(Remind(seat.Latest, role, siteName, a.EndedEarly ? (organisation ? "TR-5" : null) : (organisation ? "TR-3" : null)));
                    }
                }
            }

            return new RunSummary(holdsSecretary, holdsLeader, _committee.Count, committeeOnly, secretary, chair);
        }

        /// <summary>The common case of a site with one appointment (most buildings): no seat lists.</summary>
        private RunSummary Single(in Row row, string? siteName, bool report)
        {
            var role = tables.Roles[row.Role].Role;
            if ((row.Flags & RowFlags.Held) == 0)
            {
                if (report && (row.Flags & RowFlags.Past) != 0 && (role?.ReportVacancy ?? true))
                {
                    var organisation = role?.Term == RoleTerm.OrganisationTerm;
                    var early = (row.Flags & RowFlags.EndedEarly) != 0;
                    (early ? Vacancies : Expired).Add(Remind(row.Index, role, siteName, early ? (organisation ? "TR-5" : null) : (organisation ? "TR-3" : null)));
                }

                return RunSummary.Empty;
            }

            InOffice++;
            if ((row.Flags & RowFlags.Soon) != 0)
            {
                EndingSoon.Add(Remind(row.Index, role, siteName, role?.Term == RoleTerm.OrganisationTerm ? "TR-4" : null));
            }

            var member = (row.Flags & RowFlags.Member) != 0;
            var committee = role is { IsCommitteeSeat: true };
            return new RunSummary(row.Role == _secretary, row.Role == _leader, committee ? 1 : 0, committee && role!.CommitteeOnly ? 1 : 0,
                row.Role == _secretary && member ? row.Index : -1, row.Role == _chair && member && row.Compound != Guid.Empty ? row.Index : -1);
        }

        private AppointmentReminder Remind(int index, StewardRole? role, string? siteName, string? rule)
        {
            var a = appointments[index];
            return new(a.Id, a.RoleKey, role?.Name ?? a.RoleKey, role?.NameZh ?? a.RoleKey, a.HolderName, a.Site, a.UnitId?.Value ?? a.PlaceId?.Value ?? Guid.Empty,
                siteName, a.Grid, a.Start, a.LastDay, a.EndReason, rule);
        }

        private struct Seat(short role, int grid)
        {
            public readonly short Role = role;
            public readonly int Grid = grid;
            public bool Held;
            public int Latest = -1;
            public LocalDate LatestDay;
        }
    }

    [Flags]
    private enum RowFlags : byte
    {
        Held = 1,
        Past = 2,
        Soon = 4,
        EndedEarly = 8,
        AtBranch = 16,
        Member = 32,
    }

    /// <summary>One appointment as the report reads it (no references: cheap to write, nothing for the GC to trace).</summary>
    private struct Row
    {
        public long High;
        public long Low;
        public Guid Person;
        public Guid Compound;
        public int Index;
        public int Grid;
        public LocalDate LastDay;
        public short Role;
        public RowFlags Flags;
    }

    /// <summary>Orders rows by tree position, then by input order.</summary>
    private sealed class RowOrder : IComparer<Row>
    {
        public static RowOrder Instance { get; } = new();

        public static int Compare(in Row x, in Row y) =>
            x.High != y.High ? x.High.CompareTo(y.High) : x.Low != y.Low ? x.Low.CompareTo(y.Low) : x.Index.CompareTo(y.Index);

        int IComparer<Row>.Compare(Row x, Row y) => Compare(x, y);
    }
}
