using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Security;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Requests;

public sealed class DeliberationTests
{
    private sealed class Fixture
    {
        public Fixture(Action<NeighborPartyOptions>? configure = null)
        {
            Ledger = new LedgerFixture(configure);
            Desk = Ledger.Tree.Get<RequestDesk>();
            Service = Ledger.Tree.Get<DeliberationService>();
            Parking = Run(Desk.SubmitAsync(new NewRequest("parking", "listening-garden", Ledger.Compounds[0].Id, "小区乱停车，消防通道被占")));
        }

        public LedgerFixture Ledger { get; }

        public IRepository<ResidentRequest> Requests => Ledger.Tree.Get<IRepository<ResidentRequest>>();

        public IRepository<Deliberation> Deliberations => Ledger.Tree.Get<IRepository<Deliberation>>();

        public RequestDesk Desk { get; }

        public DeliberationService Service { get; }

        public ResidentRequest Parking { get; }

        public Deliberation Convene(int voters = 5, params RequestId[] requests) => Run(Service.ConveneAsync(new NewDeliberation("停车难议事", Ledger.Compounds[0].Id,
            "listening-garden", Ledger.Tree.Clock.GetCurrentInstant(), requests.Length > 0 ? requests : [Parking.Id],
            [.. Enumerable.Range(1, voters).Select(i => new NewParticipant((ParticipantParty)((i - 1) % 5 + 1), $"代表{i}")), new NewParticipant(ParticipantParty.Other, "社区干部")])));

    }

    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void Request_to_deliberation_to_actions_to_result_can_be_followed()
    {
        var f = new Fixture();
        var d = f.Convene();
        Assert.Equal([f.Parking.Id], d.Requests);
        Assert.Equal(DeliberationState.Convened, d.State);
        Assert.False(d.Participants.Single(p => p.Party == ParticipantParty.Other).Votes); // a guest does not vote unless said so

        d = Run(f.Service.ProposeAsync(d.Id, "划定夜间临时停车位", 1));
        d = Run(f.Service.ProposeAsync(d.Id, "引入智慧停车道闸", 3));
        d = Run(f.Service.OpenAsync(d.Id, [1, 2, 3, 4, 6]));
        foreach (var p in new[] { 1, 2, 3 })
        {
            d = Run(f.Service.VoteAsync(d.Id, 1, p, VoteChoice.Yes));
        }

        d = Run(f.Service.VoteAsync(d.Id, 1, 4, VoteChoice.No));
        d = Run(f.Service.VoteAsync(d.Id, 2, 1, VoteChoice.Yes));
        var tally = d.Tally(1, f.Ledger.Tree.Options.Requests.Deliberation);
        Assert.Equal(new ProposalTally(1, 5, 4, 3, 1, 0, true, true), tally);
        Assert.False(d.Tally(2, f.Ledger.Tree.Options.Requests.Deliberation).Passed);
        Assert.Equal(DeliberationService.NotPassed, Refused(() => Run(f.Service.DecideAsync(d.Id, 2))));

        d = Run(f.Service.DecideAsync(d.Id, 1));
        Assert.Equal(1, d.AdoptedProposal);
        Assert.Equal("划定夜间临时停车位", d.Decision);
        d = Run(f.Service.AddActionAsync(d.Id, new NewFollowUpAction("施划夜间停车位", AssigneeKind.PropertyCompany, "物业公司", new LocalDate(2030, 1, 1), f.Parking.Id)));
        d = Run(f.Service.AddActionAsync(d.Id, new NewFollowUpAction("张贴停车公约", AssigneeKind.OwnersCommittee, "业委会", new LocalDate(2030, 1, 1))));
        Assert.Equal(DeliberationService.ActionsOpen, Refused(() => Run(f.Service.CloseAsync(d.Id, "停车有序"))));
        d = Run(f.Service.EndActionAsync(d.Id, 1, true, "施划32个车位"));
        d = Run(f.Service.EndActionAsync(d.Id, 2, false, "改为业主大会表决"));
        Assert.Equal(DeliberationService.Step, Refused(() => Run(f.Service.EndActionAsync(d.Id, 2, true, "再次"))));
        d = Run(f.Service.CloseAsync(d.Id, "停车有序"));
        Assert.Equal(DeliberationState.Closed, d.State);

        // From the request back to its deliberation.
        var found = Run(f.Deliberations.ListAsync(new DeliberationsSpec(f.Parking.Id)));
        Assert.Equal(d.Id, Assert.Single(found).Id);
        Assert.Equal(f.Parking.Id, d.Actions[0].RequestId);
    }

