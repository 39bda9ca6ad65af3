using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <summary>The appointments whose site lies in a unit subtree or in one of some place subtrees, ordered by site and start.</summary>
public sealed class AppointmentsInScopeSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsInScopeSpec"/> class.</summary>
    /// <param name="unitScope">The unit subtree, or null.</param>
    /// <param name="placeScopes">The place subtrees.</param>
    /// <param name="filter">What to keep, or null for everything.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return; null for all (reports).</param>
    /// <param name="readOnly">Whether the appointments are only read (a store need not track them; never stage them).</param>
    public AppointmentsInScopeSpec(HierarchyPath? unitScope, IReadOnlyList<HierarchyPath> placeScopes, AppointmentFilter? filter = null, int skip = 0, int? take = 100,
        bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(placeScopes);
        if (readOnly)
        {
            Query.AsNoTracking();
        }

        Query.WithinReach(unitScope, placeScopes, Appointment.Positions[0]);
        if (filter?.Role is { } role)
        {
            Query.Where(a => a.RoleKey == role);
        }

        if (filter?.HeldOn is { } day)
        {
            Query.Where(a => a.Start <= day && (a.EndedOn == null ? a.End >= day : a.EndedOn >= day));
        }

        if (filter?.OpenOnly == true)
        {
            Query.Where(a => a.SucceededBy == null);
        }

        // Path order always: pages are stable, and the coverage report walks sites in this order.
        Query.OrderBy(a => a.Location.PathHigh).ThenBy(a => a.Location.PathLow).ThenBy(a => a.RoleKey).ThenBy(a => a.Start).ThenBy(a => a.Id);
        if (take is { } t)
        {
            Query.Skip(skip).Take(t);
        }
    }

}
