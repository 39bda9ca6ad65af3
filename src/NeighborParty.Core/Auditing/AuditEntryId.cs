namespace NeighborParty.Auditing;

/// <summary>Identifies an <see cref="AuditEntry"/>; time-ordered (a version 7 GUID).</summary>
/// <param name="Value">The GUID.</param>
public readonly record struct AuditEntryId(Guid Value)
{
    /// <summary>Creates an id ordered by <paramref name="at"/>.</summary>
    /// <param name="at">When the change happened.</param>
    /// <returns>The id.</returns>
    public static AuditEntryId New(NodaTime.Instant at) => new(Guid.CreateVersion7(at.ToDateTimeOffset()));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