    [Fact]
    public void Votes_count_once_from_voters_present_during_the_session()
    {
        var f = new Fixture();
        var d = f.Convene(3);
        d = Run(f.Service.ProposeAsync(d.Id, "方案"));
        Assert.Equal(DeliberationService.Step, Refused(() => Run(f.Service.VoteAsync(d.Id, 1, 1, VoteChoice.Yes)))); // not in session yet
        d = Run(f.Service.OpenAsync(d.Id, [1, 2, 4]));
        Assert.Equal(DeliberationService.VoteRefused, Refused(() => Run(f.Service.VoteAsync(d.Id, 1, 3, VoteChoice.Yes)))); // absent
        Assert.Equal(DeliberationService.VoteRefused, Refused(() => Run(f.Service.VoteAsync(d.Id, 1, 4, VoteChoice.Yes)))); // a guest
        Assert.Equal(DeliberationService.VoteRefused, Refused(() => Run(f.Service.VoteAsync(d.Id, 9, 1, VoteChoice.Yes)))); // no proposal
        d = Run(f.Service.VoteAsync(d.Id, 1, 1, VoteChoice.Yes));
        Assert.Equal(DeliberationService.VoteRefused, Refused(() => Run(f.Service.VoteAsync(d.Id, 1, 1, VoteChoice.No)))); // twice
        Assert.Single(d.Votes);
        Assert.Equal(DeliberationService.Step, Refused(() => Run(f.Service.AddActionAsync(d.Id, new NewFollowUpAction("x", AssigneeKind.Branch, "支部", default)))));
    }

    [Fact]
    public void No_quorum_no_decision_but_the_meeting_may_record_that_none_was_taken()
    {
        var f = new Fixture();
        var d = f.Convene(4);
        d = Run(f.Service.ProposeAsync(d.Id, "方案"));
        d = Run(f.Service.OpenAsync(d.Id, [1, 2])); // 2 of 4 is not more than half
        d = Run(f.Service.VoteAsync(d.Id, 1, 1, VoteChoice.Yes));
        d = Run(f.Service.VoteAsync(d.Id, 1, 2, VoteChoice.Yes));
        Assert.False(d.Tally(1, f.Ledger.Tree.Options.Requests.Deliberation).Quorate);
        Assert.Equal(DeliberationService.NotPassed, Refused(() => Run(f.Service.DecideAsync(d.Id, 1))));
        Assert.Throws<RuleViolationException>(() => Run(f.Service.DecideAsync(d.Id, null))); // a reason is required
        d = Run(f.Service.DecideAsync(d.Id, null, "未达法定人数，择期再议"));
        Assert.Null(d.AdoptedProposal);
        d = Run(f.Service.CloseAsync(d.Id, "择期再议"));
    }

    [Fact]
    public void A_district_sets_its_own_quorum_and_threshold()
    {
        var f = new Fixture(o =>
        {
            o.Requests.Deliberation.ThresholdShare = 2m / 3;
            o.Requests.Deliberation.Basis = PassBasis.VotesCast;
        });
        var d = f.Convene(3);
        d = Run(f.Service.ProposeAsync(d.Id, "方案"));
        d = Run(f.Service.OpenAsync(d.Id, [1, 2, 3]));
        d = Run(f.Service.VoteAsync(d.Id, 1, 1, VoteChoice.Yes));
        d = Run(f.Service.VoteAsync(d.Id, 1, 2, VoteChoice.Yes));
        d = Run(f.Service.VoteAsync(d.Id, 1, 3, VoteChoice.No));
        Assert.False(d.Tally(1, f.Ledger.Tree.Options.Requests.Deliberation).Passed); // 2 of 3 is not more than two thirds
        Assert.Throws<ArgumentOutOfRangeException>(() => f.Ledger.Tree.Options.Requests.Deliberation.QuorumShare = 1m);
    }

