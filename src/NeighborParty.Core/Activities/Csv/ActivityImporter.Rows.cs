using System.Globalization;
using NeighborParty.Accounting;
using NeighborParty.Common;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.Activities.Csv;

/// <content>Reading a row: each field checked, then the activity built by <see cref="Activity.Record"/>, the one place its rules live.</content>
public sealed partial class ActivityImporter
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private Activity? ParseRow(int line, IReadOnlyList<string> record, int headerCount, int[] map, Lookups lookups, Instant now, List<LedgerRowError> errors)
    {
        string? Field(int column) => map[column] >= 0 && map[column] < record.Count && record[map[column]].Trim() is { Length: > 0 } v ? v : null;
        void Fail(string column, string code, string en, string zh) => errors.Add(new LedgerRowError(line, column, code, en, zh));

        if (record.Count != headerCount)
        {
            Fail("", "NP-CSV-004", $"The row has {record.Count} fields; the header has {headerCount}.", $"该行有 {record.Count} 个字段，表头有 {headerCount} 个。");
            return null;
        }

        var title = Field(0) ?? string.Empty; // Activity.Record checks the title
        var kindText = Field(1);
        var kind = kindText is null ? null : _options.Activities.Kinds.TryGetValue(kindText, out var byKey) ? byKey
            : _options.Activities.Kinds.Values.FirstOrDefault(k => string.Equals(k.NameZh, kindText, StringComparison.Ordinal));
        if (kind is null)
        {
            Fail("kind", ActivityLedger.UnknownKind, $"Unknown kind of activity '{kindText}'.", $"未知的活动类别“{kindText}”。");
        }

        LocalDate day = default;
        if (Field(2) is not { } dateText || !CsvHeader.TryParseIsoDate(dateText, out day))
        {
            Fail("date", "NP-CSV-005", $"'{Field(2)}' is not a date (yyyy-MM-dd).", $"“{Field(2)}”不是日期（格式 yyyy-MM-dd）。");
        }

        var time = LocalTime.Midnight;
        if (Field(3) is { } timeText)
        {
            var parsed = TimePattern.Parse(timeText);
            if (parsed.Success)
            {
                time = parsed.Value;
            }
            else
            {
                Fail("time", "NP-CSV-005", $"'{timeText}' is not a time (HH:mm).", $"“{timeText}”不是时间（格式 HH:mm）。");
            }
        }

        var place = Find(Field(4), lookups.Places, lookups.PlacesById);
        if (place is null)
        {
            Fail("place", ActivityLedger.WrongReference, $"No place '{Field(4)}' in this scope (or the name is ambiguous: use its id).", $"本范围内没有地点“{Field(4)}”（或名称重复，请使用编号）。");
        }

        OrganizationUnit? unit = null;
        if (Field(5) is { } unitText && (unit = Find(unitText, lookups.Units, lookups.UnitsById)) is null)
        {
            Fail("unit", ActivityLedger.WrongReference, $"No unit '{unitText}' in this scope (or the name is ambiguous: use its id).", $"本范围内没有党组织“{unitText}”（或名称重复，请使用编号）。");
        }

        if (!int.TryParse(Field(6), NumberStyles.None, CultureInfo.InvariantCulture, out var participants))
        {
            Fail("participants", "NP-CSV-005", $"'{Field(6)}' is not a whole number of participants.", $"“{Field(6)}”不是参加人数（整数）。");
        }

        decimal? hours = null;
        if (Field(7) is { } hoursText)
        {
            if (decimal.TryParse(hoursText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                Fail("hours", "NP-CSV-005", $"'{hoursText}' is not a number of hours.", $"“{hoursText}”不是服务时长（小时数）。");
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        foreach (var closing in lookups.Closings)
        {
            if (place!.Path.IsWithin(closing.PlacePath) && closing.From <= day && day <= closing.To)
            {
                var closed = PeriodGuard.ClosedDay(day, closing); // a closed period is corrected, never added to
                Fail("date", closed.Code, closed.Message, closed.MessageZh);
                return null;
            }
        }

        try
        {
            var starts = day.At(time).InZoneLeniently(_options.TimeZone);
            var request = new NewActivity(kind!.Key, title, place!.Id, starts, participants, unit?.Id, Hours: hours);
            return Activity.Record(ActivityId.New(), request, _options.Activities, unit, place, now);
        }
        catch (RuleViolationException ex)
        {
            Fail(ex.Violation.Target ?? "", ex.Violation.Code, ex.Violation.Message, ex.Violation.MessageZh);
            return null;
        }
    }

    private static T? Find<T>(string? text, Dictionary<string, T?> byName, Dictionary<Guid, T> byId)
        where T : class =>
        text is null ? null : Guid.TryParse(text, out var guid) ? byId.GetValueOrDefault(guid) : byName.GetValueOrDefault(text);
}
