namespace NeighborParty.Requests;

/// <summary>A media link of a request.</summary>
public sealed class RequestMedia
{
    /// <summary>Initializes a new instance of the <see cref="RequestMedia"/> class.</summary>
    /// <param name="url">The link.</param>
    public RequestMedia(string url) => Url = url;

    /// <summary>Gets the absolute http(s) link.</summary>
    public string Url { get; }
}
