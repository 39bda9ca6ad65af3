using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Stewards;

/// <summary>The ledger fixture plus the steward services on in-memory stores; today is 2026-11-27.</summary>
internal sealed class StewardFixture
{
    public StewardFixture(Action<NeighborPartyOptions>? configure = null)
    {
        Ledger = new LedgerFixture(configure);
    }

    public static LocalDate Today { get; } = new(2026, 11, 27);

    public LedgerFixture Ledger { get; }

    public IRepository<Appointment> StoredAppointments => Ledger.Tree.Get<IRepository<Appointment>>();

    public AppointmentService Appointments => Ledger.Tree.Get<AppointmentService>();

    public GovernanceService Governance => Ledger.Tree.Get<GovernanceService>();

    public StewardReports Reports => Ledger.Tree.Get<StewardReports>();

    public NeighborPartyOptions Options => Ledger.Tree.Get<NeighborPartyOptions>();

    public Place Compound => Ledger.Compounds[0];

    public List<Place> Buildings => Ledger.Tree.BuildingsOf(Compound);

    /// <summary>A branch over <see cref="Compound"/> with <paramref name="full"/> full members living there.</summary>
    public (OrganizationUnit Branch, List<PartyMember> Members) Branch(int full, Place? compound = null)
    {
        compound ??= Compound;
        var branch = Ledger.Branch(compound);
        return (branch, Ledger.Add(full, branch, compound));
    }

    public Appointment Appoint(StewardRole role, PartyMember member, OrganizationUnit? unit = null, Place? place = null, string? grid = null,
        LocalDate? start = null, LocalDate? end = null) =>
        LedgerFixture.Run(Appointments.AppointAsync(new NewAppointment(role.Key, member.Id, null, unit?.Id, place?.Id, grid, start ?? new LocalDate(2024, 1, 1), end,
            AppointmentBasis.ElectedByAssembly)));

    public Appointment Appoint(StewardRole role, Resident resident, Place place, string? grid = null) =>
        LedgerFixture.Run(Appointments.AppointAsync(new NewAppointment(role.Key, null, resident.Id, null, place.Id, grid, new LocalDate(2024, 1, 1), null,
            AppointmentBasis.AppointedLocally)));

    public CompoundGovernance CommitteeWithChair(PartyMember chair, Place? compound = null) =>
        LedgerFixture.Run(Governance.SetGovernanceAsync((compound ?? Compound).Id, new CompoundGovernanceDetails(PropertyManagement.PropertyCompany, "武夷物业", null,
            new OwnersCommitteeDetails(new LocalDate(2023, 12, 20), new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31)),
            [new OwnersCommitteeSeatDetails(chair.Name, OwnersCommitteePosition.Chair, chair.Id), new OwnersCommitteeSeatDetails("王业主", OwnersCommitteePosition.Member)]))));
}
