namespace NeighborParty.Requests;

/// <summary>The names of request and wish states in Chinese, as shown to residents and in Open311 <c>status_notes</c>.</summary>
public static class RequestStateNames
{
    /// <summary>Returns the Chinese name of a request state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name, such as 处理中.</returns>
    public static string Chinese(RequestState state) => state switch
    {
        RequestState.Received => "待受理",
        RequestState.Accepted => "已受理",
        RequestState.Assigned => "已交办",
        RequestState.InProgress => "处理中",
        RequestState.Resolved => "已解决",
        RequestState.Closed => "已办结",
        RequestState.Declined => "不予受理",
        RequestState.Duplicate => "重复诉求",
        _ => state.ToString(),
    };

    /// <summary>Returns the Chinese name of a micro-wish state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name, such as 已认领.</returns>
    public static string Chinese(WishState state) => state switch
    {
        WishState.Posted => "待认领",
        WishState.Claimed => "已认领",
        WishState.Fulfilled => "已实现",
        WishState.Confirmed => "已确认",
        _ => state.ToString(),
    };
}
