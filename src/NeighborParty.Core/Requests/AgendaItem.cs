namespace NeighborParty.Requests;

/// <summary>An agenda item.</summary>
public sealed class AgendaItem
{
    /// <summary>Initializes a new instance of the <see cref="AgendaItem"/> class.</summary>
    /// <param name="number">Its number, from 1.</param>
    /// <param name="text">The item.</param>
    public AgendaItem(int number, string text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>Gets the number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the item.</summary>
    public string Text { get; }
}
