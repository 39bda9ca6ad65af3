namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>Valid, unused mainland ID-card numbers (GB 11643 check digit) for tests that create members.</summary>
internal static class TestIds
{
    private static int _sequence = 100;

    /// <summary>A fresh number for someone born on 1 July of <paramref name="year"/>, in region 350799 (none is seeded there).</summary>
    public static string Next(int year)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var body = $"350799{year:D4}0701{sequence:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
