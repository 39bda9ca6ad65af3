namespace NeighborParty.CoBuilding;

/// <summary>A commitment of one version: what, how much, when, and by whom. Immutable.</summary>
public sealed class Commitment
{
    /// <summary>Initializes a new instance of the <see cref="Commitment"/> class.</summary>
    /// <param name="version">The version it belongs to.</param>
    /// <param name="position">Its place in the version's list, from 0.</param>
    /// <param name="key">Its key, kept across amendments.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="description">What.</param>
    /// <param name="quantity">How much, or null.</param>
    /// <param name="unit">The unit of the quantity, or null.</param>
    /// <param name="schedule">When, or null.</param>
    /// <param name="partnerId">The partner who commits, or null for the organisation side.</param>
    public Commitment(int version, int position, Guid key, CommitmentKind kind, string description, decimal? quantity, string? unit, string? schedule, PartnerId? partnerId)
    {
        Version = version;
        Position = position;
        Key = key;
        Kind = kind;
        Description = description;
        Quantity = quantity;
        Unit = unit;
        Schedule = schedule;
        PartnerId = partnerId;
    }

    /// <summary>Gets the version it belongs to.</summary>
    public int Version { get; }

    /// <summary>Gets its place in the version's list, from 0 (stores do not keep list order by themselves).</summary>
    public int Position { get; }

    /// <summary>Gets the key, kept when an amendment carries the commitment over (fulfilment is counted by key).</summary>
    public Guid Key { get; }

    /// <summary>Gets the kind.</summary>
    public CommitmentKind Kind { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the quantity promised, where measurable.</summary>
    public decimal? Quantity { get; }

    /// <summary>Gets the unit of the quantity (场次, 元, 人次 …), or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets the schedule (每月一次, 每季度 …), or null.</summary>
    public string? Schedule { get; }

    /// <summary>Gets the partner who commits, or null for the organisation side.</summary>
    public PartnerId? PartnerId { get; }
}
