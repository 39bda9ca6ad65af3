using Ardalis.Specification;

namespace NeighborParty.Activities;

/// <summary>The activities that carry out a project, by day.</summary>
public sealed class ActivitiesOfProjectSpec : Specification<Activity>
{
    /// <summary>Initializes a new instance of the <see cref="ActivitiesOfProjectSpec"/> class.</summary>
    /// <param name="project">The project.</param>
    /// <param name="take">How many to return.</param>
    public ActivitiesOfProjectSpec(ProjectId project, int take = 500)
    {
        var id = project.Value;
        Query.Where(a => a.ProjectId == id).OrderBy(a => a.Day).ThenBy(a => a.Id).Take(take);
    }
}
