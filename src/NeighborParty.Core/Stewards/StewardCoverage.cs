using System.Buffers;
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
public sealed partial record StewardCoverage(PlaceId Scope, LocalDate On, int Compounds, int Branches, int Buildings, int InOffice,
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
        // Each array only as large as its own rows (a province's 150,000 terms split about evenly between units and places):
        // the shared pool keeps the arrays it lends after they come back.
        var count = input.Appointments.Count;
        var atUnits = 0;
        for (var k = 0; k < count; k++)
        {
            atUnits += input.Appointments[k].Location.Tree == TreeKind.Unit ? 1 : 0;
        }

        var unitRows = ArrayPool<Row>.Shared.Rent(Math.Max(atUnits, 1));
        var placeRows = ArrayPool<Row>.Shared.Rent(Math.Max(count - atUnits, 1));
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
                    Sorted(input.Compounds, p => (p.PathHigh, p.PathLow), out _), Sorted(input.Buildings, p => (p.PathHigh, p.PathLow), out _))!;
        }
        finally
        {
            ArrayPool<Row>.Shared.Return(unitRows);
            ArrayPool<Row>.Shared.Return(placeRows);
        }
    }
}
