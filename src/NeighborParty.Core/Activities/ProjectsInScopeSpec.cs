using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.Activities;

/// <summary>The projects of a place subtree, latest planned first.</summary>
public sealed class ProjectsInScopeSpec : Specification<Project>
{
    /// <summary>Initializes a new instance of the <see cref="ProjectsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public ProjectsInScopeSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, p => p.Place)
            .OrderByDescending(p => p.PlannedOn).ThenBy(p => p.Id).Skip(skip).Take(take);
    }
}
