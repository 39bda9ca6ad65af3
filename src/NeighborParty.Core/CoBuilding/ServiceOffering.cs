using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// An item of a partner's service menu (服务菜单): what, how it is delivered, for which compounds, and how many orders it
/// takes per period. Accepted orders book capacity on the offering itself, so two partners' clerks accepting at once
/// cannot overfill a period: the second finds the offering changed.
/// </summary>
public sealed class ServiceOffering : AggregateRoot<OfferingId>, IAuditedNode
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

    /// <summary>Gets the high half of the partner's home position (for scope).</summary>
    public long HomePathHigh { get; private set; }

    /// <summary>Gets the low half of the partner's home position.</summary>
    public long HomePathLow { get; private set; }

    /// <summary>Gets the compounds it serves.</summary>
    public IReadOnlyList<ServedCompound> Compounds => _compounds;

    /// <summary>Gets the capacity booked, per period.</summary>
    public IReadOnlyList<Booking> Bookings => _bookings;

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => PartnerId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(HomePathHigh, HomePathLow);

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

    internal static ServiceOffering Create(OfferingId id, Partner partner, OfferingDetails details, Instant now)
    {
        var offering = new ServiceOffering(id) { PartnerId = partner.Id, HomePathHigh = partner.HomePathHigh, HomePathLow = partner.HomePathLow, Active = true };
        offering.Set(details);
        offering.Raise(new CoBuildingChanged("offering", id.Value, "published", offering.Title, now));
        return offering;
    }

    internal void Change(OfferingDetails details, bool active, Instant now)
    {
        Set(details);
        Active = active;
        Raise(new CoBuildingChanged("offering", Id.Value, active ? "changed" : "withdrawn", Title, now));
    }

    internal void Book(LocalDate periodStart)
    {
        if (_bookings.Find(b => b.PeriodStart == periodStart) is { } booking)
        {
            booking.Count++;
        }
        else
        {
            _bookings.Add(new Booking(periodStart, 1));
        }
    }

    internal void Release(LocalDate periodStart)
    {
        if (_bookings.Find(b => b.PeriodStart == periodStart) is { } booking)
        {
            booking.Count--;
            if (booking.Count == 0)
            {
                _bookings.Remove(booking);
            }
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

/// <summary>A compound an offering serves.</summary>
public sealed class ServedCompound
{
    private ServedCompound()
    {
    }

    internal ServedCompound(PlaceId compoundId) => CompoundId = compoundId;

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }
}

/// <summary>The capacity booked in one period.</summary>
public sealed class Booking
{
    private Booking()
    {
    }

    internal Booking(LocalDate periodStart, int count)
    {
        PeriodStart = periodStart;
        Count = count;
    }

    /// <summary>Gets the period's first day.</summary>
    public LocalDate PeriodStart { get; private set; }

    /// <summary>Gets how many orders are booked.</summary>
    public int Count { get; internal set; }
}

/// <summary>What to publish on the menu.</summary>
/// <param name="Category">The service category's key.</param>
/// <param name="Title">The title (1–100 characters).</param>
/// <param name="Mode">How it is delivered.</param>
/// <param name="Capacity">Orders per period (1–10,000).</param>
/// <param name="Period">The period.</param>
/// <param name="Compounds">The compounds served (1–500).</param>
/// <param name="Description">More, or null (1–100 characters).</param>
/// <param name="CovenantId">The covenant whose commitment it delivers, or null.</param>
/// <param name="CommitmentKey">That commitment's key.</param>
public sealed record OfferingDetails(string Category, string Title, ServiceMode Mode, int Capacity, CapacityPeriod Period, IReadOnlyList<PlaceId> Compounds,
    string? Description = null, CovenantId? CovenantId = null, Guid? CommitmentKey = null);
