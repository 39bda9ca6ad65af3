namespace NeighborParty.Requests;

/// <summary>A typed attribute a category asks for (e.g. the floor of a leak).</summary>
/// <param name="Code">The code (1–64 characters of a-z, 0-9 and '-').</param>
/// <param name="Description">The question, in Chinese and English.</param>
/// <param name="Type">The type.</param>
/// <param name="Required">Whether a request must answer it.</param>
/// <param name="Values">The allowed values of a list type (key → name), or empty.</param>
public sealed record CategoryAttribute(string Code, string Description, AttributeType Type, bool Required = false, IReadOnlyDictionary<string, string>? Values = null);
