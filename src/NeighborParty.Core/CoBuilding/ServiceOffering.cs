using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// An item of a partner's service menu (服务菜单): what, how it is delivered, for which compounds, and how many orders it
/// takes per period. Accepted orders book capacity on the offering itself, so two partners' clerks accepting at once
/// cannot overfill a period: the second finds the offering changed.
/// </summary>
public sealed class ServiceOffering : AggregateRoot<OfferingId>, IAuditedNode, ISnapshotable<ServiceOffering, ServiceOfferingSnapshot>, IPlaced<ServiceOffering>
{
    private readonly List<ServedCompound> _compounds = [];
    private readonly List<Booking> _bookings = [];

    private ServiceOffering()
        : base(default)
    {
    }

    private ServiceOffering(OfferingId id)
        : base(id)
    {
    }

    /// <summary>Gets the partner offering it.</summary>
    public PartnerId PartnerId { get; private set; }

    /// <summary>Gets the service category's key (see <see cref="CoBuildingPolicy.ServiceCategories"/>).</summary>
    public string Category { get; private set; } = string.Empty;

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; private set; }

    /// <summary>Gets how it is delivered.</summary>
    public ServiceMode Mode { get; private set; }

    /// <summary>Gets how many orders it accepts per <see cref="Period"/>.</summary>
    public int Capacity { get; private set; }

    /// <summary>Gets the period capacity is counted over.</summary>
    public CapacityPeriod Period { get; private set; }

    /// <summary>Gets a value indicating whether it is on the menu (withdrawn offerings take no new orders).</summary>
    public bool Active { get; private set; }

    /// <summary>Gets the covenant whose commitment it delivers, or null.</summary>
    public CovenantId? CovenantId { get; private set; }

    /// <summary>Gets the key of that commitment, or null.</summary>
    public Guid? CommitmentKey { get; private set; }

    /// <summary>Gets the partner's home place (for scope).</summary>
    public TreePosition Home { get; private set; }

    /// <summary>Gets the compounds it serves.</summary>
    public IReadOnlyList<ServedCompound> Compounds => _compounds;

    /// <summary>Gets the capacity booked, per period.</summary>
    public IReadOnlyList<Booking> Bookings => _bookings;

    /// <summary>Gets the position a store queries (the partner's home place).</summary>
    public static IReadOnlyList<Expression<Func<ServiceOffering, TreePosition>>> Positions { get; } = [o => o.Home];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Home;

    /// <inheritdoc />
    public ServiceOfferingSnapshot ToSnapshot() => new(Id, PartnerId, Category, Title, Description, Mode, Capacity, Period, Active, CovenantId, CommitmentKey, Home,
        [.. _compounds], [.. _bookings]);

    /// <inheritdoc />
    public static ServiceOffering FromSnapshot(ServiceOfferingSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var offering = new ServiceOffering(snapshot.Id)
        {
            PartnerId = snapshot.PartnerId,
            Category = snapshot.Category,
            Title = snapshot.Title,
            Description = snapshot.Description,
            Mode = snapshot.Mode,
            Capacity = snapshot.Capacity,
            Period = snapshot.Period,
            Active = snapshot.Active,
            CovenantId = snapshot.CovenantId,
            CommitmentKey = snapshot.CommitmentKey,
            Home = snapshot.Home,
        };
        offering._compounds.AddRange(snapshot.Compounds);
        offering._bookings.AddRange(snapshot.Bookings);
        offering.RestoreVersion(version);
        return offering;
    }

    /// <summary>Returns whether it serves a compound.</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>Whether the compound is listed.</returns>
    public bool Serves(PlaceId compound) => _compounds.Exists(c => c.CompoundId == compound);

    /// <summary>Returns the first day of the capacity period that contains <paramref name="day"/>.</summary>
    /// <param name="day">A day.</param>
    /// <returns>The period's first day.</returns>
    public LocalDate PeriodStart(LocalDate day) => Period switch
    {
        CapacityPeriod.Week => day.PlusDays(-((int)day.DayOfWeek - 1)),
        CapacityPeriod.Month => new LocalDate(day.Year, day.Month, 1),
        CapacityPeriod.Quarter => new LocalDate(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        _ => new LocalDate(day.Year, 1, 1),
    };

    /// <summary>Returns the orders booked in the period starting <paramref name="periodStart"/>.</summary>
    /// <param name="periodStart">The first day of a period.</param>
    /// <returns>The count.</returns>
    public int BookedIn(LocalDate periodStart) => _bookings.Find(b => b.PeriodStart == periodStart)?.Count ?? 0;

    /// <summary>Publishes an offering on a partner's menu.</summary>
    /// <param name="id">The new offering's id.</param>
    /// <param name="partner">The partner offering it.</param>
    /// <param name="details">What is offered; its compounds must be compounds (checked by the caller, who loads them).</param>
    /// <param name="policy">The catalogue of service categories.</param>
    /// <param name="covenant">The covenant named by <see cref="OfferingDetails.CovenantId"/>, or null when none is named.</param>
    /// <param name="now">When.</param>
    /// <returns>The offering.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A refused field (<c>NP-COB-008</c>, <c>NP-GEN-003/004</c>), or a covenant the partner is not party to.</exception>
    public static ServiceOffering Publish(OfferingId id, Partner partner, OfferingDetails details, CoBuildingPolicy policy, Covenant? covenant, Instant now)
    {
        ArgumentNullException.ThrowIfNull(partner);
        Check(partner.Id, details, policy, covenant);
        var offering = new ServiceOffering(id) { PartnerId = partner.Id, Home = partner.Home, Active = true };
        offering.Set(details);
        offering.Raise(new CoBuildingChanged("offering", id.Value, "published", offering.Title, now));
        return offering;
    }

    /// <summary>Changes the offering, or withdraws it from the menu (orders already taken stand).</summary>
    /// <param name="details">What is offered.</param>
    /// <param name="active">Whether it stays on the menu.</param>
    /// <param name="policy">The catalogue of service categories.</param>
    /// <param name="covenant">The covenant named by <see cref="OfferingDetails.CovenantId"/>, or null.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A refused field (<c>NP-COB-008</c>).</exception>
    public void Change(OfferingDetails details, bool active, CoBuildingPolicy policy, Covenant? covenant, Instant now)
    {
        Check(PartnerId, details, policy, covenant);
        Set(details);
        Active = active;
        Raise(new CoBuildingChanged("offering", Id.Value, active ? "changed" : "withdrawn", Title, now));
    }

    /// <summary>Books one order in the capacity period that contains <paramref name="day"/>.</summary>
    /// <param name="day">The day the order is for.</param>
    /// <returns>The first day of the period booked.</returns>
    /// <exception cref="RuleViolationException">The period is full (<c>NP-COB-010</c>, conflict).</exception>
    public LocalDate Book(LocalDate day)
    {
        var period = PeriodStart(day);
        if (BookedIn(period) >= Capacity)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Capacity,
                $"The offering takes {Capacity} orders per {Period.ToString().ToLowerInvariant()}; the one from {period:uuuu-MM-dd} is full.",
                $"该服务每周期最多接 {Capacity} 单；自 {period:uuuu-MM-dd} 起的周期已满。", "wanted", RuleViolationKind.Conflict);
        }

        var index = _bookings.FindIndex(b => b.PeriodStart == period);
        if (index >= 0)
        {
            _bookings[index] = new Booking(period, _bookings[index].Count + 1);
        }
        else
        {
            _bookings.Add(new Booking(period, 1));
        }

        return period;
    }

    /// <summary>Gives back one booked order of the period starting <paramref name="periodStart"/> (nothing when none is booked).</summary>
    /// <param name="periodStart">The first day of the period.</param>
    public void Release(LocalDate periodStart)
    {
        var index = _bookings.FindIndex(b => b.PeriodStart == periodStart);
        if (index < 0)
        {
            return;
        }

        var count = _bookings[index].Count - 1;
        if (count == 0)
        {
            _bookings.RemoveAt(index);
        }
        else
        {
            _bookings[index] = new Booking(periodStart, count);
        }
    }

    private static void Check(PartnerId partner, OfferingDetails details, CoBuildingPolicy policy, Covenant? covenant)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(policy);
        if (details.Category is null || !policy.ServiceCategories.ContainsKey(details.Category))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Offering, $"Unknown category '{details.Category}'.", $"未知的类别“{details.Category}”。", "category");
        }

        TextRules.RequireName(details.Title, "title");
        TextRules.OptionalName(details.Description, "description");
        if ((FieldRules.Defined<ServiceMode>(details.Mode, "mode") ?? FieldRules.Defined<CapacityPeriod>(details.Period, "period")
            ?? FieldRules.Range(details.Capacity, 1, 10_000, "capacity") ?? FieldRules.Count(details.Compounds?.Count ?? 0, 1, 500, "compounds")) is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        if (details.CovenantId is not null && (covenant is null || covenant.Id != details.CovenantId || !covenant.Partners.Any(p => p.PartnerId == partner)
            || covenant.Effective is not { } effective || !covenant.CommitmentsOf(effective.Number).Any(c => c.Key == details.CommitmentKey)))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Offering, "The offering delivers a commitment of a signed covenant the partner is party to.",
                "服务须对应本单位参与的已签署盟约中的一项承诺。", "commitmentKey");
        }
    }

    private void Set(OfferingDetails details)
    {
        Category = details.Category;
        Title = details.Title.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        Mode = details.Mode;
        Capacity = details.Capacity;
        Period = details.Period;
        CovenantId = details.CovenantId;
        CommitmentKey = details.CovenantId is null ? null : details.CommitmentKey;
        _compounds.Clear();
        _compounds.AddRange(details.Compounds.Distinct().Select(c => new ServedCompound(c)));
    }
}
