using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The stored state of a <see cref="Deliberation"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="Compound">The compound.</param>
/// <param name="Venue">The venue.</param>
/// <param name="ScheduledAt">When it is scheduled.</param>
/// <param name="State">The state.</param>
/// <param name="OpenedAt">When it opened, or null.</param>
/// <param name="AdoptedProposal">The proposal adopted, or null.</param>
/// <param name="Decision">The decision, or null.</param>
/// <param name="DecidedAt">When it was decided, or null.</param>
/// <param name="Result">The result, or null.</param>
/// <param name="EndedAt">When it ended, or null.</param>
/// <param name="Requests">The requests it deliberates on.</param>
/// <param name="Participants">The participants.</param>
/// <param name="Agenda">The agenda.</param>
/// <param name="Proposals">The proposals.</param>
/// <param name="Votes">The votes.</param>
/// <param name="Actions">The follow-up actions.</param>
public sealed record DeliberationSnapshot(DeliberationId Id, string Title, TreePosition Compound, string Venue, Instant ScheduledAt, DeliberationState State,
    Instant? OpenedAt, int? AdoptedProposal, string? Decision, Instant? DecidedAt, string? Result, Instant? EndedAt, IReadOnlyList<DeliberationRequest> Requests,
    IReadOnlyList<Participant> Participants, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<Proposal> Proposals, IReadOnlyList<Vote> Votes,
    IReadOnlyList<FollowUpAction> Actions);
