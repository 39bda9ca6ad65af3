using System.Text;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Membership;

/// <summary>
/// Bad input at scale (issue 26, item 7): the encodings district offices send, another encoding refused with its own
/// code, and a file of thousands of bad rows reported as its first thousand problems and a total per code.
/// </summary>
public sealed class LedgerFileInputTests
{
    private const string Header = "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区\r\n";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static LedgerImportReport Import(LedgerFixture f, byte[] file) => Run(f.Tree.Get<LedgerImporter>().ImportAsync(new MemoryStream(file), f.CommunityPlace.Id));

    private static string Rows(LedgerFixture f, int count, Func<int, string>? idNumber = null) => Header + string.Concat(Enumerable.Range(0, count).Select(i =>
        $"张{i}号,{(idNumber ?? (n => IdNumbers.Make(new LocalDate(1950, 1, 1).PlusDays(n), n)))(i)},男,1980-07-01,1981-07-01,离退休,否,{f.Community.Name},,{f.Compounds[0].Name}\r\n"));

    [Fact]
    public void A_GB18030_file_as_Excel_saves_it_imports_like_its_UTF8_twin()
    {
        var f = new LedgerFixture();
        var report = Import(f, Gb18030.GetBytes(Rows(f, 3)));
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(3, report.Added);
        Assert.Contains(Run(f.Members.ListAsync()), m => m.Name == "张1号" && m.ResidenceCompoundId == f.Compounds[0].Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_UTF8_file_imports_with_or_without_a_byte_order_mark(bool bom)
    {
        var f = new LedgerFixture();
        var bytes = Encoding.UTF8.GetBytes(Rows(f, 2));
        var report = Import(f, bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        Assert.True(report.Stored, string.Join("; ", report.Errors));
        Assert.Equal(2, Run(f.Members.CountAsync()));
    }

    [Fact]
    public void A_UTF16_file_is_refused_with_NP_CSV_007_and_stores_nothing()
    {
        var f = new LedgerFixture();
        var report = Import(f, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Rows(f, 2))]);
        Assert.False(report.Stored);
        Assert.Equal("NP-CSV-007", Assert.Single(report.Errors).Code);
        Assert.Equal(0, Run(f.Members.CountAsync()));
    }

    [Fact]
    public void A_Big5_file_is_refused_with_NP_CSV_007_rather_than_read_as_garbage()
    {
        var f = new LedgerFixture();
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
        var report = Import(f, big5.GetBytes(Rows(f, 2)));
        Assert.False(report.Stored);
        Assert.Equal("NP-CSV-007", report.Errors[0].Code);
        Assert.Equal(0, Run(f.Members.CountAsync()));
    }

    [Fact]
    public void A_broken_GB18030_byte_later_in_the_file_is_a_malformed_file_not_a_garbled_name()
    {
        var f = new LedgerFixture();
        var good = Gb18030.GetBytes(Rows(f, 1_000)); // past the first 64 KB, which decide the encoding
        Assert.True(good.Length > 64 * 1024);
        var broken = good.Concat(Gb18030.GetBytes("王")).Concat(new byte[] { 0x81 }).Concat(Gb18030.GetBytes(",1,男\r\n")).ToArray(); // a lead byte with no trail
        var report = Import(f, broken);
        Assert.False(report.Stored);
        Assert.Contains(report.Errors, e => e.Code == "NP-CSV-003");
        Assert.Equal(0, Run(f.Members.CountAsync()));
    }

    [Fact]
    public void Thousands_of_bad_rows_list_the_first_thousand_and_count_every_one_per_code()
    {
        var f = new LedgerFixture();
        var report = Import(f, Encoding.UTF8.GetBytes(Rows(f, 2_500, i => i % 2 == 0 ? "35070219500101001X" : "不是号码")));
        Assert.False(report.Stored);
        Assert.Equal(LedgerImporter.MaxReportedErrors, report.Errors.Count);
        Assert.Equal(2_500, report.BadRows);
        Assert.Equal(2_500, report.Totals[MembershipRules.InvalidIdNumber]);
        Assert.Equal(0, Run(f.Members.CountAsync()));
    }

    [Fact]
    public void A_number_twice_in_one_file_is_refused_at_its_second_row()
    {
        var f = new LedgerFixture();
        var twice = IdNumbers.Make(new LocalDate(1950, 1, 1), 1);
        var report = Import(f, Encoding.UTF8.GetBytes(Rows(f, 5, i => i is 1 or 3 ? twice : IdNumbers.Make(new LocalDate(1960, 1, 1).PlusDays(i), 10 + i))));
        Assert.False(report.Stored);
        var error = Assert.Single(report.Errors);
        Assert.Equal((5, MembershipRules.DuplicateIdNumber), (error.Row, error.Code)); // header line 1, the fourth data row
        Assert.Equal(1, report.Totals[MembershipRules.DuplicateIdNumber]);
    }

    [Fact]
    public void A_header_in_another_layout_is_refused_with_what_is_unknown_and_what_is_missing()
    {
        var f = new LedgerFixture();
        var report = Import(f, Encoding.UTF8.GetBytes("序号,名字,证件号\r\n1,张三,350702195001010019\r\n"));
        Assert.False(report.Stored);
        Assert.Contains(report.Errors, e => e.Code == "NP-CSV-002" && e.Column == "名字");
        Assert.Contains(report.Errors, e => e.Code == "NP-CSV-001" && e.Column == "idNumber");
        Assert.Equal(0, Run(f.Members.CountAsync()));
    }
}
