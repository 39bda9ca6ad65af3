using NeighborParty.Formation;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <content>The walk over the rows: reads the appointments, folds each site's run and assembles the report.</content>
public sealed partial record StewardCoverage
{
    private static (int Units, int Places, bool UnitsSorted, bool PlacesSorted) Read(IReadOnlyList<CoverageTerm> appointments, Tables tables,
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
        IReadOnlyList<OrganizationUnit> branches, IReadOnlyList<int> branchFull, IReadOnlyList<PlaceNode> compoundList, IReadOnlyList<PlaceNode> buildingList)
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
            var compoundKey = compound is null ? (long.MaxValue, long.MaxValue) : (compound.PathHigh, compound.PathLow);
            var buildingKey = building is null ? (long.MaxValue, long.MaxValue) : (building.PathHigh, building.PathLow);
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
}
