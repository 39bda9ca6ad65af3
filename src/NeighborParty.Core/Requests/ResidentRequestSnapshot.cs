using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The stored state of a <see cref="ResidentRequest"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Category">The category's key.</param>
/// <param name="Channel">The channel's key.</param>
/// <param name="ResidentId">The resident who raised it, or null.</param>
/// <param name="Compound">The compound.</param>
/// <param name="BuildingId">The building, or null.</param>
/// <param name="Latitude">The latitude, or null.</param>
/// <param name="Longitude">The longitude, or null.</param>
/// <param name="Description">The description.</param>
/// <param name="IsPublic">Whether others than the resident may see it.</param>
/// <param name="State">The state.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="DueAt">When it must be resolved by.</param>
/// <param name="AssigneeKind">Who it is assigned to, or null.</param>
/// <param name="AssigneeId">The assignee's id, or null.</param>
/// <param name="AssigneeName">The assignee's name, or null.</param>
/// <param name="DuplicateOf">The request it duplicates, or null.</param>
/// <param name="Outcome">The latest outcome, or null.</param>
/// <param name="Rating">The rating, or null.</param>
/// <param name="RatingComment">The comment with the rating, or null.</param>
/// <param name="FirstResolvedAt">When it was first resolved, or null.</param>
/// <param name="UpdatedAt">When it last changed state.</param>
/// <param name="ReopenCount">How often it was reopened.</param>
/// <param name="Transitions">The transitions.</param>
/// <param name="Media">The media links.</param>
/// <param name="Attributes">The answers to the category's attributes.</param>
public sealed record ResidentRequestSnapshot(RequestId Id, string Category, string Channel, ResidentId? ResidentId, TreePosition Compound, PlaceId? BuildingId,
    double? Latitude, double? Longitude, string Description, bool IsPublic, RequestState State, Instant ReceivedAt, Instant DueAt, AssigneeKind? AssigneeKind,
    Guid? AssigneeId, string? AssigneeName, RequestId? DuplicateOf, string? Outcome, int? Rating, string? RatingComment, Instant? FirstResolvedAt, Instant UpdatedAt,
    int ReopenCount, IReadOnlyList<RequestTransition> Transitions, IReadOnlyList<RequestMedia> Media, IReadOnlyList<RequestAttributeValue> Attributes);
