using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>Something delivered against a commitment. Immutable.</summary>
public sealed class Fulfilment
{
    /// <summary>Initializes a new instance of the <see cref="Fulfilment"/> class.</summary>
    /// <param name="commitmentKey">The commitment's key.</param>
    /// <param name="quantity">How much.</param>
    /// <param name="day">The day.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceId">The order or activity, or null.</param>
    /// <param name="note">A note, or null.</param>
    public Fulfilment(Guid commitmentKey, decimal quantity, LocalDate day, FulfilmentSource source, Guid? sourceId, string? note)
    {
        CommitmentKey = commitmentKey;
        Quantity = quantity;
        Day = day;
        Source = source;
        SourceId = sourceId;
        Note = note;
    }

    /// <summary>Gets the commitment's key.</summary>
    public Guid CommitmentKey { get; }

    /// <summary>Gets how much.</summary>
    public decimal Quantity { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Day { get; }

    /// <summary>Gets where it comes from.</summary>
    public FulfilmentSource Source { get; }

    /// <summary>Gets the order or activity, or null.</summary>
    public Guid? SourceId { get; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; }
}
