using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Formation;

public sealed class FormationTests
{
    private static FormationAssessment Compound(LedgerFixture f, Place compound) => Run(f.Formation.AssessCompoundAsync(compound.Id));

    [Theory]
    [InlineData(2, FormationVerdict.JoinJointBranch)]
    [InlineData(3, FormationVerdict.FormBranch)]
    public void Three_full_members_form_a_branch_two_join_a_joint_branch(int full, FormationVerdict expected)
    {
        var f = new LedgerFixture();
        f.Add(full, f.Community, f.Compounds[0]); // relationship at the community committee, living in the compound
        var a = Compound(f, f.Compounds[0]);
        Assert.Equal(FormationSubjectKind.Place, a.Subject);
        Assert.Equal(full, a.Counted);
        Assert.True(a.Verdict.HasFlag(expected));
        var outcome = Assert.Single(a.Outcomes, o => o.Verdict == expected);
        Assert.Equal(full == 3 ? "BR-1" : "BR-3", outcome.RuleId);
        if (full == 2)
        {
            // Candidates: the other compounds of the same community, none with a branch.
            Assert.Equal(f.Compounds.Skip(1).Select(c => c.Id), outcome.CandidateNeighbours);
        }
    }

    [Fact]
    public void Probationary_members_never_count()
    {
        var f = new LedgerFixture();
        f.Add(2, f.Community, f.Compounds[0]);
        f.Add(5, f.Community, f.Compounds[0], full: false);
        var a = Compound(f, f.Compounds[0]);
        Assert.Equal(2, a.Counts.Full);
        Assert.Equal(5, a.Counts.Probationary);
        Assert.Equal(2, a.Counted);
        Assert.True(a.Verdict.HasFlag(FormationVerdict.JoinJointBranch));
        Assert.Equal(7, a.Size); // but they are members of the size limits
    }

    [Fact]
    public void Suspended_full_members_count_but_a_district_may_decide_otherwise()
    {
        var suspension = new VotingSuspension("留党察看", new LocalDate(2025, 1, 1), null);
        var f = new LedgerFixture();
        f.Add(2, f.Community, f.Compounds[0]);
        f.Add(1, f.Community, f.Compounds[0], suspension: suspension);
        var a = Compound(f, f.Compounds[0]);
        Assert.Equal(1, a.Counts.FullSuspended);
        Assert.True(a.Verdict.HasFlag(FormationVerdict.FormBranch));

        var strict = new LedgerFixture(o => o.Formation.CountSuspended = false);
        strict.Add(2, strict.Community, strict.Compounds[0]);
        strict.Add(1, strict.Community, strict.Compounds[0], suspension: suspension);
        Assert.True(Compound(strict, strict.Compounds[0]).Verdict.HasFlag(FormationVerdict.JoinJointBranch));
    }

    [Fact]
    public void Members_who_only_registered_never_count()
    {
        var f = new LedgerFixture();
        f.Add(2, f.Community, f.Compounds[0]);
        for (var i = 0; i < 5; i++)
        {
            var worker = Run(f.Ledger.RecordAsync(f.Details(category: MemberCategory.InService), MemberRelationship.Outside("某局机关党支部")));
            Run(f.Ledger.RegisterAsync(worker.Id, f.Compounds[0].Id));
        }

        var a = Compound(f, f.Compounds[0]);
        Assert.Equal(5, a.Counts.RegisteredOnly);
        Assert.Equal(2, a.Counted);
        Assert.True(a.Verdict.HasFlag(FormationVerdict.JoinJointBranch));
    }

    [Fact]
    public void Members_of_another_compound_or_held_elsewhere_do_not_count_here()
    {
        var f = new LedgerFixture();
        var other = f.Branch(f.Compounds[1]);
        f.Add(3, other, f.Compounds[0]); // live in compound 0 but belong to compound 1's branch
        f.Add(3, f.Community, f.Compounds[1]); // held by the community, living in compound 1 (which has a branch)
        Assert.True(Compound(f, f.Compounds[0]).Verdict.HasFlag(FormationVerdict.NoMembers));
    }

