using NeighborParty.Common;
using NodaTime;

namespace NeighborParty.Core.Tests.Stewards;

/// <summary>Messages render a policy's period in words in both languages, never as "P1Y" (issue 16).</summary>
public sealed class PeriodTextTests
{
    [Theory]
    [InlineData("P1Y", "1 year", "一年")]
    [InlineData("P2Y", "2 years", "两年")]
    [InlineData("P6M", "6 months", "六个月")]
    [InlineData("P1Y6M", "1 year 6 months", "一年六个月")]
    [InlineData("P30D", "30 days", "30天")]
    [InlineData("P2W", "2 weeks", "两周")]
    public void A_period_reads_as_words(string iso, string english, string chinese)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value;
        Assert.Equal((english, chinese), (PeriodText.English(period), PeriodText.Chinese(period)));
    }

    [Fact]
    public void The_election_shift_message_follows_the_policy()
    {
        Assert.DoesNotContain("P", PeriodText.English(Period.FromMonths(18)), StringComparison.Ordinal);
        Assert.Equal("18个月", PeriodText.Chinese(Period.FromMonths(18)));
    }
}
