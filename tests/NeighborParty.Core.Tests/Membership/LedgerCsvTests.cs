using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Membership;

public sealed class LedgerCsvTests
{
    private static LedgerImporter Importer(LedgerFixture f) => f.Tree.Get<LedgerImporter>();

    private static LedgerImportReport Import(LedgerFixture f, string csv) =>
        Run(Importer(f).ImportAsync(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray()), f.CommunityPlace.Id));

    private static string Export(LedgerFixture f, bool reveal, bool chinese = true)
    {
        var stream = new MemoryStream();
        Run(Importer(f).ExportAsync(stream, f.CommunityPlace.Id, reveal, chinese));
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    private static string Sample(LedgerFixture f)
    {
        var compound = f.Compounds[0].Name;
        var building = f.Tree.BuildingsOf(f.Compounds[0])[0].Name;
        return "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\r\n"
            + $"张三,{IdNumbers.Make(new LocalDate(1955, 3, 1), 1)},男,1980-07-01,1981-07-01,离退休,否,{f.Community.Name},,{compound},{building},,13800138000\r\n"
            + $"\"李,四\",{IdNumbers.Make(new LocalDate(1960, 5, 2), 2, Gender.Female)},女,1985-07-01,1986-07-01,小区党员,否,{f.Community.Name},,{compound},,,\r\n"
            + $"王五,{IdNumbers.Make(new LocalDate(1980, 9, 9), 3)},,2005-07-01,,在职,否,,南平市某局机关党支部,{compound},,{compound},\n";
    }

    [Fact]
    public void A_good_file_imports_whole_and_again_changes_nothing()
    {
        var f = new LedgerFixture();
        var first = Import(f, Sample(f));
        Assert.True(first.Stored, string.Join("; ", first.Errors));
        Assert.Equal((3, 3, 0, 0), (first.Rows, first.Added, first.Updated, first.Unchanged));
        var members = Run(f.Members.ListAsync());
        Assert.Contains(members, m => m.Name == "李,四" && m.Gender == Gender.Female && m.UnitId == f.Community.Id);
        var worker = Assert.Single(members, m => m.Name == "王五");
        Assert.Equal(MemberStatus.Probationary, worker.Status);
        Assert.Equal(f.Compounds[0].Id, worker.RegisteredCompoundId);
        var versions = members.ToDictionary(m => m.Id, m => m.Version);

        var again = Import(f, Sample(f));
        Assert.Equal((3, 0, 0, 3), (again.Rows, again.Added, again.Updated, again.Unchanged));
        Assert.All(Run(f.Members.ListAsync()), m => Assert.Equal(versions[m.Id], m.Version));
    }

    [Fact]
    public void A_large_file_imports_whole_with_an_audit_entry_per_member_and_a_number_taken_outside_is_found_in_any_query()
    {
        // 3,000 rows: the ID numbers are looked up in two queries, and the store and the unit of work grow at once.
        var f = new LedgerFixture();
        var outsider = Run(f.Ledger.RecordAsync(f.Details(), MemberRelationship.Outside("南平市某局机关党支部")));
        string Row(int i, string idNumber) => $"党员{i},{idNumber},,1990-07-01,1991-07-01,离退休,否,{f.Community.Name},,{f.Compounds[i % f.Compounds.Count].Name},,,\n";
        var header = "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\n";
        var numbers = Enumerable.Range(0, 3_000).Select(i => IdNumbers.Make(new LocalDate(1940, 1, 1).PlusDays(i), 5_000 + i)).ToList();

        var taken = Import(f, header + string.Concat(numbers.Select((n, i) => Row(i, i == 2_500 ? outsider.IdNumber : n))));
        Assert.False(taken.Stored);
        Assert.Equal(2_502, Assert.Single(taken.Errors).Row); // the header is line 1
        Assert.Single(Run(f.Members.ListAsync()));

        var audit = f.Tree.Get<NeighborParty.Persistence.IReadRepository<NeighborParty.Auditing.AuditEntry>>();
        var trailBefore = Run(audit.CountAsync());
        var whole = Import(f, header + string.Concat(numbers.Select((n, i) => Row(i, n))));
        Assert.True(whole.Stored, string.Join("; ", whole.Errors.Take(3)));
        Assert.Equal(3_000, whole.Added);
        Assert.Equal(3_001, Run(f.Members.CountAsync()));
        Assert.Equal(trailBefore + 3_000, Run(audit.CountAsync())); // one "member.recorded" entry each, in the same commit
    }

    [Fact]
    public void A_file_with_bad_rows_stores_nothing_and_reports_every_one()
    {
        var f = new LedgerFixture();
        var csv = Sample(f)
            + $"坏号,110105194912310021,男,1980-07-01,,离退休,否,{f.Community.Name},,,,,\n"              // check digit
            + $"坏日,{IdNumbers.Make(new LocalDate(1950, 1, 1), 9)},男,1980-02-30,,离退休,否,{f.Community.Name},,,,,\n"   // impossible date
            + $"坏类,{IdNumbers.Make(new LocalDate(1950, 1, 2), 10)},男,1980-07-01,,学生,否,无此组织,,,,,\n"           // category and unit
            + $"少列,{IdNumbers.Make(new LocalDate(1950, 1, 3), 11)}\n";
        var report = Import(f, csv);
        Assert.False(report.Stored);
        Assert.Equal(4, report.BadRows);
        Assert.Empty(Run(f.Members.ListAsync()));
        Assert.Contains(report.Errors, e => e.Row == 5 && e.Column == "idNumber" && e.Code == "NP-MBR-001");
        Assert.Contains(report.Errors, e => e.Row == 6 && e.Column == "joined" && e.Code == "NP-CSV-005");
        Assert.Contains(report.Errors, e => e.Row == 7 && e.Column == "category");
        Assert.Contains(report.Errors, e => e.Row == 7 && e.Column == "unit" && e.Code == "NP-CSV-006");
        Assert.Contains(report.Errors, e => e.Row == 8 && e.Code == "NP-CSV-004");
        Assert.All(report.Errors, e => Assert.False(string.IsNullOrEmpty(e.MessageZh)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("姓名,身份证号\n")]
    [InlineData("name,idNumber,joined,category,colour\n")]
    [InlineData("name,idNumber,joined,category\n\"unclosed,x,y,z\n")]
    public void Broken_files_are_refused_with_a_report(string csv)
    {
        var f = new LedgerFixture();
        var report = Import(f, csv);
        Assert.False(report.Stored);
        Assert.NotEmpty(report.Errors);
        Assert.Empty(Run(f.Members.ListAsync()));
    }

    [Fact]
    public void A_file_may_not_move_a_relationship_that_is_a_transfer()
    {
        var f = new LedgerFixture();
        Assert.True(Import(f, Sample(f)).Stored);
        var branch = f.Branch(f.Compounds[1]);
        var moved = Sample(f).Replace($"男,1980-07-01,1981-07-01,离退休,否,{f.Community.Name}", $"男,1980-07-01,1981-07-01,离退休,否,{branch.Name}", StringComparison.Ordinal);
        var report = Import(f, moved);
        Assert.Equal("MR-3", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Export_masks_personal_data_unless_revealed_and_english_headers_import_too()
    {
        var f = new LedgerFixture();
        Import(f, Sample(f));
        var masked = Export(f, reveal: false);
        Assert.DoesNotContain("13800138000", masked, StringComparison.Ordinal);
        Assert.Contains("138****8000", masked, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumbers.Make(new LocalDate(1955, 3, 1), 1), masked, StringComparison.Ordinal);
        Assert.StartsWith("姓名,身份证号", masked, StringComparison.Ordinal);

        var english = Export(f, reveal: true, chinese: false);
        Assert.StartsWith("name,idNumber", english, StringComparison.Ordinal);
        Assert.Contains("\"李,四\"", english, StringComparison.Ordinal);
        var report = Import(f, english);
        Assert.Equal((3, 0, 0, 3), (report.Rows, report.Added, report.Updated, report.Unchanged));
    }

    public static Arbitrary<int[]> Seeds() => Gen.Choose(0, 1_000_000).ArrayOf().Where(a => a.Length is > 0 and < 25).ToArbitrary();

    [Property(MaxTest = 40, Arbitrary = [typeof(LedgerCsvTests)])]
    public Property Import_export_import_changes_nothing(int[] seeds)
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[1]);
        var group = f.Tree.Add(branch, "functional-group", NeighborParty.Organization.OrganizationUnitKind.FunctionalGroup);
        var group2 = f.Tree.Add(branch, "functional-group", NeighborParty.Organization.OrganizationUnitKind.FunctionalGroup);
        _ = group2;
        var units = new[] { f.Community, branch, group };
        foreach (var (seed, i) in seeds.Distinct().Select((s, i) => (s, i)))
        {
            var random = new Random(seed);
            var category = (MemberCategory)random.Next(1, 5);
            var home = random.Next(3) == 0 ? null : f.Compounds[random.Next(f.Compounds.Count)];
            var details = f.Details(full: random.Next(4) > 0, category, home,
                random.Next(6) == 0 ? new VotingSuspension("留党察看, \"一年\"", new LocalDate(2024, 1, 1), random.Next(2) == 0 ? null : new LocalDate(2025, 1, 1)) : null,
                mobile: random.Next(5) == 0) with { Name = random.Next(3) == 0 ? $"名,字\"{i}\"" : $"党员{seed}" };
            if (home is not null && random.Next(2) == 0)
            {
                details = details with { ResidenceBuildingId = f.Tree.BuildingsOf(home)[random.Next(3)].Id };
            }

            var relationship = category == MemberCategory.InService && random.Next(2) == 0
                ? MemberRelationship.Outside("外单位党支部" + random.Next(3))
                : MemberRelationship.InUnit(units[random.Next(units.Length)].Id);
            var member = Run(f.Ledger.RecordAsync(details, relationship));
            if ((category == MemberCategory.InService || details.IsMobile) && random.Next(2) == 0)
            {
                Run(f.Ledger.RegisterAsync(member.Id, f.Compounds[0].Id, f.Tree.BuildingsOf(f.Compounds[0])[1].Id, random.Next(2) == 0 ? "第一网格" : null));
            }
        }

        var before = Run(f.Members.ListAsync()).ToDictionary(m => m.Id, m => m.Version);

        // The community's ledger: members held in its units, or living or registered in its compounds.
        var inScope = Run(f.Members.ListAsync()).Count(m => m.UnitId is not null || m.ResidenceCompoundId is not null || m.RegisteredCompoundId is not null);
        var csv = Export(f, reveal: true);
        var report = Import(f, csv);
        return (report.Stored && report.Added == 0 && report.Updated == 0 && report.Unchanged == inScope
            && Run(f.Members.ListAsync()).All(m => before[m.Id] == m.Version))
            .Label($"{report with { Errors = [] }} errors: {string.Join("; ", report.Errors)}\n{csv}");
    }
}