    [Theory]
    [InlineData(6, FormationVerdict.SecretaryOnly)]
    [InlineData(7, FormationVerdict.CommitteeRequired)]
    public void Seven_full_members_need_a_committee(int full, FormationVerdict expected)
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[0]);
        f.Add(full, branch, f.Compounds[0]);
        var a = Run(f.Formation.AssessBranchAsync(branch.Id));
        Assert.Equal(FormationSubjectKind.Branch, a.Subject);
        Assert.True(a.Verdict.HasFlag(expected));
        Assert.Equal("BR-4", Assert.Single(a.Outcomes, o => o.Verdict == expected).RuleId);
        var viaCompound = Compound(f, f.Compounds[0]); // a compound with a branch is assessed as its branch
        Assert.Equal((a.Subject, a.Branch, a.Counts, a.Verdict), (viaCompound.Subject, viaCompound.Branch, viaCompound.Counts, viaCompound.Verdict));
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public void Over_fifty_members_is_too_large(int members, bool tooLarge)
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[0]);
        f.Add(members - 5, branch, f.Compounds[0]);
        var group = f.Tree.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup);
        f.Add(5, group, f.Compounds[0], full: false); // members of its groups count for the branch
        var a = Run(f.Formation.AssessBranchAsync(branch.Id));
        Assert.Equal(members, a.Size);
        Assert.Equal(tooLarge, a.Verdict.HasFlag(FormationVerdict.TooLarge));
        Assert.True(a.Verdict.HasFlag(FormationVerdict.DivideIntoGroups)); // BR-6 from 20
    }

    [Theory]
    [InlineData(5, FormationVerdict.FormJointBranch)]
    [InlineData(6, FormationVerdict.TooManyUnitsForJoint)]
    public void A_joint_branch_joins_at_most_five_compounds(int compounds, FormationVerdict expected)
    {
        var f = new LedgerFixture();
        var set = f.Compounds.Take(compounds).ToList();
        foreach (var compound in set)
        {
            f.Add(1, f.Community, compound);
        }

        var a = Run(f.Formation.AssessCompoundsAsync([.. set.Select(c => c.Id)]));
        Assert.Equal(FormationSubjectKind.Places, a.Subject);
        Assert.Equal(compounds, a.Counted);
        Assert.True(a.Verdict.HasFlag(expected), a.Verdict.ToString());
        Assert.Equal("BR-3", Assert.Single(a.Outcomes, o => o.Verdict == expected).RuleId);
    }

    [Fact]
    public void A_joint_branch_joins_neighbours_without_a_branch()
    {
        var f = new LedgerFixture();
        var other = f.Tree.CompoundsOf(f.Tree.Communities[1])[0];
        Assert.Equal("BR-3", Assert.Throws<RuleViolationException>(() => Run(f.Formation.AssessCompoundsAsync([f.Compounds[0].Id, other.Id]))).Code);
        f.Branch(f.Compounds[1]);
        Assert.Equal("NP-FRM-002", Assert.Throws<RuleViolationException>(() => Run(f.Formation.AssessCompoundsAsync([f.Compounds[0].Id, f.Compounds[1].Id]))).Code);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void A_branch_below_three_full_members_no_longer_meets_the_conditions(int full, bool adjust)
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[0]);
        f.Add(full, branch, f.Compounds[0]);
        f.Add(4, branch, f.Compounds[0], full: false);
        var a = Run(f.Formation.AssessBranchAsync(branch.Id));
        Assert.Equal(adjust, a.Verdict.HasFlag(FormationVerdict.NoLongerMeetsConditions));
        if (adjust)
        {
            Assert.Equal("BR-7", Assert.Single(a.Outcomes, o => o.Verdict == FormationVerdict.NoLongerMeetsConditions).RuleId);
        }
    }

    [Fact]
    public void A_member_in_transfer_counts_at_the_old_branch_until_received()
    {
        var f = new LedgerFixture();
        var from = f.Branch(f.Compounds[0]);
        var to = f.Branch(f.Compounds[1]);
        var members = f.Add(3, from, f.Compounds[0]);
        f.Add(2, to, f.Compounds[1]);
        Run(f.Ledger.StartTransferAsync(members[0].Id, MemberRelationship.InUnit(to.Id)));
        Run(f.Ledger.MarkInTransitAsync(members[0].Id));
        Assert.Equal(3, Run(f.Formation.AssessBranchAsync(from.Id)).Counted);
        Assert.Equal(2, Run(f.Formation.AssessBranchAsync(to.Id)).Counted);
        Run(f.Ledger.ReceiveTransferAsync(members[0].Id));
        Assert.Equal(2, Run(f.Formation.AssessBranchAsync(from.Id)).Counted);
        Assert.Equal(3, Run(f.Formation.AssessBranchAsync(to.Id)).Counted);
    }

    [Fact]
    public void The_sweep_finds_what_to_act_on()
    {
        var f = new LedgerFixture();
        f.Add(3, f.Community, f.Compounds[0]);                 // should form a branch
        f.Add(1, f.Community, f.Compounds[1]);                 // should join a joint branch
        var weak = f.Branch(f.Compounds[2]);
        f.Add(2, weak, f.Compounds[2]);                        // no longer meets the conditions
        var big = f.Branch(f.Compounds[3]);
        f.Add(51, big, f.Compounds[3]);                        // committee, groups, too large
        var sweep = Run(f.Formation.SweepAsync(f.Tree.District.Id));
        Assert.Equal([f.Compounds[0].Id.Value], sweep.ShouldFormBranch.Select(i => i.Id));
        Assert.Equal([f.Compounds[1].Id.Value], sweep.ShouldJoinJointBranch.Select(i => i.Id));
        Assert.Equal([weak.Id.Value], sweep.NoLongerMeetConditions.Select(i => i.Id));
        Assert.Equal([big.Id.Value], sweep.CommitteeRequired.Select(i => i.Id));
        Assert.Equal([big.Id.Value], sweep.ShouldDivideIntoGroups.Select(i => i.Id));
        Assert.Equal([big.Id.Value], sweep.TooLarge.Select(i => i.Id));
        Assert.Equal(2, sweep.Branches);
    }

    [Fact]
    public void A_district_changes_the_numbers_without_code()
    {
        var f = new LedgerFixture(o =>
        {
            o.Formation.MinFullMembersForBranch = 5;
            o.Formation.CountProbationary = true;
        });
        f.Add(3, f.Community, f.Compounds[0]);
        f.Add(2, f.Community, f.Compounds[0], full: false);
        var a = Compound(f, f.Compounds[0]);
        Assert.Equal(5, a.Counted);
        Assert.True(a.Verdict.HasFlag(FormationVerdict.FormBranch));
        Assert.Contains("at least 5", a.Outcomes[0].Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(new FormationPolicy { MinFullMembersForBranch = 0 }.Validate);
        Assert.Throws<ArgumentOutOfRangeException>(new FormationPolicy { CommitteeMinSize = 6, CommitteeMaxSize = 5 }.Validate);
    }

    public static Arbitrary<(int Full, int Probationary, int Suspended, int Registered, int Units, int Subject)> Counts() =>
        Gen.Choose(0, 80).SelectMany(full => Gen.Choose(0, 30).SelectMany(prob => Gen.Choose(0, full).SelectMany(susp =>
            Gen.Choose(0, 20).SelectMany(reg => Gen.Choose(1, 8).SelectMany(units => Gen.Choose(1, 3)
                .Select(subject => (full, prob, susp, reg, units, subject))))))).ToArbitrary();

    [Property(MaxTest = 2000, Arbitrary = [typeof(FormationTests)])]
    public bool Adding_a_full_member_never_turns_may_form_into_may_not((int Full, int Probationary, int Suspended, int Registered, int Units, int Subject) c, bool countProbationary, bool countSuspended)
    {
        var policy = new FormationPolicy { CountProbationary = countProbationary, CountSuspended = countSuspended };
        var counts = Make(c.Full, c.Probationary, c.Suspended, c.Registered);
        var more = Make(c.Full + 1, c.Probationary, c.Suspended, c.Registered);
        var subject = (FormationSubjectKind)c.Subject;
        const FormationVerdict mayForm = FormationVerdict.FormBranch | FormationVerdict.FormJointBranch;
        var before = FormationRules.Evaluate(in counts, subject, c.Units, policy, 5);
        var after = FormationRules.Evaluate(in more, subject, c.Units, policy, 5);
        var lostBranch = subject == FormationSubjectKind.Branch && !before.HasFlag(FormationVerdict.NoLongerMeetsConditions) && after.HasFlag(FormationVerdict.NoLongerMeetsConditions);
        return ((before & mayForm) == 0 || (after & mayForm) == (before & mayForm)) && !lostBranch
            && (!before.HasFlag(FormationVerdict.CommitteeRequired) || after.HasFlag(FormationVerdict.CommitteeRequired));
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(FormationTests)])]
    public bool An_answer_never_both_refuses_and_advises_how_to_staff((int Full, int Probationary, int Suspended, int Registered, int Units, int Subject) c)
    {
        var policy = new FormationPolicy();
        var counts = Make(c.Full, c.Probationary, c.Suspended, c.Registered);
        var subject = (FormationSubjectKind)c.Subject;
        var verdict = FormationRules.Evaluate(in counts, subject, c.Units, policy, 5);
        const FormationVerdict staffing = FormationVerdict.CommitteeRequired | FormationVerdict.SecretaryOnly | FormationVerdict.DivideIntoGroups | FormationVerdict.TooLarge;
        const FormationVerdict refused = FormationVerdict.NotEnoughEvenJointly | FormationVerdict.TooManyUnitsForJoint | FormationVerdict.JoinJointBranch | FormationVerdict.NoMembers;
        var mayExist = subject == FormationSubjectKind.Branch || (verdict & (FormationVerdict.FormBranch | FormationVerdict.FormJointBranch)) != 0;
        return ((verdict & staffing) == 0 || mayExist)
            && (subject == FormationSubjectKind.Branch || (verdict & refused) == 0 || (verdict & staffing) == 0)
            && !(verdict.HasFlag(FormationVerdict.FormJointBranch) && verdict.HasFlag(FormationVerdict.NotEnoughEvenJointly));
    }

    [Fact]
    public void A_short_or_too_wide_joint_branch_is_refused_plainly_without_staffing_advice()
    {
        var policy = new FormationPolicy();
        var shortOne = FormationRules.Evaluate(Make(2, 0, 0, 0), FormationSubjectKind.Places, 2, policy, 5);
        Assert.Equal(FormationVerdict.NotEnoughEvenJointly, shortOne);
        var outcome = Assert.Single(FormationRules.Describe(shortOne, Make(2, 0, 0, 0), policy, 5, []));
        Assert.Equal("BR-1", outcome.RuleId);
        Assert.Contains("may not be formed", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("不能按此方案成立", outcome.MessageZh, StringComparison.Ordinal);

        var wide = FormationRules.Evaluate(Make(9, 0, 0, 0), FormationSubjectKind.Places, 6, policy, 5);
        Assert.Equal(FormationVerdict.TooManyUnitsForJoint, wide); // no BR-4 advice for a branch that may not be formed
    }

    private static MemberCounts Make(int full, int probationary, int suspended, int registered)
    {
        var counts = default(MemberCounts);
        for (var i = 0; i < full; i++)
        {
            counts.AddMember(MemberStatus.Full, MemberCategory.Retired, false, i < suspended);
        }

        for (var i = 0; i < probationary; i++)
        {
            counts.AddMember(MemberStatus.Probationary, MemberCategory.InService, false, false);
        }

        for (var i = 0; i < registered; i++)
        {
            counts.AddRegistered(MemberStatus.Full);
        }

        return counts;
    }
}
