using NeighborParty.Membership.Csv;

namespace NeighborParty.Activities.Csv;

/// <summary>
/// The columns of an activity ledger file (活动台账), as districts keep it in Excel: what was held, what kind, when,
/// where, by whom, how many took part and for how many hours. Headers are the keys (any case) or the Chinese names,
/// in any order.
/// </summary>
public static class ActivityColumns
{
    /// <summary>Gets the columns, in the order an export writes them.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } =
    [
        new("title", "活动名称", Required: true),
        new("kind", "活动类别", Required: true),
        new("date", "活动日期", Required: true),
        new("time", "开始时间"),
        new("place", "活动地点", Required: true),
        new("unit", "组织单位"),
        new("participants", "参加人数", Required: true),
        new("hours", "服务时长"),
    ];
}
