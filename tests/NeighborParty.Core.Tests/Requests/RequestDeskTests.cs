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

public sealed class RequestDeskTests
{
    private sealed class Fixture
    {
        public Fixture()
        {
            Desk = Ledger.Tree.Get<RequestDesk>();
            Resident = Run(Ledger.Ledger.RecordResidentAsync("张阿姨", Ledger.Compounds[0].Id));
        }

        public LedgerFixture Ledger { get; } = new();

        public IRepository<ResidentRequest> Requests => Ledger.Tree.Get<IRepository<ResidentRequest>>();

        public IRepository<MicroWish> Wishes => Ledger.Tree.Get<IRepository<MicroWish>>();

        public IRepository<Partner> Partners => Ledger.Tree.Get<IRepository<Partner>>();

        public RequestDesk Desk { get; }

        public Resident Resident { get; }

        public ResidentRequest Leak() => Run(Desk.SubmitAsync(new NewRequest("water-leak", "doorstep-post", Ledger.Compounds[0].Id, "3号楼楼道水管漏水", Resident.Id,
            Attributes: new Dictionary<string, string> { ["floor"] = "3" })));

    }

    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void A_request_goes_from_received_to_closed_and_every_step_is_stamped()
    {
        var f = new Fixture();
        var r = f.Leak();
        Assert.Equal(r.ReceivedAt + Duration.FromDays(2), r.DueAt); // the category's time limit
        r = Run(f.Desk.AcceptAsync(r.Id));
        r = Run(f.Desk.AssignAsync(r.Id, AssigneeKind.PropertyCompany, null, "豫轩物业"));
        r = Run(f.Desk.StartAsync(r.Id));
        r = Run(f.Desk.ResolveAsync(r.Id, "更换水管接头"));
        r = Run(f.Desk.CloseAsync(r.Id, 5, "修得快"));
        Assert.Equal([RequestState.Received, RequestState.Accepted, RequestState.Assigned, RequestState.InProgress, RequestState.Resolved, RequestState.Closed],
            r.Transitions.Select(t => t.State));
        Assert.All(r.Transitions, t => Assert.Equal("t:clerk", t.Actor));
        Assert.Equal(("豫轩物业", 5, "更换水管接头"), (r.AssigneeName, r.Rating!.Value, r.Outcome));
        r = Run(f.Desk.ReopenAsync(r.Id, "又漏了"));
        Assert.Equal((RequestState.InProgress, 1, (int?)null), (r.State, r.ReopenCount, r.Rating));
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var f = new Fixture();
        var r = f.Leak();
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.CloseAsync(r.Id, 5))));
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.ResolveAsync(r.Id, "已修"))));
        var zh = Assert.Throws<RuleViolationException>(() => Run(f.Desk.ResolveAsync(r.Id, "已修"))).Violation.MessageZh;
        Assert.DoesNotMatch("[A-Za-z]", zh); // the states by their Chinese names (issue 17)
        r = Run(f.Desk.DeclineAsync(r.Id, "不属于小区公共部位"));
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.AssignAsync(r.Id, AssigneeKind.Branch, null, "支部"))));
        var other = f.Leak();
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.MarkDuplicateAsync(other.Id, r.Id)))); // a declined one is no original
        var original = f.Leak();
        other = Run(f.Desk.MarkDuplicateAsync(other.Id, original.Id));
        Assert.Equal(original.Id, other.DuplicateOf);
        Assert.Equal("NP-GEN-003", Refused(() => Run(f.Desk.CloseAsync(original.Id, 0))));
    }

    [Fact]
    public void Submissions_are_checked_against_the_catalogue()
    {
        var f = new Fixture();
        var compound = f.Ledger.Compounds[0].Id;
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("ufo", "hotline", compound, "x")))));
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("lighting", "pigeon", compound, "x")))));
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("water-leak", "hotline", compound, "漏水"))))); // floor required
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("water-leak", "hotline", compound, "漏水",
            Attributes: new Dictionary<string, string> { ["floor"] = "三楼" })))));
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("lighting", "hotline", compound, "<script>x</script>")))));
        Assert.Equal(RequestDesk.Catalogue, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("lighting", "hotline", compound, "灯坏了", Media: ["javascript:alert(1)"])))));
        Assert.Equal(RequestDesk.WrongReference, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("lighting", "hotline", compound, "灯坏了", Latitude: 26.6)))));
        Assert.Equal(RequestDesk.WrongReference, Refused(() => Run(f.Desk.SubmitAsync(new NewRequest("lighting", "hotline", f.Ledger.Tree.Buildings[0].Id, "灯坏了")))));
        var anonymous = Run(f.Desk.SubmitAsync(new NewRequest("facilities", "open311", compound, "电梯停运", Latitude: 26.64, Longitude: 118.17, IsPublic: true,
            Media: ["https://example.org/lift.jpg"], Attributes: new Dictionary<string, string> { ["facility"] = "lift" })));
        Assert.Null(anonymous.ResidentId);
        Assert.Equal("lift", Assert.Single(anonymous.Attributes).Value);
    }

    [Fact]
    public void Overdue_requests_and_wishes_are_detected()
    {
        var f = new Fixture();
        var r = f.Leak();
        Assert.False(r.IsOverdueAt(f.Ledger.Tree.Clock.GetCurrentInstant()));
        f.Ledger.Tree.Clock.AdvanceDays(3);
        Assert.True(r.IsOverdueAt(f.Ledger.Tree.Clock.GetCurrentInstant()));
        r = Run(f.Desk.DeclineAsync(r.Id, "重复反映"));
        Assert.False(r.IsOverdueAt(f.Ledger.Tree.Clock.GetCurrentInstant()));

        var wish = Run(f.Desk.PostWishAsync(f.Resident.Id, "想要一副老花镜"));
        Assert.True(wish.IsOverdueOn(wish.DueOn.PlusDays(1)));
    }

    [Fact]
    public void A_wish_is_claimed_fulfilled_and_confirmed_in_order()
    {
        var f = new Fixture();
        var member = f.Ledger.Add(1, f.Ledger.Community, f.Ledger.Compounds[0])[0];
        var wish = Run(f.Desk.PostWishAsync(f.Resident.Id, "想要一副老花镜"));
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.FulfilWishAsync(wish.Id, "已送达"))));
        Assert.Equal(RequestDesk.WrongReference, Refused(() => Run(f.Desk.ClaimWishAsync(wish.Id, null, null))));
        wish = Run(f.Desk.ClaimWishAsync(wish.Id, member.Id, null));
        Assert.Equal(RequestDesk.Step, Refused(() => Run(f.Desk.ClaimWishAsync(wish.Id, member.Id, null))));
        wish = Run(f.Desk.FulfilWishAsync(wish.Id, "照片：老花镜已送到张阿姨家"));
        wish = Run(f.Desk.ConfirmWishAsync(wish.Id));
        Assert.Equal((WishState.Confirmed, member.Id), (wish.State, wish.ClaimedByMember!.Value));
    }

    public static Arbitrary<int[]> Steps() => Gen.Choose(0, 8).ArrayOf().ToArbitrary();

    /// <summary>No sequence of steps closes an unresolved request or resolves a declined (or duplicate) one; refused steps change nothing.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(RequestDeskTests)])]
    public Property No_sequence_closes_an_unresolved_request_or_resolves_a_declined_one(int[] steps)
    {
        var f = new Fixture();
        var r = f.Leak();
        var original = f.Leak();
        foreach (var step in steps.Take(30))
        {
            var before = (r.State, r.Transitions.Count, r.Rating, r.ReopenCount);
            try
            {
                _ = step switch
                {
                    0 => Run(f.Desk.AcceptAsync(r.Id)),
                    1 => Run(f.Desk.AssignAsync(r.Id, AssigneeKind.Branch, null, "支部")),
                    2 => Run(f.Desk.StartAsync(r.Id)),
                    3 => Run(f.Desk.ResolveAsync(r.Id, "已解决")),
                    4 => Run(f.Desk.CloseAsync(r.Id, 4)),
                    5 => Run(f.Desk.ReopenAsync(r.Id, "未解决")),
                    6 => Run(f.Desk.DeclineAsync(r.Id, "婉拒")),
                    7 => Run(f.Desk.MarkDuplicateAsync(r.Id, original.Id)),
                    _ => r,
                };
            }
            catch (RuleViolationException)
            {
                if ((r.State, r.Transitions.Count, r.Rating, r.ReopenCount) != before)
                {
                    return false.Label($"refused step {step} changed the request");
                }
            }

            var states = r.Transitions.Select(t => t.State).ToList();
            for (var i = 1; i < states.Count; i++)
            {
                if (states[i] == RequestState.Closed && states[i - 1] != RequestState.Resolved)
                {
                    return false.Label("closed without being resolved first");
                }

                if (states[i] == RequestState.Resolved && states[i - 1] != RequestState.InProgress)
                {
                    return false.Label($"resolved from {states[i - 1]}");
                }

                if (states[i - 1] is RequestState.Declined or RequestState.Duplicate)
                {
                    return false.Label($"moved on after {states[i - 1]}");
                }
            }

            if ((r.State == RequestState.Closed) != (r.Rating is not null))
            {
                return false.Label("a rating without closing, or closing without one");
            }
        }

        return true.ToProperty();
    }

    /// <summary>No sequence of wish steps skips one: confirmed only after fulfilled, fulfilled only after claimed.</summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(RequestDeskTests)])]
    public Property No_sequence_confirms_an_unfulfilled_wish(int[] steps)
    {
        var f = new Fixture();
        var member = f.Ledger.Add(1, f.Ledger.Community, f.Ledger.Compounds[0])[0];
        var wish = Run(f.Desk.PostWishAsync(f.Resident.Id, "心愿"));
        foreach (var step in steps.Take(20))
        {
            try
            {
                _ = (step % 3) switch
                {
                    0 => Run(f.Desk.ClaimWishAsync(wish.Id, member.Id, null)),
                    1 => Run(f.Desk.FulfilWishAsync(wish.Id, "证据")),
                    _ => Run(f.Desk.ConfirmWishAsync(wish.Id)),
                };
            }
            catch (RuleViolationException)
            {
                // refusals are part of the walk
            }

            if ((wish.State >= WishState.Claimed) != (wish.ClaimedByMember is not null) || (wish.State >= WishState.Fulfilled) != (wish.FulfilledAt is not null)
                || (wish.State == WishState.Confirmed) != (wish.ConfirmedAt is not null))
            {
                return false.Label($"a {wish.State} wish without what comes before it");
            }
        }

        return true.ToProperty();
    }
}
