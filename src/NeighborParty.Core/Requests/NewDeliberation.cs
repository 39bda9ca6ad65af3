using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A deliberation as convened.</summary>
/// <param name="Title">The matter (1–100 characters).</param>
/// <param name="CompoundId">The compound.</param>
/// <param name="Venue">Where it meets (a channel key, e.g. <c>listening-garden</c>).</param>
/// <param name="ScheduledAt">When.</param>
/// <param name="Requests">The requests it is about (1–20, of the compound).</param>
/// <param name="Participants">Who takes part.</param>
/// <param name="Agenda">The agenda (up to 20 items; the title when empty).</param>
public sealed record NewDeliberation(string Title, PlaceId CompoundId, string Venue, Instant ScheduledAt, IReadOnlyList<RequestId> Requests,
    IReadOnlyList<NewParticipant> Participants, IReadOnlyList<string>? Agenda = null);
