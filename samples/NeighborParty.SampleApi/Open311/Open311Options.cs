namespace NeighborParty.SampleApi.Open311;

/// <summary>Settings of the Open311 GeoReport v2 face (section <c>Open311</c> of the configuration).</summary>
public sealed class Open311Options
{
    /// <summary>Gets or sets the jurisdiction this endpoint serves (clients may send it as <c>jurisdiction_id</c>).</summary>
    public string JurisdictionId { get; set; } = "yanping.nanping.fj.cn";

    /// <summary>Gets or sets the contact shown in the discovery document.</summary>
    public string Contact { get; set; } = "延平区委组织部 / Yanping District Organisation Department";

    /// <summary>Gets or sets where a client asks for an API key (the discovery document's <c>key_service</c>).</summary>
    public string KeyService { get; set; } = "Ask the district's party-affairs office for a key bound to your channel.";

    /// <summary>Gets or sets the changeset (when the service list last changed), ISO 8601 with an offset.</summary>
    public string Changeset { get; set; } = "2026-11-27T00:00:00+08:00";

    /// <summary>Gets the API keys: each is bound to a channel (and optionally to a compound), and stamped as the actor of what it submits.</summary>
    public List<Open311Key> Keys { get; } = [];
}

/// <summary>One API key of the Open311 face. Only the key's SHA-256 is configured, never the key itself.</summary>
public sealed class Open311Key
{
    /// <summary>Gets or sets a label (a channel or a partner, e.g. <c>豫轩里门口驿站</c>); requests it submits are stamped <c>open311:label</c>.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Gets or sets the SHA-256 of the key, in hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Gets or sets the channel its requests come through (a key of the request policy's channels); default <c>open311</c>.</summary>
    public string Channel { get; set; } = "open311";

    /// <summary>Gets or sets the compound (by name) a key placed in one compound reports for: then <c>lat</c>/<c>long</c> alone locate a request. Optional.</summary>
    public string? Compound { get; set; }
}
