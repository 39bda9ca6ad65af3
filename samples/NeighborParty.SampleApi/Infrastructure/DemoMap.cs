namespace NeighborParty.SampleApi.Infrastructure;

/// <summary>
/// Where the demo's compounds are: near the centre of their street in Yanping (Nanping's old town on the Min and
/// Jianxi rivers), spread a few hundred metres apart. Approximate and invented, but on the right side of the river.
/// </summary>
internal static class DemoMap
{
    private static readonly Dictionary<string, (double Latitude, double Longitude)> Streets = new(StringComparer.Ordinal)
    {
        ["黄墩街道"] = (26.6565, 118.1548),
        ["紫云街道"] = (26.6425, 118.1795),
        ["四鹤街道"] = (26.6508, 118.1690),
        ["水南街道"] = (26.6268, 118.1702),
        ["梅山街道"] = (26.6398, 118.1628),
        ["水东街道"] = (26.6372, 118.1968),
    };

    /// <summary>A point for the <paramref name="k"/>-th compound of a street, on a sunflower spiral around its centre (within about 2 km; rounded to about ten metres).</summary>
    public static (double Latitude, double Longitude) Near(string street, int k)
    {
        var (lat, lon) = Streets.TryGetValue(street, out var centre) ? centre : (26.6412, 118.1735);
        var radius = 0.0028 * Math.Sqrt(k + 1);
        var angle = k * 2.39996;
        return (Math.Round(lat + (radius * Math.Sin(angle)), 4), Math.Round(lon + (radius * 1.1 * Math.Cos(angle)), 4));
    }
}
