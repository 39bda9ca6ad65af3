using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NodaTime;

namespace NeighborParty.Core.Tests.CoBuilding;

/// <summary>
/// CV-1, the library's rule for a covenant's days in force: from the validity's first day through its last, both
/// included, and a termination date is the last day in force, as validity end dates are. Checked the day before, the
/// day and the day after each boundary, for the status, for what counts and for a fulfilment recorded by hand.
/// </summary>
public sealed class CovenantLastDayTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 2, 0);

    [Fact]
    public void CV_1_the_validity_includes_its_first_and_its_last_day()
    {
        var covenant = new CoBuildingFixture().Signed();
        var validity = covenant.Effective!.Validity;
        Assert.Equal(CovenantStatus.FullySigned, covenant.StatusOn(validity.Start.PlusDays(-1)));
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(validity.Start));
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(validity.End));
        Assert.Equal(CovenantStatus.Expired, covenant.StatusOn(validity.End.PlusDays(1)));
    }

    [Fact]
    public void CV_1_a_termination_date_is_the_last_day_in_force()
    {
        var covenant = new CoBuildingFixture().Signed();
        var key = covenant.CommitmentsOf(covenant.Effective!.Number)[0].Key;
        var lastDay = CoBuildingFixture.Today;
        covenant.Terminate(lastDay, "妇联调整工作安排", CoBuildingFixture.Today, Now);

        Assert.Equal([CovenantStatus.InForce, CovenantStatus.InForce, CovenantStatus.Terminated],
            new[] { lastDay.PlusDays(-1), lastDay, lastDay.PlusDays(1) }.Select(covenant.StatusOn));
        Assert.Equal([true, true, false], new[] { lastDay.PlusDays(-1), lastDay, lastDay.PlusDays(1) }.Select(d => covenant.Counts(key, d)));

        // A day later, the last day's delivery is still recorded; the day after it is refused.
        var tomorrow = lastDay.PlusDays(1);
        covenant.RecordFulfilment(key, 1, lastDay.PlusDays(-1), FulfilmentSource.Manual, null, null, tomorrow, Now);
        covenant.RecordFulfilment(key, 1, lastDay, FulfilmentSource.Manual, null, "最后一场", tomorrow, Now);
        var refused = Assert.Throws<RuleViolationException>(() => covenant.RecordFulfilment(key, 1, tomorrow, FulfilmentSource.Manual, null, null, tomorrow, Now)).Violation;
        Assert.Equal(CoBuildingRules.Commitment, refused.Code);
        Assert.Contains("CV-1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("CV-1", refused.MessageZh, StringComparison.Ordinal);
        Assert.Equal(2m, covenant.FulfilledQuantity(key));
    }

    [Fact]
    public void CV_1_a_covenant_given_its_last_day_is_not_terminated_twice()
    {
        var covenant = new CoBuildingFixture().Signed();
        covenant.Terminate(CoBuildingFixture.Today.PlusDays(10), "换届", CoBuildingFixture.Today, Now);
        Assert.Equal(CovenantStatus.InForce, covenant.StatusOn(CoBuildingFixture.Today));
        var refused = Assert.Throws<RuleViolationException>(() => covenant.Terminate(CoBuildingFixture.Today.PlusDays(5), "再次终止", CoBuildingFixture.Today, Now)).Violation;
        Assert.Equal(CoBuildingRules.CovenantStep, refused.Code);
        Assert.Equal(CoBuildingFixture.Today.PlusDays(10), covenant.TerminatedOn); // a refused step changes nothing
    }
}
