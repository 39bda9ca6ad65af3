using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Stewards;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Stewards;

public sealed class StewardTests
{
    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void A_secretary_gets_the_community_term_of_five_years()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var a = f.Appoint(StewardRole.Secretary, members[0], branch);
        Assert.Equal(new LocalDate(2024, 1, 1), a.Start);
        Assert.Equal(new LocalDate(2028, 12, 31), a.End); // TR-2: 5 years in a community
        Assert.Equal(a.End, a.RegularEnd);
        Assert.Equal(members[0].Name, a.HolderName);
        Assert.True(a.IsHeldOn(StewardFixture.Today));
    }

    [Fact]
    public void A_term_longer_than_TR2_is_refused_and_a_shorter_one_accepted()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        Assert.Equal("TR-2", Refused(() => f.Appoint(StewardRole.Secretary, members[0], branch, end: new LocalDate(2029, 1, 1))));
        var a = f.Appoint(StewardRole.Secretary, members[0], branch, end: new LocalDate(2026, 12, 31)); // a by-election to the end of the sitting term
        Assert.Equal(new LocalDate(2026, 12, 31), a.End);
    }

    [Fact]
    public void A_district_with_other_terms_changes_the_policy()
    {
        var f = new StewardFixture(o => o.Stewards.CommunityTermYears = 3);
        var (branch, members) = f.Branch(3);
        Assert.Equal(new LocalDate(2026, 12, 31), f.Appoint(StewardRole.Secretary, members[0], branch).End);
    }

    [Fact]
    public void The_secretary_is_a_full_member_of_that_branch_with_a_year_of_standing()
    {
        var f = new StewardFixture();
        var (branch, _) = f.Branch(3);
        var probationary = f.Ledger.Add(1, branch, f.Compound, full: false)[0];
        Assert.Equal(StewardRules.WrongHolder, Refused(() => f.Appoint(StewardRole.Secretary, probationary, branch)));

        var elsewhere = f.Ledger.Add(1, f.Ledger.Community, f.Compound)[0];
        Assert.Equal(StewardRules.RelationshipOutsideBranch, Refused(() => f.Appoint(StewardRole.Secretary, elsewhere, branch))); // not TR-6: a rule of its own

        var recent = Run(f.Ledger.Ledger.RecordAsync(f.Ledger.Details() with { MadeFull = new LocalDate(2026, 3, 1) }, MemberRelationship.InUnit(branch.Id)));
        Assert.Equal("TR-6", Refused(() => f.Appoint(StewardRole.Secretary, recent, branch, start: new LocalDate(2026, 11, 1))));
        Assert.Equal(StewardRole.DeputySecretary.Key, f.Appoint(StewardRole.DeputySecretary, recent, branch, start: new LocalDate(2026, 11, 1)).RoleKey); // TR-6 names the secretary only

        var suspended = f.Ledger.Add(1, branch, f.Compound, suspension: new VotingSuspension("留党察看", new LocalDate(2023, 1, 1), null))[0];
        Assert.Equal(StewardRules.WrongHolder, Refused(() => f.Appoint(StewardRole.Secretary, suspended, branch)));
    }

    [Fact]
    public void A_district_may_ask_for_more_standing()
    {
        var f = new StewardFixture(o => o.Stewards.SecretaryMinimumStanding = Period.FromYears(40));
        var (branch, members) = f.Branch(3); // made full 1991-07-01
        var refused = Assert.Throws<NeighborParty.Common.RuleViolationException>(() => f.Appoint(StewardRole.Secretary, members[0], branch)).Violation;
        Assert.Equal("TR-6", refused.Code);
        Assert.Contains("40 years of Party standing", refused.Message, StringComparison.Ordinal); // the policy's period, in words
        Assert.Contains("40年以上党龄", refused.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void One_secretary_at_a_time()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var first = f.Appoint(StewardRole.Secretary, members[0], branch);
        var ex = Assert.Throws<RuleViolationException>(() => f.Appoint(StewardRole.Secretary, members[1], branch, start: new LocalDate(2025, 6, 1)));
        Assert.Equal("BR-4", ex.Code);
        Assert.Equal(RuleViolationKind.Conflict, ex.Violation.Kind);

        first = Run(f.Appointments.EndAsync(first.Id, new LocalDate(2025, 5, 31), AppointmentEndReason.Resigned, "健康原因"));
        var second = f.Appoint(StewardRole.Secretary, members[1], branch, start: new LocalDate(2025, 6, 1));
        Assert.True(second.IsHeldOn(StewardFixture.Today));
        Assert.False(first.IsHeldOn(StewardFixture.Today));
    }

    [Fact]
    public void A_committee_only_from_seven_full_members_and_one_deputy_without_it()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(6);
        f.Ledger.Add(3, branch, f.Compound, full: false); // probationary members never count (BR-4)
        Assert.Equal("BR-4", Refused(() => f.Appoint(StewardRole.OrganisationMember, members[1], branch)));
        f.Appoint(StewardRole.DeputySecretary, members[1], branch);
        Assert.Equal("BR-4", Refused(() => f.Appoint(StewardRole.DeputySecretary, members[2], branch)));

        members.AddRange(f.Ledger.Add(1, branch, f.Compound));
        f.Appoint(StewardRole.OrganisationMember, members[2], branch);
        f.Appoint(StewardRole.DeputySecretary, members[3], branch); // with a committee, deputies are committee seats
    }

    [Fact]
    public void A_committee_has_at_most_seven()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(12);
        f.Appoint(StewardRole.Secretary, members[0], branch);
        f.Appoint(StewardRole.OrganisationMember, members[1], branch);
        f.Appoint(StewardRole.PublicityMember, members[2], branch);
        f.Appoint(StewardRole.DisciplineMember, members[3], branch);
        for (var i = 4; i < 7; i++)
        {
            f.Appoint(StewardRole.DeputySecretary, members[i], branch);
        }

        Assert.Equal("BR-4", Refused(() => f.Appoint(StewardRole.DeputySecretary, members[7], branch)));
        Assert.Equal(StewardRules.SeatTaken, Refused(() => f.Appoint(StewardRole.PublicityMember, members[8], branch)));
    }

    [Fact]
    public void Dates_out_of_order_are_refused()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => f.Appoint(StewardRole.Secretary, members[0], branch, start: new LocalDate(2026, 12, 1))));
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => f.Appoint(StewardRole.Secretary, members[0], branch, start: new LocalDate(2019, 1, 1)))); // before the branch
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => f.Appoint(StewardRole.Secretary, members[0], branch, end: new LocalDate(2023, 1, 1))));
    }

    [Fact]
    public void Roles_fit_their_sites_and_unknown_roles_are_refused()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        Assert.Equal(StewardRules.WrongSite, Refused(() => f.Appoint(StewardRole.Secretary, members[0], place: f.Compound)));
        Assert.Equal(StewardRules.WrongSite, Refused(() => f.Appoint(StewardRole.BuildingLeader, members[0], place: f.Compound)));
        Assert.Equal(StewardRules.WrongSite, Refused(() => f.Appoint(StewardRole.GroupLeader, members[0], branch)));
        Assert.Equal(StewardRules.UnknownRole, Refused(() => Run(f.Appointments.AppointAsync(new NewAppointment("mayor", members[0].Id, null, branch.Id, null, null,
            new LocalDate(2024, 1, 1), null, AppointmentBasis.ElectedByAssembly)))));
        Assert.Equal("NP-GEN-004", Refused(() => Run(f.Appointments.AppointAsync(new NewAppointment("secretary", members[0].Id, null, branch.Id, null, null,
            new LocalDate(2024, 1, 1), null, (AppointmentBasis)99)))));
    }

    [Fact]
    public void A_group_leader_belongs_to_the_groups_branch()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(4);
        var group = f.Ledger.Tree.Add(branch, "functional-group", OrganizationUnitKind.FunctionalGroup);
        var a = f.Appoint(StewardRole.GroupLeader, members[0], group);
        Assert.Equal(new LocalDate(2028, 12, 31), a.End); // the branch's community term
        var outsider = f.Ledger.Add(1, f.Ledger.Community, f.Compound)[0];
        Assert.Equal(StewardRules.RelationshipOutsideBranch, Refused(() => f.Appoint(StewardRole.GroupLeader, outsider, group, start: new LocalDate(2025, 1, 1))));
    }

    [Fact]
    public void A_building_leader_lives_in_or_is_registered_to_the_compound()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var building = f.Buildings[0];
        var neighbour = Run(f.Ledger.Ledger.RecordResidentAsync("隔壁张", f.Ledger.Compounds[1].Id));
        Assert.Equal(StewardRules.WrongResidence, Refused(() => f.Appoint(StewardRole.BuildingLeader, neighbour, building)));

        var resident = Run(f.Ledger.Ledger.RecordResidentAsync("热心刘", f.Compound.Id, building.Id));
        var a = f.Appoint(StewardRole.BuildingLeader, resident, building);
        Assert.Equal(HolderKind.Resident, a.HolderKind);
        Assert.Equal(new LocalDate(2026, 12, 31), a.End); // a local role: 3 years
        Assert.Equal(f.Compound.Id, a.CompoundId);

        var worker = Run(f.Ledger.Ledger.RecordAsync(f.Ledger.Details(category: MemberCategory.InService), MemberRelationship.Outside("市直机关某局党支部")));
        Assert.Equal(StewardRules.WrongResidence, Refused(() => f.Appoint(StewardRole.BuildingLeader, worker, place: f.Buildings[1])));
        worker = Run(f.Ledger.Ledger.RegisterAsync(worker.Id, f.Compound.Id, f.Buildings[1].Id, "一网格"));
        f.Appoint(StewardRole.BuildingLeader, worker, place: f.Buildings[1]);
        Assert.Equal(StewardRules.SeatTaken, Refused(() => f.Appoint(StewardRole.BuildingLeader, members[0], place: building)));
    }

    [Fact]
    public void A_grid_worker_is_registered_to_the_compound()
    {
        var f = new StewardFixture();
        var (_, members) = f.Branch(3);
        var worker = Run(f.Ledger.Ledger.RecordAsync(f.Ledger.Details(category: MemberCategory.InService, home: f.Compound), MemberRelationship.Outside("市直机关某局党支部")));
        Assert.Equal(StewardRules.WrongResidence, Refused(() => f.Appoint(StewardRole.GridWorker, worker, place: f.Compound, grid: "一网格"))); // lives there, never registered
        worker = Run(f.Ledger.Ledger.RegisterAsync(worker.Id, f.Compound.Id, grid: "二网格"));
        Assert.Equal(StewardRules.WrongResidence, Refused(() => f.Appoint(StewardRole.GridWorker, worker, place: f.Compound, grid: "一网格"))); // another grid
        f.Appoint(StewardRole.GridWorker, worker, place: f.Compound, grid: "二网格");
        f.Appoint(StewardRole.GridWorker, members[0], place: f.Compound, grid: "一网格"); // the branch's own members living there need not register (MR-5)
        Assert.Equal(StewardRules.WrongSite, Refused(() => f.Appoint(StewardRole.GridWorker, members[1], place: f.Compound)));
    }

    [Fact]
    public void A_resident_holds_only_roles_residents_may_hold()
    {
        var f = new StewardFixture();
        var (branch, _) = f.Branch(3);
        var resident = Run(f.Ledger.Ledger.RecordResidentAsync("热心刘", f.Compound.Id));
        Assert.Equal(StewardRules.WrongHolder, Refused(() => Run(f.Appointments.AppointAsync(new NewAppointment("secretary", null, resident.Id, branch.Id, null, null,
            new LocalDate(2024, 1, 1), null, AppointmentBasis.ElectedByAssembly)))));
        f.Appoint(StewardRole.PropertyLiaison, resident, f.Compound);
    }

    [Fact]
    public void The_secretary_may_chair_the_owners_committee_and_is_flagged()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        f.Appoint(StewardRole.Secretary, members[0], branch);
        Assert.Equal(StewardRules.OwnersCommitteeSeat, Refused(() => f.Appoint(StewardRole.OwnersCommitteeChair, members[0], place: f.Compound))); // no committee yet
        f.CommitteeWithChair(members[0]);
        Assert.Equal(StewardRules.OwnersCommitteeSeat, Refused(() => f.Appoint(StewardRole.OwnersCommitteeChair, members[1], place: f.Compound))); // not the chair
        var chair = f.Appoint(StewardRole.OwnersCommitteeChair, members[0], place: f.Compound);
        Assert.Equal(new LocalDate(2028, 12, 31), chair.End); // the owners' committee's term

        var team = Run(f.Reports.TeamAsync(f.Compound.Id));
        Assert.True(team.CrossHolding);
        Assert.Equal(2, team.Seats.Count(s => s.CrossHolding));
        var coverage = Run(f.Reports.CoverageAsync(f.Compound.Id));
        var cross = Assert.Single(coverage.CrossHoldings);
        Assert.Equal(members[0].Id, cross.MemberId);
    }

    [Fact]
    public void A_district_may_forbid_holding_both()
    {
        var f = new StewardFixture(o => o.Stewards.AllowCrossHolding = false);
        var (branch, members) = f.Branch(3);
        f.CommitteeWithChair(members[0]);
        Assert.Equal(StewardRules.CrossHoldingRefused, Refused(() => f.Appoint(StewardRole.Secretary, members[0], branch))); // seated as chair
        f.Appoint(StewardRole.Secretary, members[1], branch);
        f.Appoint(StewardRole.OwnersCommitteeChair, members[0], place: f.Compound);
    }

    [Fact]
    public void The_owners_committee_is_checked()
    {
        var f = new StewardFixture();
        var (_, members) = f.Branch(3);
        var term = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31));
        CompoundGovernanceDetails With(params OwnersCommitteeSeatDetails[] seats) =>
            new(PropertyManagement.SelfManaged, OwnersCommittee: new OwnersCommitteeDetails(new LocalDate(2023, 12, 1), term, seats));
        Assert.Equal(StewardRules.Governance, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id, With(new OwnersCommitteeSeatDetails("甲", OwnersCommitteePosition.Member))))));
        Assert.Equal(StewardRules.Governance, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id,
            With(new OwnersCommitteeSeatDetails("甲", OwnersCommitteePosition.Chair), new OwnersCommitteeSeatDetails("乙", OwnersCommitteePosition.Chair))))));
        Assert.Equal(StewardRules.Governance, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id,
            new CompoundGovernanceDetails(PropertyManagement.SelfManaged, "某物业")))));
        Assert.Equal(StewardRules.Governance, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id,
            new CompoundGovernanceDetails(PropertyManagement.PropertyCompany)))));
        Assert.Equal(StewardRules.Governance, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id,
            new CompoundGovernanceDetails(PropertyManagement.None, OwnersCommittee: new OwnersCommitteeDetails(new LocalDate(2023, 12, 1),
                new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2029, 1, 1)), [new("甲", OwnersCommitteePosition.Chair)]))))));
        Assert.Equal(StewardRules.WrongSite, Refused(() => Run(f.Governance.SetGovernanceAsync(f.Buildings[0].Id, With(new OwnersCommitteeSeatDetails("甲", OwnersCommitteePosition.Chair))))));

        var record = Run(f.Governance.SetGovernanceAsync(f.Compound.Id, With(new OwnersCommitteeSeatDetails("乙", OwnersCommitteePosition.Member), new OwnersCommitteeSeatDetails("甲", OwnersCommitteePosition.Chair, members[0].Id))));
        Assert.Equal("甲", record.Chair!.Name);
        Assert.Equal(OwnersCommitteePosition.Chair, record.Seats[0].Position);
        Assert.Throws<RuleViolationException>(() => Run(f.Governance.SetGovernanceAsync(f.Compound.Id, With(new OwnersCommitteeSeatDetails("甲", OwnersCommitteePosition.Chair)), expectedVersion: 99)));
    }

    [Fact]
    public void Ending_early_needs_a_day_inside_the_term_and_happens_once()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var a = f.Appoint(StewardRole.Secretary, members[0], branch);
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => Run(f.Appointments.EndAsync(a.Id, new LocalDate(2023, 12, 31), AppointmentEndReason.Resigned))));
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => Run(f.Appointments.EndAsync(a.Id, new LocalDate(2026, 12, 31), AppointmentEndReason.Resigned)))); // after today
        Assert.Equal("NP-GEN-004", Refused(() => Run(f.Appointments.EndAsync(a.Id, new LocalDate(2026, 1, 1), (AppointmentEndReason)0))));
        a = Run(f.Appointments.EndAsync(a.Id, new LocalDate(2026, 1, 1), AppointmentEndReason.Removed, "违纪免职"));
        Assert.Equal(AppointmentEndReason.Removed, a.EndReason);
        Assert.Equal(new LocalDate(2026, 1, 1), a.LastDay);
        Assert.Equal(StewardRules.AlreadyEnded, Refused(() => Run(f.Appointments.EndAsync(a.Id, new LocalDate(2026, 2, 1), AppointmentEndReason.Resigned))));
        Assert.Equal(StewardRules.NotFound, Refused(() => Run(f.Appointments.GetAsync(AppointmentId.New()))));
    }

    [Fact]
    public void An_election_moves_by_at_most_a_year_with_approval()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var a = f.Appoint(StewardRole.Secretary, members[0], branch, start: new LocalDate(2021, 12, 1)); // ends 2026-11-30
        Assert.Equal("TR-3", Refused(() => Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2027, 12, 1), "区委组织部", StewardFixture.Today))));
        Assert.Equal(StewardRules.ImpossibleDate, Refused(() => Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2027, 6, 30), "区委组织部", new LocalDate(2027, 1, 1)))));
        Assert.Equal("NP-GEN-001", Refused(() => Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2027, 6, 30), " ", StewardFixture.Today))));
        a = Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2027, 6, 30), "街道党工委 延党〔2026〕12号", StewardFixture.Today));
        Assert.Equal(new LocalDate(2027, 6, 30), a.End);
        Assert.Equal(new LocalDate(2026, 11, 30), a.RegularEnd);
        Assert.Equal("街道党工委 延党〔2026〕12号", a.TermChangeApprovedBy);
        a = Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2026, 6, 30), "街道党工委", StewardFixture.Today)); // advanced instead
        Assert.Equal(new LocalDate(2026, 6, 30), a.End);

        var successor = f.Appoint(StewardRole.Secretary, members[1], branch, start: new LocalDate(2026, 7, 1));
        Assert.Equal("BR-4", Refused(() => Run(f.Appointments.ChangeTermAsync(a.Id, new LocalDate(2026, 11, 30), "街道党工委", StewardFixture.Today)))); // would overlap
        var leader = f.Appoint(StewardRole.BuildingLeader, members[2], place: f.Buildings[0]);
        Assert.Equal("TR-3", Refused(() => Run(f.Appointments.ChangeTermAsync(leader.Id, new LocalDate(2027, 6, 30), "社区", StewardFixture.Today))));
        Assert.True(successor.IsHeldOn(StewardFixture.Today));
    }

    [Fact]
    public void A_district_adds_its_own_role()
    {
        var captain = new StewardRole("volunteer-captain", "Volunteer-team captain", "志愿服务队队长", RoleSite.Compound, RoleHolders.MemberOrResident)
        {
            Residence = ResidenceRequirement.LivesOrRegistered,
        };
        var f = new StewardFixture(o => o.Stewards.AddRole(captain));
        f.Branch(3);
        var resident = Run(f.Ledger.Ledger.RecordResidentAsync("热心刘", f.Compound.Id));
        var a = f.Appoint(captain, resident, f.Compound);
        Assert.Equal("volunteer-captain", a.RoleKey);
        Assert.Equal("志愿服务队队长", f.Options.Stewards.RoleOf(a).NameZh);
        Assert.Throws<ArgumentException>(() => new StewardRole("Bad Key", "x", "x", RoleSite.Compound, RoleHolders.Member));
    }

    [Fact]
    public void Coverage_reports_the_real_gaps()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(8);          // 8 full members: a committee is required
        var (bare, _) = f.Branch(3, f.Ledger.Compounds[1]); // no secretary at all
        f.Appoint(StewardRole.Secretary, members[0], branch, start: new LocalDate(2022, 3, 1)); // ends 2027-02-28: within 6 months (TR-4)
        var leader = f.Appoint(StewardRole.BuildingLeader, members[1], place: f.Buildings[0], start: new LocalDate(2022, 1, 1), end: new LocalDate(2024, 12, 31)); // expired
        var resigned = f.Appoint(StewardRole.BuildingLeader, members[2], place: f.Buildings[1], start: new LocalDate(2024, 1, 1));
        resigned = Run(f.Appointments.EndAsync(resigned.Id, new LocalDate(2025, 3, 1), AppointmentEndReason.MovedAway));
        f.Appoint(StewardRole.BuildingLeader, members[3], place: f.Buildings[2]);

        var c = Run(f.Reports.CoverageAsync(f.Ledger.CommunityPlace.Id));
        Assert.Equal(StewardFixture.Today, c.On);
        Assert.Equal(f.Ledger.Compounds.Count, c.Compounds);
        Assert.Equal(2, c.Branches);
        Assert.Equal(bare.Id, Assert.Single(c.BranchesWithoutSecretary).Id);
        Assert.True(c.CommitteeGaps.Count == 1, string.Join(';', c.CommitteeGaps));
        var gap = c.CommitteeGaps[0];
        Assert.Equal((branch.Id, CommitteeGapKind.Missing, "BR-4", 8), (gap.Branch.Id, gap.Kind, gap.Rule, gap.Branch.FullMembers));
        Assert.Collection(c.EndingSoon, // soonest first; local roles are reminded too, without a Party rule
            s => Assert.Equal(("building-leader", (string?)null, new LocalDate(2026, 12, 31)), (s.Role, s.Rule, s.LastDay)),
            s => Assert.Equal(("secretary", (string?)"TR-4", new LocalDate(2027, 2, 28)), (s.Role, s.Rule, s.LastDay)));
        Assert.Equal(leader.Id, Assert.Single(c.Expired).Id);
        var vacancy = Assert.Single(c.Vacancies);
        Assert.Equal((resigned.Id, AppointmentEndReason.MovedAway), (vacancy.Id, vacancy.EndReason));
        Assert.Equal(f.Ledger.Tree.Buildings.Count(b => f.Ledger.Compounds.Any(x => x.Id == b.ParentId)) - 1, c.BuildingsWithoutLeader.Count);
        Assert.DoesNotContain(c.BuildingsWithoutLeader, b => b.Id == f.Buildings[2].Id);
        Assert.Equal(2, c.InOffice);

        // A successor clears the expired term; three committee members clear the gap.
        f.Appoint(StewardRole.BuildingLeader, members[4], place: f.Buildings[0], start: new LocalDate(2025, 1, 1));
        f.Appoint(StewardRole.OrganisationMember, members[5], branch);
        f.Appoint(StewardRole.PublicityMember, members[6], branch);
        c = Run(f.Reports.CoverageAsync(f.Ledger.CommunityPlace.Id));
        Assert.Empty(c.Expired);
        Assert.Empty(c.CommitteeGaps);
    }

    [Theory]
    [InlineData(false, 0)] // the default: five full members need no committee
    [InlineData(true, 1)]  // a district that counts those who only registered (报到) here: eight, a committee is required (BR-4)
    public void Coverage_counts_members_who_only_registered_when_the_policy_does(bool countRegistered, int gaps)
    {
        var f = new StewardFixture(o => o.Formation.CountRegisteredOnly = countRegistered);
        var (branch, members) = f.Branch(5);
        f.Appoint(StewardRole.Secretary, members[0], branch);
        for (var i = 0; i < 3; i++)
        {
            var worker = Run(f.Ledger.Ledger.RecordAsync(f.Ledger.Details(category: MemberCategory.InService), MemberRelationship.Outside("某局机关党支部")));
            Run(f.Ledger.Ledger.RegisterAsync(worker.Id, f.Compound.Id));
        }

        foreach (var scope in new[] { f.Compound, f.Ledger.CommunityPlace })
        {
            var c = Run(f.Reports.CoverageAsync(scope.Id));
            Assert.Equal(gaps, c.CommitteeGaps.Count);
            Assert.All(c.CommitteeGaps, g => Assert.Equal((branch.Id, CommitteeGapKind.Missing, 8), (g.Branch.Id, g.Kind, g.Branch.FullMembers)));
        }
    }

    [Fact]
    public void Coverage_flags_a_committee_that_lost_its_basis_and_one_too_small()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(7);
        f.Appoint(StewardRole.OrganisationMember, members[1], branch);
        var c = Run(f.Reports.CoverageAsync(f.Compound.Id));
        Assert.Equal(CommitteeGapKind.TooSmall, Assert.Single(c.CommitteeGaps).Kind);

        Run(f.Ledger.Ledger.StartTransferAsync(members[6].Id, MemberRelationship.Outside("外地")));
        Run(f.Ledger.Ledger.MarkInTransitAsync(members[6].Id));
        Run(f.Ledger.Ledger.ReceiveTransferAsync(members[6].Id));
        c = Run(f.Reports.CoverageAsync(f.Compound.Id));
        Assert.Equal(CommitteeGapKind.WithoutBasis, Assert.Single(c.CommitteeGaps).Kind);
    }

    [Fact]
    public void The_team_lists_who_holds_what()
    {
        var f = new StewardFixture();
        var (branch, members) = f.Branch(3);
        var resident = Run(f.Ledger.Ledger.RecordResidentAsync("贤达陈", f.Compound.Id));
        f.Appoint(StewardRole.Secretary, members[0], branch);
        f.Appoint(StewardRole.BuildingLeader, resident, f.Buildings[0]);
        var team = Run(f.Reports.TeamAsync(f.Compound.Id));
        Assert.Equal(branch.Id, team.BranchId);
        Assert.False(team.CrossHolding);
        Assert.Collection(team.Seats,
            s => Assert.Equal(("secretary", HolderKind.Member, MemberCategory.Retired, branch.Name), (s.Role, s.HolderKind, s.Category!.Value, s.SiteName)),
            s => Assert.Equal(("building-leader", HolderKind.Resident, (MemberCategory?)null, "1号楼"), (s.Role, s.HolderKind, s.Category, s.SiteName)));
    }
}
