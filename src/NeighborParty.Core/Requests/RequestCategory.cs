using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A category of residents' requests (a service in Open311).</summary>
/// <param name="Key">The key (the Open311 <c>service_code</c>).</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="TimeLimit">How long it may take from receipt to resolution before it is overdue.</param>
/// <param name="Attributes">The attributes it asks for.</param>
public sealed record RequestCategory(string Key, string NameZh, string Name, Duration TimeLimit, IReadOnlyList<CategoryAttribute>? Attributes = null);
