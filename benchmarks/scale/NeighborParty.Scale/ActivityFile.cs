using System.Globalization;
using System.Text;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Scale;

/// <summary>
/// Writes the district's activity ledger (活动台账) as a CSV file over the five years before today: at every compound
/// its branch's regular organisational life (三会一课, 主题党日) and volunteer services with hours, and at every community
/// co-learning and neighbourhood events — about 20,000 activities per multiple. Places and units are named by id.
/// </summary>
internal sealed class ActivityFile : IAsyncDisposable
{
    public const string Header = "活动名称,活动类别,活动日期,开始时间,活动地点,组织单位,参加人数,服务时长\r\n";
    private const int PerCompound = 90;
    private const int PerCommunity = 40;
    private static readonly string[] CompoundKinds = ["member-assembly", "committee-meeting", "group-meeting", "party-lesson", "theme-party-day", "volunteer-service", "volunteer-service", "courtyard-lesson"];
    private static readonly string[] CommunityKinds = ["co-learning", "neighbourhood-festival", "hundred-family-feast", "reading-sharing", "volunteer-service"];
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new(200);
    private readonly LocalDate _first;

    public ActivityFile(string path, ScaleShape shape, LocalDate today)
    {
        _ = shape;
        _first = today.PlusDays(-ScaleShape.ActivityDays);
        _writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        _writer.Write(Header);
    }

    public int Rows { get; private set; }

    public void AddPlace(Place place, OrganizationUnit? unit)
    {
        var compound = place.Kind == PlaceKind.Compound;
        var count = compound ? PerCompound : PerCommunity;
        var kinds = compound ? CompoundKinds : CommunityKinds;
        for (var i = 0; i < count; i++)
        {
            var n = Rows++;
            var kind = kinds[(n + i) % kinds.Length];
            var day = _first.PlusDays((int)((long)n * 7919 % ScaleShape.ActivityDays)); // spread over the five years, yesterday at the latest
            var participants = 5 + (n % 40);
            _line.Clear();
            _line.Append(kind).Append(' ').Append(n).Append(',').Append(kind).Append(',')
                .Append(day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(",19:30,")
                .Append(place.Id.Value).Append(',').Append(unit?.Id.Value.ToString() ?? string.Empty).Append(',')
                .Append(participants).Append(',')
                .Append(kind == "volunteer-service" ? (participants * 2).ToString(CultureInfo.InvariantCulture) : string.Empty).Append("\r\n");
            _writer.Write(_line);
        }
    }

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}
