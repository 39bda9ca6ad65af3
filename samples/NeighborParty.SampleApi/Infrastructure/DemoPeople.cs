using System.Globalization;
using System.Text;
using NodaTime;

namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Invented but plausible people for the demo ledger: common Fujian surnames, given names that match the gender,
/// GB 11643 ID numbers whose birth date and gender digit agree with the row, and mobile numbers. Deterministic, so
/// the demo is the same on every machine.
/// </summary>
internal static class DemoPeople
{
    private static readonly string[] Surnames =
    [
        "林", "陈", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "谢", "叶", "邱", "周", "罗", "游", "余", "苏",
        "徐", "何", "江", "廖", "魏", "赖", "詹", "朱", "范", "方", "胡", "翁", "连", "施", "卢", "吕", "庄", "邓", "傅", "熊",
    ];

    /// <summary>Given names read as a man's.</summary>
    internal static readonly string[] MaleGiven =
    [
        "建国", "志强", "文斌", "明辉", "永福", "晓东", "德明", "宏伟", "春生", "立新", "振华", "海波", "建平", "金水", "伟民", "荣生",
        "福生", "家明", "俊杰", "天佑", "炳南", "长青", "国强", "文辉", "志明", "清泉", "玉山", "进财", "水生", "学文", "兆龙", "锦荣",
    ];

    /// <summary>Given names read as a woman's.</summary>
    internal static readonly string[] FemaleGiven =
    [
        "丽华", "秀英", "美玲", "玉梅", "淑珍", "素芬", "金凤", "桂兰", "海燕", "红梅", "小燕", "秀兰", "丽娟", "慧敏", "雪梅", "丽萍",
        "春燕", "美华", "秀珍", "月琴", "碧霞", "玉兰", "淑英", "晓玲", "雅琴", "彩云", "凤英", "惠珍", "秋菊", "晓红", "亚萍", "巧云",
    ];

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A name for person <paramref name="n"/>.</summary>
    internal static string Name(int n, bool male)
    {
        var given = male ? MaleGiven : FemaleGiven;
        return Surnames[(n * 7) % Surnames.Length] + given[(n / Surnames.Length * 5 + n) % given.Length];
    }

    /// <summary>A GB 11643 number of Yanping (350702) for a birth date, with a sequence whose last digit carries the gender.</summary>
    internal static string IdNumber(LocalDate birth, int sequence, bool male)
    {
        // Sequences 600–999 are the generated people's; the named ledger's numbers use lower ones.
        var order = 600 + ((sequence % 200) * 2) + (male ? 1 : 0);
        var body = "350702" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + order.ToString("000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    /// <summary>A mobile number for person <paramref name="n"/>.</summary>
    internal static string Phone(int n) => "139" + (50990000 + (n * 7919 % 9_999_999)).ToString("00000000", CultureInfo.InvariantCulture);

    /// <summary>One generated member of a compound branch.</summary>
    /// <param name="Branch">The branch holding the relationship.</param>
    /// <param name="Compound">The compound the member lives in.</param>
    /// <param name="Retired">Retired (离退休) or a compound resident (小区党员).</param>
    /// <param name="Probationary">Joined within the last year and not yet made full.</param>
    internal sealed record Row(string Branch, string Compound, bool Retired, bool Probationary);

    /// <summary>Writes the rows as a ledger CSV (the 党员花名册 columns), numbering people from <paramref name="first"/>.</summary>
    internal static string LedgerCsv(IEnumerable<Row> rows, LocalDate today, int first = 0)
    {
        var csv = new StringBuilder("姓名,身份证号,性别,联系电话,入党日期,转正日期,党员类别,组织关系所在党组织,居住小区\n");
        var n = first;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var male = n % 5 is 0 or 2 or 3; // about three men in five, as in the district's ledger
            var age = row.Probationary ? 30 + (n % 15) : row.Retired ? 62 + (n % 20) : 35 + (n % 24);
            var birth = new LocalDate(today.Year - age, 1 + (n % 12), 1 + ((n * 11) % 28));
            var id = IdNumber(birth, n, male);
            for (var bump = 1; !used.Add(id); bump++)
            {
                id = IdNumber(birth.PlusDays(bump), n, male);
            }

            var joined = row.Probationary ? today.PlusMonths(-4 - (n % 6)) : birth.PlusYears(24 + (n % 10));
            var full = row.Probationary ? string.Empty : Date(joined.PlusYears(1));
            csv.Append(Name(n, male)).Append(',').Append(id).Append(',').Append(male ? "男" : "女").Append(',').Append(Phone(n)).Append(',')
                .Append(Date(joined)).Append(',').Append(full).Append(',').Append(row.Retired ? "离退休" : "小区党员").Append(',')
                .Append(row.Branch).Append(',').Append(row.Compound).Append('\n');
            n++;
        }

        return csv.ToString();
    }

    private static string Date(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
