using System.Globalization;
using System.Text;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Scale;

/// <summary>
/// Writes the district's ledger as a CSV file in the library's layout (党员花名册), 24 members per compound: retired
/// members, members living in the compound without a work unit, members of resident units, in-service members who
/// registered (报到) there, a probationary member in every twelfth row. Units, compounds and buildings are named by id,
/// so the file imports at the district's root whatever the names.
/// </summary>
internal sealed class LedgerFile : IAsyncDisposable
{
    public const string Header = "姓名,身份证号,联系电话,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区\r\n";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new(200);

    public LedgerFile(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        _writer.Write(Header);
    }

    public int Rows { get; private set; }

    /// <summary>A valid GB 11643 number for member <paramref name="n"/>: born 1940–1994, unique for n below 20 million.</summary>
    public static string IdNumber(int n)
    {
        var birth = new LocalDate(1940, 1, 1).PlusDays(n % 20_000);
        var body = string.Create(CultureInfo.InvariantCulture, $"350702{birth.Year:0000}{birth.Month:00}{birth.Day:00}{n / 20_000 % 1000:000}");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    public void AddCompound(Place compound, IReadOnlyList<Place> buildings, OrganizationUnit holder, int index)
    {
        for (var m = 0; m < ScaleShape.MembersPerCompound; m++)
        {
            var n = Rows++;
            var kind = n % 10;
            var inService = kind is 6 or 7;
            var category = kind switch { <= 5 => "离退休", 6 or 7 => "在职", 8 => "小区党员", _ => "驻区单位" };
            var building = buildings[m % buildings.Count];
            _line.Clear();
            _line.Append("党员").Append(n).Append(',').Append(IdNumber(n)).Append(',')
                .Append(n % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $"139{n % 100_000_000:00000000}") : string.Empty).Append(',')
                .Append("2015-07-01,").Append(n % 12 == 11 ? string.Empty : "2016-07-01").Append(',')
                .Append(category).Append(',').Append(n % 50 == 7 ? "是" : "否").Append(',')
                .Append(inService ? string.Empty : holder.Id.Value.ToString()).Append(',')
                .Append(inService ? $"某单位{index % 500}党支部" : string.Empty).Append(',')
                .Append(compound.Id.Value).Append(',').Append(building.Id.Value).Append(',')
                .Append(inService ? compound.Id.Value.ToString() : string.Empty).Append("\r\n");
            _writer.Write(_line);
        }
    }

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}