    [Fact]
    public void A_deliberation_is_about_standing_requests_of_its_own_compound()
    {
        var f = new Fixture();
        var other = Run(f.Desk.SubmitAsync(new NewRequest("lighting", "hotline", f.Ledger.Compounds[1].Id, "路灯不亮")));
        Assert.Equal(DeliberationService.WrongSetup, Refused(() => f.Convene(3, other.Id)));
        var declined = Run(f.Desk.SubmitAsync(new NewRequest("other", "hotline", f.Ledger.Compounds[0].Id, "无关事项")));
        declined = Run(f.Desk.DeclineAsync(declined.Id, "不属于小区事务"));
        Assert.Equal(DeliberationService.WrongSetup, Refused(() => f.Convene(3, declined.Id)));
        Assert.Equal(DeliberationService.WrongSetup, Refused(() => f.Convene(0)));
        Assert.Equal(DeliberationService.WrongSetup, Refused(() => Run(f.Service.ConveneAsync(new NewDeliberation("议事", f.Ledger.Compounds[0].Id, "nowhere",
            f.Ledger.Tree.Clock.GetCurrentInstant(), [f.Parking.Id], [new NewParticipant(ParticipantParty.Branch, "支部")])))));
        var d = f.Convene(3);
        d = Run(f.Service.CancelAsync(d.Id, "台风停会"));
        Assert.Equal(DeliberationService.Step, Refused(() => Run(f.Service.OpenAsync(d.Id, [1]))));
        Assert.Equal(d.Id, Assert.Single(Run(f.Deliberations.ListAsync())).Id); // the refused ones left nothing behind
    }

    /// <summary>A proposal is adopted exactly when more than half the voters are present and more than half of those present vote yes (the defaults).</summary>
    [Property(MaxTest = 150)]
    public Property A_proposal_is_adopted_exactly_when_quorum_and_threshold_are_met(PositiveInt voterCount, int[] presence, int[] choices)
    {
        var voters = voterCount.Get % 9 + 1;
        var f = new Fixture();
        var d = f.Convene(voters);
        d = Run(f.Service.ProposeAsync(d.Id, "方案"));
        var present = Enumerable.Range(1, voters).Where(i => presence.Length > 0 && presence[i % presence.Length] % 3 != 0).ToList();
        d = Run(f.Service.OpenAsync(d.Id, present));
        var yes = 0;
        foreach (var (p, i) in present.Select((p, i) => (p, i)))
        {
            var choice = choices.Length == 0 ? VoteChoice.Abstain : (VoteChoice)(Math.Abs(choices[i % choices.Length] % 4) switch { 0 => 1, 1 => 2, 2 => 3, _ => 0 });
            if (choice == 0)
            {
                continue; // did not vote
            }

            d = Run(f.Service.VoteAsync(d.Id, 1, p, choice));
            yes += choice == VoteChoice.Yes ? 1 : 0;
        }

        var expected = present.Count * 2 > voters && yes * 2 > present.Count;
        bool adopted;
        try
        {
            d = Run(f.Service.DecideAsync(d.Id, 1));
            adopted = true;
        }
        catch (RuleViolationException e) when (e.Code == DeliberationService.NotPassed)
        {
            adopted = false;
        }

        return (adopted == expected && (d.State == DeliberationState.Decided) == adopted)
            .Label($"voters {voters}, present {present.Count}, yes {yes}: adopted {adopted}, expected {expected}");
    }
}
