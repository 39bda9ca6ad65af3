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

    internal static ServiceOffering Create(OfferingId id, Partner partner, OfferingDetails details, Instant now)
    {
        var offering = new ServiceOffering(id) { PartnerId = partner.Id, Home = partner.Home, Active = true };
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
        var index = _bookings.FindIndex(b => b.PeriodStart == periodStart);
        if (index >= 0)
        {
            _bookings[index] = new Booking(periodStart, _bookings[index].Count + 1);
        }
        else
        {
            _bookings.Add(new Booking(periodStart, 1));
        }
    }

    internal void Release(LocalDate periodStart)
    {
        var index = _bookings.FindIndex(b => b.PeriodStart == periodStart);
        if (index >= 0)
        {
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
