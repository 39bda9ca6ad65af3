using NeighborParty.Care;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Persistence;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Care;

/// <summary>Neighbourhood care (邻里守望): consent, guardians, contacts, escalation and closing; a refused step changes nothing.</summary>
public sealed class CareRecordTests
{
    private sealed class Fixture
    {
        public Fixture()
        {
            Care = Ledger.Tree.Get<CareService>();
            Resident = Run(Ledger.Ledger.RecordResidentAsync("周根荣", Ledger.Compounds[0].Id));
        }

        public LedgerFixture Ledger { get; } = new();

        public CareService Care { get; }

        public Resident Resident { get; }

        public Instant Now => Ledger.Tree.Clock.GetCurrentInstant();

        public LocalDate Today => Now.InUtc().Date;

        public IRepository<CareRecord> Records => Ledger.Tree.Get<IRepository<CareRecord>>();

        public CareRecord Register(params NewGuardian[] guardians) => Run(Care.RegisterAsync(new NewCareRecord(Resident.Id, CareNeeds.IsolatedElderly | CareNeeds.SeriousIllness,
            new CareConsent("周根荣", "本人", Today, "书面签字"),
            guardians.Length > 0 ? guardians : [new NewGuardian(GuardianKind.Neighbour, "熊万勤", "每天上门看看"), new NewGuardian(GuardianKind.Neighbour, "章礼雄", "代购生活用品")],
            "脑溢血后生活不能自理")));
    }

    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Code;

    [Fact]
    public void A_resident_is_registered_with_consent_and_guardians_and_every_step_is_audited()
    {
        var f = new Fixture();
        var record = f.Register();
        Assert.Equal((CareStatus.AtHome, 2), (record.Status, record.Serving.Count()));
        Assert.Equal([1, 2], record.Guardians.Select(g => g.Key));

        record = Run(f.Care.RecordContactAsync(record.Id, new CareContact(f.Now, 1, "熊万勤", ContactMode.Visit, "精神尚好", Concern: false)));
        record = Run(f.Care.EscalateAsync(record.Id, EscalationLevel.Branch, CareActionKind.MedicalHelp, "送医院急救"));
        record = Run(f.Care.CompleteActionAsync(record.Id, 1, "已住院治疗"));
        record = Run(f.Care.MoveAsync(record.Id, "延平区社会福利中心"));
        Assert.Equal((CareStatus.InCareFacility, "延平区社会福利中心", "已住院治疗"), (record.Status, record.Facility, record.Actions[0].Outcome));

        var audit = Run(f.Ledger.Tree.Get<IReadRepository<NeighborParty.Auditing.AuditEntry>>().ListAsync());
        Assert.Equal(["care.registered", "care.contact", "care.escalated", "care.action-done", "care.moved-to-facility"],
            audit.Where(a => a.Action.StartsWith("care.", StringComparison.Ordinal)).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action));
        Assert.DoesNotContain(audit, a => a.Summary.Contains("周根荣", StringComparison.Ordinal) || a.Summary.Contains("脑溢血", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_consent_or_guardians_nothing_is_registered()
    {
        var f = new Fixture();
        var noConsent = new NewCareRecord(f.Resident.Id, CareNeeds.IsolatedElderly, new CareConsent(" ", "本人", f.Today, "书面签字"), [new NewGuardian(GuardianKind.Neighbour, "熊万勤", "探访")]);
        Assert.Equal(CareRules.Consent, Refused(() => Run(f.Care.RegisterAsync(noConsent))));
        var future = noConsent with { Consent = new CareConsent("周根荣", "本人", f.Today.PlusDays(3), "书面签字") };
        Assert.Equal(CareRules.Consent, Refused(() => Run(f.Care.RegisterAsync(future))));
        var alone = noConsent with { Consent = new CareConsent("周根荣", "本人", f.Today, "书面签字"), Guardians = [] };
        Assert.Equal(CareRules.Guardians, Refused(() => Run(f.Care.RegisterAsync(alone))));
        var noNeed = alone with { Needs = CareNeeds.None, Guardians = [new NewGuardian(GuardianKind.Neighbour, "熊万勤", "探访")] };
        Assert.Equal(CareRules.WrongReference, Refused(() => Run(f.Care.RegisterAsync(noNeed))));
        Assert.Empty(Run(f.Records.ListAsync()));

        f.Register();
        Assert.Equal(CareRules.Step, Refused(() => f.Register())); // one open record per resident
        Assert.Single(Run(f.Records.ListAsync()));
    }

    [Fact]
    public void The_last_guardian_stays_and_a_closed_record_takes_no_step()
    {
        var f = new Fixture();
        var record = f.Register(new NewGuardian(GuardianKind.Neighbour, "刘本刚", "每天打电话"));
        Assert.Equal(CareRules.Guardians, Refused(() => Run(f.Care.EndGuardianAsync(record.Id, 1, f.Today))));
        record = Run(f.Care.AddGuardianAsync(record.Id, new NewGuardian(GuardianKind.Steward, "孙书记", "每周上门"), f.Today));
        record = Run(f.Care.EndGuardianAsync(record.Id, 1, f.Today));
        Assert.Equal(["孙书记"], record.Serving.Select(g => g.Name));

        record = Run(f.Care.CloseAsync(record.Id, "本人撤回同意"));
        Assert.Null(record.Circumstances); // sensitive circumstances are not kept after closing
        var version = record.Version;
        Assert.Equal(CareRules.Step, Refused(() => Run(f.Care.RecordContactAsync(record.Id, new CareContact(f.Now, null, "孙书记", ContactMode.Phone, "问候", false)))));
        Assert.Equal(CareRules.Step, Refused(() => Run(f.Care.CloseAsync(record.Id, "again"))));
        Assert.Equal(version, Run(f.Care.GetAsync(record.Id)).Version);
    }

    [Fact]
    public void A_contact_dated_in_the_future_or_by_an_unknown_guardian_is_refused_and_changes_nothing()
    {
        var f = new Fixture();
        var record = f.Register();
        Assert.Equal(CareRules.WrongReference,
            Refused(() => Run(f.Care.RecordContactAsync(record.Id, new CareContact(f.Now + Duration.FromHours(1), 1, "熊万勤", ContactMode.Visit, "探访", false)))));
        Assert.Equal(CareRules.Guardians, Refused(() => Run(f.Care.RecordContactAsync(record.Id, new CareContact(f.Now, 9, "某人", ContactMode.Visit, "探访", false)))));
        Assert.Equal("NP-GEN-004", Refused(() => Run(f.Care.RecordContactAsync(record.Id, new CareContact(f.Now, 1, "熊万勤", (ContactMode)42, "探访", false)))));
        var stored = Run(f.Care.GetAsync(record.Id));
        Assert.Empty(stored.Contacts);
        Assert.Equal(record.Version, stored.Version);
    }
}
