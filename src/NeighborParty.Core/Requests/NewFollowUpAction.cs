using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A follow-up action as assigned.</summary>
/// <param name="Description">What is to be done (1–100 characters).</param>
/// <param name="AssigneeKind">Which party does it.</param>
/// <param name="Assignee">Who (1–100 characters).</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="RequestId">The request it answers, or null.</param>
public sealed record NewFollowUpAction(string Description, AssigneeKind AssigneeKind, string Assignee, LocalDate DueOn, RequestId? RequestId = null);
