namespace NeighborParty.Care;

/// <summary>A care record as an actor may see it: with today's alert and the resident's name; sensitive details only when <see cref="Personal"/>.</summary>
/// <param name="Record">The record.</param>
/// <param name="Alert">Today's alert (CR-3, CR-4).</param>
/// <param name="ResidentName">The resident's name.</param>
/// <param name="Personal">Whether the actor may see the circumstances and the consent in full (CR-6).</param>
public sealed record CareView(CareRecord Record, CareAlert Alert, string ResidentName, bool Personal);
