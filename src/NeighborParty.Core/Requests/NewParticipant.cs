namespace NeighborParty.Requests;

/// <summary>A participant as invited.</summary>
/// <param name="Party">The party they speak for.</param>
/// <param name="Name">Their name (1–100 characters).</param>
/// <param name="ReferenceId">The member, resident or partner id, or null.</param>
/// <param name="Votes">Whether they vote; null means every party but <see cref="ParticipantParty.Other"/> votes.</param>
public sealed record NewParticipant(ParticipantParty Party, string Name, Guid? ReferenceId = null, bool? Votes = null);
