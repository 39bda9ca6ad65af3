using NodaTime;

namespace NeighborParty.Care;

/// <summary>An action the branch or community takes on a case (CR-5): medical help, relief, a care-home place, ….</summary>
/// <param name="Key">The action's number within the record (1, 2, …).</param>
/// <param name="Level">Who took it on.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="OpenedAt">When it was taken on.</param>
/// <param name="DoneAt">When it was done, or null while open.</param>
/// <param name="Outcome">What came of it, or null while open.</param>
public sealed record CareAction(int Key, EscalationLevel Level, CareActionKind Kind, string Description, Instant OpenedAt, Instant? DoneAt, string? Outcome)
{
    /// <summary>Gets a value indicating whether the action is still open.</summary>
    public bool IsOpen => DoneAt is null;
}
