using NeighborParty.CoBuilding;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Core.Tests.CoBuilding;

/// <summary>The ledger fixture's tree plus the co-building service on in-memory stores; today is 2026-11-27.</summary>
internal sealed class CoBuildingFixture
{
    public CoBuildingFixture(Action<NeighborPartyOptions>? configure = null)
    {
        Ledger = new LedgerFixture(configure);
        Branch = Ledger.Branch(Ledger.Compounds[0]);
        WomensFederation = Run(Partners.RegisterAsync(new PartnerDetails("延平区妇联", PartnerCategory.MassOrganisation, Ledger.Tree.District.Id,
            MassOrganisationKind.WomensFederation, "南平市妇联", "林主席", "13905991234")));
        YouthLeague = Run(Partners.RegisterAsync(new PartnerDetails("共青团延平区委", PartnerCategory.MassOrganisation, Ledger.Tree.District.Id, MassOrganisationKind.YouthLeague)));
        Deputy = Run(Partners.RegisterAsync(new PartnerDetails("王代表", PartnerCategory.PeoplesCongressDeputy, Ledger.Tree.District.Id)));
    }

    public static LocalDate Today { get; } = new(2026, 11, 27);

    public LedgerFixture Ledger { get; }

    public IRepository<ServiceOffering> Offerings => Ledger.Tree.Get<IRepository<ServiceOffering>>();

    public IRepository<ServiceOrder> Orders => Ledger.Tree.Get<IRepository<ServiceOrder>>();

    public IRepository<Position> Positions => Ledger.Tree.Get<IRepository<Position>>();

    public IRepository<DeployedTeam> Teams => Ledger.Tree.Get<IRepository<DeployedTeam>>();

    public IRepository<DeputyMotion> Motions => Ledger.Tree.Get<IRepository<DeputyMotion>>();

    public PartnerService Partners => Ledger.Tree.Get<PartnerService>();

    public CovenantService Covenants => Ledger.Tree.Get<CovenantService>();

    public MenuService Menu => Ledger.Tree.Get<MenuService>();

    public DeploymentService Deployments => Ledger.Tree.Get<DeploymentService>();

    public OrganizationUnit Branch { get; }

    public Partner WomensFederation { get; }

    public Partner YouthLeague { get; }

    public Partner Deputy { get; }

    public Place Compound => Ledger.Compounds[0];

    public static DateInterval Year { get; } = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    public static CommitmentDetails Lessons { get; } = new(CommitmentKind.Service, "百合姐姐法理家庭服务", 12, "场次", "每月一次");

    public Covenant Draft(params Partner[] partners) =>
        Run(Covenants.DraftAsync("豫轩里共建盟约", Branch.Id, [.. (partners.Length == 0 ? [WomensFederation] : partners).Select(p => p.Id)], Year, [Lessons]));

    /// <summary>A covenant signed by the branch and the Women's Federation, in force today.</summary>
    public Covenant Signed()
    {
        var covenant = Draft();
        Run(Covenants.SubmitAsync(covenant.Id));
        Run(Covenants.SignAsync(covenant.Id, null, "沈仲连"));
        return Run(Covenants.SignAsync(covenant.Id, WomensFederation.Id, "林主席"));
    }

    public ServiceOffering Offering(int capacity = 2, CapacityPeriod period = CapacityPeriod.Month, Covenant? covenant = null) =>
        Run(Menu.PublishAsync(WomensFederation.Id, new OfferingDetails("family-service", "百合姐姐法理家庭服务", ServiceMode.Menu, capacity, period, [Compound.Id],
            CovenantId: covenant?.Id, CommitmentKey: covenant?.CommitmentsOf(covenant.Effective!.Number)[0].Key)));

    public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
