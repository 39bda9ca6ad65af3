using NeighborParty.Accounting;
using NeighborParty.Formation;
using NeighborParty.Organization;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Scenarios;

/// <summary>
/// Issue 16: a rural county and a grid-governed city district, each from a configuration file alone, end to end —
/// a ledger imported across the whole district, formation and the sweep (whose advice the tree accepts), a branch
/// assessed, the Red Steward team finding its branch, and the roll-up figure under the schema's own name.
/// </summary>
public sealed class DistrictScenarioTests
{
    [Fact]
    public async Task A_rural_county_works_from_configuration_alone()
    {
        var w = new ScenarioWorld("rural-county.json");
        Assert.Equal("rural", w.Schema.Name);
        Assert.Equal(PlaceKind.Community, w.Schema.BranchPlaceKind);
        Assert.Equal("村", w.Schema.PlaceName(PlaceKind.Community).Name);

        var county = w.District("顺昌县");
        var township = w.Place(county, "大干镇");
        var villages = new[] { "上湖村", "下湖村", "松林村", "竹园村" }.Select(n => w.Place(township, n)).ToArray();
        var groups = villages.ToDictionary(v => v.Id, v => new[] { "一组", "二组" }.Select(g => w.Place(v, v.Name + g)).ToArray());
        var countyUnit = w.Root("county", OrganizationUnitKind.Committee, "中共顺昌县委", county);
        var townshipUnit = w.Unit(countyUnit, "township", OrganizationUnitKind.Committee, "中共大干镇委员会", township);
        var branches = villages.Take(3).Select(v => w.Unit(townshipUnit, "village", OrganizationUnitKind.Branch, v.Name + "党支部", v)).ToArray();

        // One file for the whole county: rows name village branches and the township committee, and villagers' groups as homes.
        var rows = new List<string>();
        int[] counts = [4, 3, 8];
        for (var v = 0; v < 3; v++)
        {
            rows.AddRange(Enumerable.Range(0, counts[v]).Select(i => w.Row($"{villages[v].Name[..2]}{i}", branches[v], groups[villages[v].Id][i % 2])));
        }

        rows.AddRange(Enumerable.Range(0, 4).Select(i => w.Row($"竹园{i}", townshipUnit, groups[villages[3].Id][i % 2])));
        var report = w.Import(county, rows);
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(19, report.Added);

        // A village branch is assessed as a branch (not NP-FRM-003), with the members of its villagers' groups.
        var formation = w.Get<FormationService>();
        var assessed = await formation.AssessBranchAsync(branches[2].Id);
        Assert.Equal(8, assessed.Counted);
        Assert.Equal(("村党组织", "village party organisation"), (assessed.SubjectZh, assessed.SubjectEn));

        // The sweep speaks of villages, never of villagers' groups, and the tree accepts its advice.
        var sweep = await formation.SweepAsync(township.Id);
        Assert.Equal((4, "村", "Village"), (sweep.Places, sweep.Assessed.Name, sweep.Assessed.NameEn));
        var form = Assert.Single(sweep.ShouldFormBranch);
        Assert.Equal((villages[3].Id.Value, FormationSubjectKind.Place, "村", "village"), (form.Id, form.Subject, form.SubjectZh, form.SubjectEn));
        Assert.Empty(sweep.ShouldJoinJointBranch);
        var formed = w.Unit(w.ParentFor(villages[3], "village"), "village", OrganizationUnitKind.Branch, "竹园村党支部", villages[3]);
        Assert.Equal(townshipUnit.Id, formed.ParentId);

        // The Red Steward team of a villagers' group finds its village's branch.
        var team = await w.Get<StewardReports>().TeamAsync(groups[villages[0].Id][1].Id);
        Assert.Equal(branches[0].Id, team.BranchId);

        // ML-3: each villagers'-group Party group owes its monthly meeting, and the compliance check has a line for each.
        var september = ReportPeriods.Month(2026, 9);
        var villagerGroups = groups[villages[0].Id].Select(g => w.Unit(branches[0], "villager-group", OrganizationUnitKind.PartyGroup, g.Name + "党小组", g)).ToArray();
        w.Record("group-meeting", groups[villages[0].Id][0], villagerGroups[0], new LocalDate(2026, 9, 18));
        var compliance = (await w.Get<ComplianceService>().AssessAsync(townshipUnit.Id, september)).Single(c => c.BranchId == branches[0].Id);
        var ml3 = compliance.Lines.Where(l => l.Rule == "ML-3").ToDictionary(l => l.UnitId);
        Assert.Equal((1, 1), (ml3[villagerGroups[0].Id].Due, ml3[villagerGroups[0].Id].Met));
        Assert.Equal((1, 0), (ml3[villagerGroups[1].Id].Due, ml3[villagerGroups[1].Id].Met));

        // TR-5: a committee member of 松林村 who moved away leaves a vacancy, while the branch still has its committee basis.
        var pine = w.MembersOf(branches[2]);
        w.Appoint(StewardRole.Secretary, pine[0], branches[2], new LocalDate(2024, 1, 1));
        var organiser = w.Appoint(StewardRole.OrganisationMember, pine[1], branches[2], new LocalDate(2024, 1, 1));
        w.Appoint(StewardRole.PublicityMember, pine[2], branches[2], new LocalDate(2024, 1, 1));
        await w.Get<AppointmentService>().EndAsync(organiser.Id, new LocalDate(2026, 11, 1), AppointmentEndReason.MovedAway);
        var vacancy = Assert.Single((await w.Get<StewardReports>().CoverageAsync(township.Id)).Vacancies);
        Assert.Equal((StewardRole.OrganisationMember.Key, "TR-5", "松林村党支部"), (vacancy.Role, vacancy.Rule, vacancy.SiteName));

        // The roll-up figure is named as the county names its branches, and counts all four.
        var year = await w.Get<AccountingService>().ReportAsync(county.Id, ReportPeriods.Year(2026));
        var line = year.Totals.Single(t => t.Key == Figures.CompoundBranches);
        Assert.Equal(("村党组织", 4L), (line.NameZh, line.Value));
    }

