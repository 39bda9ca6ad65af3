using NeighborParty.Requests;

namespace NeighborParty.Activities;

/// <summary>A request a project answers.</summary>
public sealed class ProjectRequest
{
    /// <summary>Initializes a new instance of the <see cref="ProjectRequest"/> class.</summary>
    /// <param name="requestId">The request.</param>
    public ProjectRequest(RequestId requestId) => RequestId = requestId;

    /// <summary>Gets the request.</summary>
    public RequestId RequestId { get; }
}
