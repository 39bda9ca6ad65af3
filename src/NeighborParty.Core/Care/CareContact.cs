using NodaTime;

namespace NeighborParty.Care;

/// <summary>One contact with the cared-for resident (探访记录).</summary>
/// <param name="At">When.</param>
/// <param name="GuardianKey">The guardian who made it, or null for someone else (the secretary, a social worker).</param>
/// <param name="By">Who made it.</param>
/// <param name="Mode">How.</param>
/// <param name="Note">What was seen or done.</param>
/// <param name="Concern">Whether the contact raised a concern that needs the branch (CR-4).</param>
public sealed record CareContact(Instant At, int? GuardianKey, string By, ContactMode Mode, string Note, bool Concern);
