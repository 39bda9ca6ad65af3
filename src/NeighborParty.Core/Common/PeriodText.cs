using System.Globalization;
using System.Text;
using NodaTime;

namespace NeighborParty.Common;

/// <summary>
/// A policy's period in words, in English and Chinese ("1 year 6 months", "一年六个月"), so that messages say what the
/// district configured instead of an ISO string ("P1Y6M") or a number fixed in the text (issue 16).
/// </summary>
internal static class PeriodText
{
    private static readonly string[] Digits = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>The period in English words, e.g. "1 year", "6 months", "2 years 3 days".</summary>
    public static string English(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var parts = new List<string>();
        void Add(long value, string unit)
        {
            if (value != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(Math.Abs(value) == 1 ? string.Empty : "s")}"));
            }
        }

        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        Add(period.Hours, "hour");
        return parts.Count == 0 ? "no time" : string.Join(' ', parts);
    }

    /// <summary>The period in Chinese, e.g. "一年", "六个月", "两年三天".</summary>
    public static string Chinese(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var text = new StringBuilder();
        void Add(long value, string unit)
        {
            if (value != 0)
            {
                text.Append(value is > 0 and <= 10 ? Digits[value] : value.ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }

        Add(period.Years, "年");
        Add(period.Months, "个月");
        Add(period.Weeks, "周");
        Add(period.Days, "天");
        Add(period.Hours, "小时");
        return text.Length == 0 ? "零天" : text.ToString();
    }
}
