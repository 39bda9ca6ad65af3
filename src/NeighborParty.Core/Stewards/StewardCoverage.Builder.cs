using NodaTime;

namespace NeighborParty.Stewards;

/// <content>The builder that folds runs of rows into the report's lists, and the row it reads.</content>
public sealed partial record StewardCoverage
{
    /// <summary>Folds runs of rows (one site each) into the report's lists.</summary>
    private sealed class Builder(IReadOnlyList<CoverageTerm> appointments, Tables tables)
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
