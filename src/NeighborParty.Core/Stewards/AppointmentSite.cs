using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>Where an appointment is held, read from the unit or place it names: <see cref="Appointment.Appoint"/> checks it against the role.</summary>
public sealed record AppointmentSite
{
    private static readonly LocalDate PlacesAlwaysExisted = new(1921, 7, 1);

    private AppointmentSite(TreePosition location, OrganizationUnitKind? unitKind, PlaceKind? placeKind, PlaceId? compoundId, string? grid, bool isLive, LocalDate notBefore)
    {
        Location = location;
        UnitKind = unitKind;
        PlaceKind = placeKind;
        CompoundId = compoundId;
        Grid = grid;
        IsLive = isLive;
        NotBefore = notBefore;
    }

    /// <summary>Gets the site's node: a unit, a compound or a building.</summary>
    public TreePosition Location { get; }

    /// <summary>Gets the unit's kind, for a site in the organisation tree.</summary>
    public OrganizationUnitKind? UnitKind { get; }

    /// <summary>Gets the place's kind, for a site in the tree of places.</summary>
    public PlaceKind? PlaceKind { get; }

    /// <summary>Gets the compound served: the place itself, or a building's compound.</summary>
    public PlaceId? CompoundId { get; }

    /// <summary>Gets the grid's name, or null.</summary>
    public string? Grid { get; }

    /// <summary>Gets a value indicating whether the unit is live (places always are).</summary>
    public bool IsLive { get; }

    /// <summary>Gets the earliest first day: the unit's establishment.</summary>
    public LocalDate NotBefore { get; }

    /// <summary>A site in a Party organisation (a branch role, or a group's).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The site.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static AppointmentSite InUnit(OrganizationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new AppointmentSite(unit.Position, unit.Kind, null, null, null, unit.IsLive, unit.Established);
    }

    /// <summary>A site at a compound or building, in a grid when <paramref name="grid"/> is given.</summary>
    /// <param name="place">The place.</param>
    /// <param name="grid">The grid's name, or null.</param>
    /// <returns>The site.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public static AppointmentSite AtPlace(Place place, string? grid = null)
    {
        ArgumentNullException.ThrowIfNull(place);
        var compound = place.Kind switch
        {
            Organization.PlaceKind.Compound => place.Id,
            Organization.PlaceKind.Building => place.ParentId,
            _ => (PlaceId?)null,
        };
        return new AppointmentSite(place.Position, null, place.Kind, compound, grid, true, PlacesAlwaysExisted);
    }
}
