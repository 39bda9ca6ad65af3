using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>A party's signature on one version. Immutable.</summary>
public sealed class Signature
{
    /// <summary>Initializes a new instance of the <see cref="Signature"/> class.</summary>
    /// <param name="version">The version signed.</param>
    /// <param name="partnerId">The partner who signed, or null for the organisation side.</param>
    /// <param name="signer">Who signed for the party.</param>
    /// <param name="signedAt">When.</param>
    public Signature(int version, PartnerId? partnerId, string signer, Instant signedAt)
    {
        Version = version;
        PartnerId = partnerId;
        Signer = signer;
        SignedAt = signedAt;
    }

    /// <summary>Gets the version signed.</summary>
    public int Version { get; }

    /// <summary>Gets the partner who signed, or null for the organisation side.</summary>
    public PartnerId? PartnerId { get; }

    /// <summary>Gets who signed for the party.</summary>
    public string Signer { get; }

    /// <summary>Gets when.</summary>
    public Instant SignedAt { get; }
}
