using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Requests;

/// <summary>The deliberations of the compounds in a place subtree, or about one request, latest first.</summary>
public sealed class DeliberationsSpec : Specification<Deliberation>
{
    /// <summary>Initializes a new instance of the <see cref="DeliberationsSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public DeliberationsSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, d => d.Compound)
            .OrderByDescending(d => d.ScheduledAt).ThenBy(d => d.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="DeliberationsSpec"/> class for the deliberations about one request.</summary>
    /// <param name="request">The request.</param>
    public DeliberationsSpec(RequestId request) =>
        Query.Where(d => d.RequestLinks.Any(r => r.RequestId == request)).OrderByDescending(d => d.ScheduledAt).ThenBy(d => d.Id);
}
