using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>Every appointment (any role, any term) at one unit, or at one place and grid: what the seat checks look at.</summary>
public sealed class AppointmentsAtSiteSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsAtSiteSpec"/> class for a unit.</summary>
    /// <param name="unitId">The unit.</param>
    public AppointmentsAtSiteSpec(OrganizationUnitId unitId)
    {
        var id = unitId.Value;
        Query.Where(a => a.Location.Tree == TreeKind.Unit && a.Location.NodeId == id);
    }

    /// <summary>Initializes a new instance of the <see cref="AppointmentsAtSiteSpec"/> class for a place.</summary>
    /// <param name="placeId">The compound or building.</param>
    public AppointmentsAtSiteSpec(PlaceId placeId)
    {
        var id = placeId.Value;
        Query.Where(a => a.Location.Tree == TreeKind.Place && a.Location.NodeId == id);
    }

    /// <summary>Initializes a new instance of the <see cref="AppointmentsAtSiteSpec"/> class for a site's node.</summary>
    /// <param name="site">The unit, compound or building (<see cref="Appointment.Location"/>).</param>
    public AppointmentsAtSiteSpec(TreePosition site)
    {
        var tree = site.Tree;
        var id = site.NodeId;
        Query.Where(a => a.Location.Tree == tree && a.Location.NodeId == id);
    }
}
