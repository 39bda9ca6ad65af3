using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Membership;

public sealed class MemberLedgerTests
{
    [Fact]
    public void A_member_is_recorded_with_masked_personal_data_and_one_relationship()
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[0]);
        var member = f.Add(1, branch, f.Compounds[0])[0];
        Assert.Equal(branch.Id, member.UnitId);
        Assert.Null(member.ExternalOrganization);
        Assert.Equal(MemberStatus.Full, member.Status);
        Assert.Equal(member.IdCard.BirthDate, member.BirthDate);
        Assert.DoesNotContain(member.IdNumber, member.IdCard.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("138****", member.PhoneNumber.ToString(), StringComparison.Ordinal);
        Assert.Equal(branch.Path, member.UnitPath);
        Assert.Equal(f.Compounds[0].Path, member.ResidencePath);
    }

    [Fact]
    public void The_id_number_is_the_key_a_second_member_with_it_is_refused()
    {
        var f = new LedgerFixture();
        var details = f.Details();
        Run(f.Ledger.RecordAsync(details, MemberRelationship.InUnit(f.Community.Id)));
        var again = Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(details with { Name = "别人" }, MemberRelationship.InUnit(f.Community.Id))));
        Assert.Equal("NP-MBR-004", again.Code);
        Assert.Single(Run(f.Members.ListAsync()));
    }

    [Fact]
    public void Impossible_dates_and_mismatches_are_refused()
    {
        var f = new LedgerFixture();
        var d = f.Details();
        var unit = MemberRelationship.InUnit(f.Community.Id);
        Assert.Equal("NP-MBR-005", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(d with { Joined = d.Joined.PlusYears(-30) }, unit))).Code);
        Assert.Equal("NP-MBR-005", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(d with { MadeFull = d.Joined.PlusMonths(6) }, unit))).Code);
        Assert.Equal("NP-MBR-005", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(d with { Joined = new LocalDate(2030, 1, 1) }, unit))).Code);
        Assert.Equal("NP-MBR-006", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(d with { BirthDate = new LocalDate(1960, 1, 1) }, unit))).Code);
        Assert.Equal("NP-MBR-005", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(d with { Suspension = new VotingSuspension("留党察看", new LocalDate(2020, 1, 1), new LocalDate(2019, 1, 1)) }, unit))).Code);
        Assert.Empty(Run(f.Members.ListAsync()));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void The_relationship_is_in_exactly_one_place(bool unit, bool outside)
    {
        var f = new LedgerFixture();
        var relationship = new MemberRelationship(unit ? f.Community.Id : null, outside ? "南平市某局机关党支部" : null);
        Assert.Equal("MR-1", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordAsync(f.Details(), relationship))).Code);
    }

    [Fact]
    public void A_transfer_goes_out_in_transit_received_and_the_old_unit_stays_responsible_until_then()
    {
        var f = new LedgerFixture();
        var from = f.Branch(f.Compounds[0]);
        var to = f.Branch(f.Compounds[1]);
        var member = f.Add(1, from, f.Compounds[0])[0];
        Assert.Equal("MR-3", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.ReceiveTransferAsync(member.Id))).Code);

        member = Run(f.Ledger.StartTransferAsync(member.Id, MemberRelationship.InUnit(to.Id)));
        Assert.Equal(TransferState.Out, member.Transfer);
        Assert.Equal(from.Id, member.UnitId);
        Assert.Equal("MR-3", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.StartTransferAsync(member.Id, MemberRelationship.Outside("别处")))).Code);
        Assert.Equal("MR-3", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.ReceiveTransferAsync(member.Id))).Code);

        member = Run(f.Ledger.MarkInTransitAsync(member.Id));
        Assert.Equal(from.Id, member.UnitId); // still responsible (MR-3)
        f.Tree.Clock.AdvanceDays(3);
        member = Run(f.Ledger.ReceiveTransferAsync(member.Id));
        Assert.Equal(to.Id, member.UnitId);
        Assert.Null(member.Transfer);
        var past = Assert.Single(member.History);
        Assert.Equal(from.Id, past.UnitId);
        Assert.Equal(member.RelationshipSince, past.To);
        Assert.Equal(to.Path, member.UnitPath);
    }

    [Fact]
    public void Registration_is_for_in_service_or_mobile_members_and_never_moves_the_relationship()
    {
        var f = new LedgerFixture();
        var retired = Run(f.Ledger.RecordAsync(f.Details(), MemberRelationship.InUnit(f.Community.Id)));
        Assert.Equal("MR-5", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RegisterAsync(retired.Id, f.Compounds[0].Id))).Code);

        var worker = Run(f.Ledger.RecordAsync(f.Details(category: MemberCategory.InService), MemberRelationship.Outside("南平市某局机关党支部")));
        var building = f.Tree.BuildingsOf(f.Compounds[0])[1];
        worker = Run(f.Ledger.RegisterAsync(worker.Id, f.Compounds[0].Id, building.Id, "第二网格"));
        Assert.Equal(f.Compounds[0].Id, worker.RegisteredCompoundId);
        Assert.Equal(building.Id, worker.RegisteredBuildingId);
        Assert.Null(worker.UnitId);
        Assert.Equal("南平市某局机关党支部", worker.ExternalOrganization);
        Assert.Equal("NP-MBR-007", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RegisterAsync(worker.Id, f.Compounds[1].Id, building.Id))).Code);
        worker = Run(f.Ledger.RevokeRegistrationAsync(worker.Id));
        Assert.Null(worker.RegisteredCompoundId);
        Assert.Equal("MR-5", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RevokeRegistrationAsync(worker.Id))).Code);
    }

    [Fact]
    public void Residents_keep_a_masked_contact()
    {
        var f = new LedgerFixture();
        var resident = Run(f.Ledger.RecordResidentAsync("王阿姨", f.Compounds[0].Id, f.Tree.BuildingsOf(f.Compounds[0])[0].Id, "13912345678"));
        Assert.Equal("139****5678", resident.ContactNumber.ToString());
        Assert.Equal("NP-MBR-002", Assert.Throws<RuleViolationException>(() => Run(f.Ledger.RecordResidentAsync("李叔", f.Compounds[0].Id, contact: "110"))).Code);
    }

    /// <summary>Random transfer steps: 0 start to a unit, 1 start outside, 2 in transit, 3 receive, 4 cancel.</summary>
    public static Arbitrary<int[]> Steps() => Gen.Choose(0, 4).ArrayOf().ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(MemberLedgerTests)])]
    public Property No_transfer_sequence_leaves_zero_or_two_relationships(int[] steps)
    {
        var f = new LedgerFixture();
        var units = f.Compounds.Take(3).Select(c => f.Branch(c)).ToList();
        var member = f.Add(1, units[0], f.Compounds[0])[0];
        var n = 0;
        foreach (var step in steps.Take(30))
        {
            var before = (member.UnitId, member.ExternalOrganization, member.Transfer, member.History.Count);
            try
            {
                Run<PartyMember>(step switch
                {
                    0 => f.Ledger.StartTransferAsync(member.Id, MemberRelationship.InUnit(units[++n % units.Count].Id)),
                    1 => f.Ledger.StartTransferAsync(member.Id, MemberRelationship.Outside($"外单位{++n}")),
                    2 => f.Ledger.MarkInTransitAsync(member.Id),
                    3 => f.Ledger.ReceiveTransferAsync(member.Id),
                    _ => f.Ledger.CancelTransferAsync(member.Id),
                });
            }
            catch (RuleViolationException)
            {
                if ((member.UnitId, member.ExternalOrganization, member.Transfer, member.History.Count) != before)
                {
                    return false.Label($"refused step {step} changed the member");
                }
            }

            f.Tree.Clock.AdvanceDays(1);
            var relationships = (member.UnitId is null ? 0 : 1) + (member.ExternalOrganization is null ? 0 : 1);
            if (relationships != 1)
            {
                return false.Label($"{relationships} relationships after step {step}");
            }

            for (var i = 1; i < member.History.Count; i++)
            {
                if (member.History[i].From != member.History[i - 1].To)
                {
                    return false.Label("history has a gap or an overlap");
                }
            }

            if (member.History.Count > 0 && member.History[^1].To != member.RelationshipSince)
            {
                return false.Label("the current relationship does not follow the last one");
            }
        }

        return true.ToProperty();
    }
}

public sealed class LedgerEventTests
{
    [Fact]
    public void Ledger_changes_name_the_units_and_compounds_to_reassess()
    {
        var f = new LedgerFixture();
        var from = f.Branch(f.Compounds[0]);
        var to = f.Branch(f.Compounds[1]);
        var events = f.Tree.Events;
        var member = Run(f.Ledger.RecordAsync(f.Details(home: f.Compounds[0]), MemberRelationship.InUnit(from.Id)));
        var recorded = Assert.Single(events.OfType<MemberLedgerChanged>());
        Assert.Equal([from.Id], recorded.Units);
        Assert.Equal([f.Compounds[0].Id], recorded.Compounds);
        events.Clear();

        member = Run(f.Ledger.StartTransferAsync(member.Id, MemberRelationship.InUnit(to.Id)));
        Assert.Empty(events.OfType<MemberLedgerChanged>()); // nothing counts differently until received (MR-3)
        member = Run(f.Ledger.MarkInTransitAsync(member.Id));
        member = Run(f.Ledger.ReceiveTransferAsync(member.Id));
        Assert.Equal([from.Id, to.Id], Assert.Single(events.OfType<MemberLedgerChanged>()).Units);
    }
}
