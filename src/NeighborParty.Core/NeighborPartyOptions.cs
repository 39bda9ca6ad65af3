using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty;

/// <summary>
/// The settings of the library, configured once in <c>services.AddNeighborParty(options =&gt; …)</c>.
/// </summary>
/// <remarks>Registered as a singleton after <see cref="Validate"/>; do not change it afterwards.</remarks>
public sealed class NeighborPartyOptions
{
    /// <summary>Gets or sets the hierarchy schema of the organisation tree. Default: <see cref="HierarchySchema.Yanping"/>.</summary>
    public HierarchySchema Schema { get; set; } = HierarchySchema.Yanping;

    /// <summary>
    /// Gets or sets the clock; when null, an <see cref="IClock"/> already registered in the container is used, else the system clock.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>Gets or sets the time zone in which "today" is reckoned. Default: Asia/Shanghai.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the numbers of the organisation tree (BR-3 and others).</summary>
    public OrganizationPolicy Organization { get; } = new();

    /// <summary>Gets the numbers and counting rules of branch formation (BR-1…BR-7).</summary>
    public Formation.FormationPolicy Formation { get; } = new();

    /// <summary>Gets the appointment rules (TR-1…TR-6, roles, 一肩挑).</summary>
    public Stewards.StewardPolicy Stewards { get; } = new();

    /// <summary>Gets the co-building catalogues (service categories, kinds of position and team).</summary>
    public CoBuilding.CoBuildingPolicy CoBuilding { get; } = new();

    /// <summary>Gets the catalogue of activity kinds (三会一课, 联学共建, 志愿服务, neighbourhood events, delivered orders …).</summary>
    public Activities.ActivityPolicy Activities { get; } = new();

    /// <summary>Gets the request catalogues (categories with time limits and attributes, channels) and the micro-wish time limit.</summary>
    public Requests.RequestPolicy Requests { get; } = new();

    /// <summary>Gets the cadence of the regular organisational life (三会一课, ML-1…ML-6) that compliance checks.</summary>
    public Accounting.CompliancePolicy Compliance { get; } = new();

    /// <summary>Gets the neighbourhood-care policy (邻里守望: contact intervals, escalation, guardians; CR-2 … CR-4).</summary>
    public Care.CarePolicy Care { get; } = new();

    /// <summary>
    /// Gets or sets who may do what, and how far from their node. Default: <see cref="Security.AccessPolicy.Default"/>;
    /// change it with <see cref="Security.AccessPolicy.CreateBuilder(Security.AccessPolicy?)"/>.
    /// </summary>
    public Security.AccessPolicy Access { get; set; } = Security.AccessPolicy.Default;

    /// <summary>
    /// Gets or sets how long a bound actor's scope (their unit's and places' paths) is remembered between requests.
    /// Default: 30 seconds; any commit of a unit or place in this process forgets every scope at once. Zero reads the
    /// scope on every request. See <see cref="Security.ActorScopeCache"/>.
    /// </summary>
    public NodaTime.Duration ActorScopeCacheDuration { get; set; } = NodaTime.Duration.FromSeconds(30);

    /// <summary>
    /// Gets or sets how long a report of a place is remembered: the annual report over days, and the formation sweep
    /// and steward coverage report of a day with their summaries. Default: 30 seconds; any commit in this process
    /// forgets every report at once, so only another process's changes can take that long to show. Zero makes every
    /// report afresh. See <see cref="Accounting.ReportCache"/>.
    /// </summary>
    public NodaTime.Duration ReportCacheDuration { get; set; } = NodaTime.Duration.FromSeconds(30);

    /// <summary>Checks that the settings are complete and coherent.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (Schema is null)
        {
            throw new ArgumentException("A hierarchy schema is required.", nameof(Schema));
        }

        if (TimeZone is null)
        {
            throw new ArgumentException("A time zone is required.", nameof(TimeZone));
        }

        if (Access is null)
        {
            throw new ArgumentException("An access policy is required.", nameof(Access));
        }

        var problems = Problems();
        problems.ThrowIfAny();
    }

    /// <summary>Collects every policy setting that is out of range, each keyed by its section and name (<c>Formation:MaxMembersPerBranch</c>).</summary>
    /// <returns>The problems.</returns>
    internal Common.SettingProblems Problems()
    {
        var problems = new Common.SettingProblems();
        problems.Within("Organization", Organization.Check);
        problems.Within("Formation", Formation.Check);
        problems.Within("Care", Care.Check);
        problems.Within("Stewards", Stewards.Check);
        return problems;
    }
}
