using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A search over requests; every part is optional and the parts combine with "and".</summary>
/// <param name="Scope">Only compounds in this place subtree, or null for everywhere.</param>
/// <param name="Ids">Only these requests, or null.</param>
/// <param name="Categories">Only these categories, or null.</param>
/// <param name="ReceivedFrom">Only requests received at or after this instant, or null.</param>
/// <param name="ReceivedBefore">Only requests received before this instant, or null.</param>
/// <param name="Status">Open, closed, or any.</param>
/// <param name="PublicOnly">Only requests marked public.</param>
/// <param name="VisibleTo">Only requests public or raised by this resident, or null.</param>
/// <param name="OverdueAt">Only requests open past their time limit at this instant, or null.</param>
public sealed record RequestSearch(HierarchyPath? Scope = null, IReadOnlyCollection<RequestId>? Ids = null, IReadOnlyCollection<string>? Categories = null,
    Instant? ReceivedFrom = null, Instant? ReceivedBefore = null, RequestStatusFilter Status = RequestStatusFilter.Any, bool PublicOnly = false,
    Membership.ResidentId? VisibleTo = null, Instant? OverdueAt = null);
