namespace NeighborParty.Application;

/// <summary>A result with whether the acting actor may see the personal data in it (phones, ID numbers) in full.</summary>
/// <typeparam name="T">The result.</typeparam>
/// <param name="Value">The result.</param>
/// <param name="PersonalData">Whether personal data may be shown in full.</param>
public sealed record Revealed<T>(T Value, bool PersonalData);
