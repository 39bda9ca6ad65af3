namespace NeighborParty.Accounting;

/// <summary>One frozen figure of a closed period.</summary>
public sealed class FrozenFigure
{
    /// <summary>Initializes a new instance of the <see cref="FrozenFigure"/> class.</summary>
    /// <param name="figure">The figure's key.</param>
    /// <param name="childPlaceKeyHigh">The child place's high path key, or null for the total.</param>
    /// <param name="childPlaceKeyLow">The child place's low path key, or null for the total.</param>
    /// <param name="value">The value.</param>
    public FrozenFigure(string figure, long? childPlaceKeyHigh, long? childPlaceKeyLow, long value)
    {
        Figure = figure;
        ChildPlaceKeyHigh = childPlaceKeyHigh;
        ChildPlaceKeyLow = childPlaceKeyLow;
        Value = value;
    }

    /// <summary>Gets the figure's key.</summary>
    public string Figure { get; }

    /// <summary>Gets the high key of the child it belongs to, or null for the total.</summary>
    public long? ChildPlaceKeyHigh { get; }

    /// <summary>Gets the low key of the child it belongs to, or null for the total.</summary>
    public long? ChildPlaceKeyLow { get; }

    /// <summary>Gets the value.</summary>
    public long Value { get; }
}
