using NeighborParty.Formation;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// BR-4 advice follows the current state: a branch with a committee's worth of full members is a task in the sweep
/// until its committee is in office with at least the policy's minimum (n−1 seats: still a task; n: met), and its
/// assessment then reads as met, in every preset.
/// </summary>
public sealed class CommitteeAdviceTests
{
    public static TheoryData<string> Presets => PresetWorld.Presets;

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task BR_4_a_committee_in_office_reads_as_met_not_as_a_task(string preset)
    {
        var w = new PresetWorld(preset);
        var members = w.Members(7, w.Branch);
        var formation = w.Get<FormationService>();
        async Task<bool> Task() => (await formation.SweepAsync(w.BranchPlace.ParentId!.Value)).CommitteeRequired.Any(i => i.Id == w.Branch.Id.Value);

        Assert.True(await Task());
        w.Appoint(StewardRole.Secretary, members[0], new LocalDate(2024, 1, 1));
        w.Appoint(StewardRole.OrganisationMember, members[1], new LocalDate(2024, 1, 1));
        Assert.True(await Task()); // two of the minimum three
        var assessed = await formation.AssessBranchAsync(w.Branch.Id);
        Assert.True(assessed.Verdict.HasFlag(FormationVerdict.CommitteeRequired));

        var publicity = w.Appoint(StewardRole.PublicityMember, members[2], new LocalDate(2024, 1, 1));
        Assert.False(await Task()); // three: the committee is in office
        assessed = await formation.AssessBranchAsync(w.Branch.Id);
        Assert.False(assessed.Verdict.HasFlag(FormationVerdict.CommitteeRequired));
        var met = assessed.Outcomes.Single(o => o.Verdict == FormationVerdict.CommitteeInPlace);
        Assert.Equal("BR-4", met.RuleId);
        Assert.Contains("支部委员会已设立", met.MessageZh, StringComparison.Ordinal);
        Assert.Contains("已设支部委员会", assessed.VerdictZh, StringComparison.Ordinal);
        Assert.DoesNotContain("应设支部委员会", assessed.VerdictZh, StringComparison.Ordinal);

        // A seat that falls empty below the minimum makes it a task again.
        await w.Get<AppointmentService>().EndAsync(publicity.Id, new LocalDate(2026, 11, 26), AppointmentEndReason.MovedAway);
        Assert.True(await Task());
    }
}