    [Fact]
    public async Task A_grid_district_works_from_configuration_alone()
    {
        var w = new ScenarioWorld("grid-district.json");
        Assert.Equal("grid-city", w.Schema.Name);
        Assert.Equal(["grid-branch"], w.Schema.BranchLevels);
        Assert.Equal("网格", w.Schema.PlaceName(PlaceKind.Compound).Name);

        var city = w.District("西城区");
        var district = w.Place(city, "新街口街道");
        var community = w.Place(district, "前公用社区");
        var grids = new[] { "第一网格", "第二网格", "第三网格" }.Select(n => w.Place(community, n)).ToArray();
        var districtUnit = w.Root("district", OrganizationUnitKind.Committee, "中共西城区委", city);
        var streetUnit = w.Unit(districtUnit, "street", OrganizationUnitKind.WorkingCommittee, "新街口街道党工委", district);
        var communityUnit = w.Unit(streetUnit, "community", OrganizationUnitKind.Committee, "前公用社区党委", community);
        var first = w.Unit(communityUnit, "grid-branch", OrganizationUnitKind.Branch, "第一网格党支部", grids[0]);

        var rows = Enumerable.Range(0, 4).Select(i => w.Row($"甲{i}", first, grids[0]))
            .Concat(Enumerable.Range(0, 3).Select(i => w.Row($"乙{i}", communityUnit, grids[1])))
            .Concat(Enumerable.Range(0, 2).Select(i => w.Row($"丙{i}", communityUnit, grids[2])));
        var report = w.Import(city, rows);
        Assert.True(report.Stored, string.Join("; ", report.Errors));

        var formation = w.Get<FormationService>();
        Assert.Equal(4, (await formation.AssessBranchAsync(first.Id)).Counted);

        // ML-3 for a courtyard group (楼院党小组), and TR-5 for a committee seat that fell empty.
        var courtyards = new[] { "一号院", "二号院" }.Select(n => w.Place(grids[0], n)).ToArray();
        var courtyardGroups = courtyards.Select(c => w.Unit(first, "courtyard-group", OrganizationUnitKind.PartyGroup, c.Name + "党小组", c)).ToArray();
        w.Record("group-meeting", courtyards[1], courtyardGroups[1], new LocalDate(2026, 10, 31));
        var october = (await w.Get<ComplianceService>().AssessAsync(first.Id, ReportPeriods.Month(2026, 10))).Single();
        Assert.Equal([(1, 0), (1, 1)], courtyardGroups.Select(g => october.Lines.Single(l => l.Rule == "ML-3" && l.UnitId == g.Id)).Select(l => (l.Due, l.Met)));
        Assert.True(w.Import(city, Enumerable.Range(4, 3).Select(i => w.Row($"甲{i}", first, grids[0]))).Stored);
        var firstMembers = w.MembersOf(first);
        Assert.Equal(7, firstMembers.Count);
        w.Appoint(StewardRole.Secretary, firstMembers[0], first, new LocalDate(2024, 1, 1));
        var discipline = w.Appoint(StewardRole.DisciplineMember, firstMembers[1], first, new LocalDate(2024, 1, 1));
        await w.Get<AppointmentService>().EndAsync(discipline.Id, new LocalDate(2026, 11, 20), AppointmentEndReason.Resigned);
        var vacancy = Assert.Single((await w.Get<StewardReports>().CoverageAsync(community.Id)).Vacancies);
        Assert.Equal((StewardRole.DisciplineMember.Key, "TR-5"), (vacancy.Role, vacancy.Rule));
        var sweep = await formation.SweepAsync(community.Id);
        Assert.Equal(grids[1].Id.Value, Assert.Single(sweep.ShouldFormBranch).Id);
        Assert.Equal(grids[2].Id.Value, Assert.Single(sweep.ShouldJoinJointBranch).Id);
        var outcome = (await formation.AssessCompoundAsync(grids[2].Id)).Outcomes.Single(o => o.Verdict == FormationVerdict.JoinJointBranch);
        Assert.Contains("相邻网格", outcome.MessageZh, StringComparison.Ordinal);
        w.Unit(w.ParentFor(grids[1], "grid-branch"), "grid-branch", OrganizationUnitKind.Branch, "第二网格党支部", grids[1]);

        var team = await w.Get<StewardReports>().TeamAsync(grids[0].Id);
        Assert.Equal(first.Id, team.BranchId);
        var year = await w.Get<AccountingService>().ReportAsync(community.Id, ReportPeriods.Year(2026));
        var line = year.Totals.Single(t => t.Key == Figures.CompoundBranches);
        Assert.Equal(("网格党支部", "Grid branches", 2L), (line.NameZh, line.Name, line.Value));
    }
}
