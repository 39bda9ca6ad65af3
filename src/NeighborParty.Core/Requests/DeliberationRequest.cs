namespace NeighborParty.Requests;

/// <summary>A request a deliberation is about.</summary>
public sealed class DeliberationRequest
{
    /// <summary>Initializes a new instance of the <see cref="DeliberationRequest"/> class.</summary>
    /// <param name="requestId">The request.</param>
    public DeliberationRequest(RequestId requestId) => RequestId = requestId;

    /// <summary>Gets the request.</summary>
    public RequestId RequestId { get; }
}
