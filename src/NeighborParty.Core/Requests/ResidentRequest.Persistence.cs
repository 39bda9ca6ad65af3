namespace NeighborParty.Requests;

/// <content>How a store saves and rebuilds a request.</content>
public sealed partial class ResidentRequest
{
    /// <inheritdoc />
    public ResidentRequestSnapshot ToSnapshot() => new(Id, Category, Channel, ResidentId, Compound, BuildingId, Latitude, Longitude, Description, IsPublic, State,
        ReceivedAt, DueAt, AssigneeKind, AssigneeId, AssigneeName, DuplicateOf, Outcome, Rating, RatingComment, FirstResolvedAt, UpdatedAt, ReopenCount,
        [.. _transitions], [.. _media], [.. _attributes]);

    /// <inheritdoc />
    public static ResidentRequest FromSnapshot(ResidentRequestSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var request = new ResidentRequest(snapshot.Id)
        {
            Category = snapshot.Category, Channel = snapshot.Channel, ResidentId = snapshot.ResidentId, Compound = snapshot.Compound, BuildingId = snapshot.BuildingId,
            Latitude = snapshot.Latitude, Longitude = snapshot.Longitude, Description = snapshot.Description, IsPublic = snapshot.IsPublic, State = snapshot.State,
            ReceivedAt = snapshot.ReceivedAt, DueAt = snapshot.DueAt, AssigneeKind = snapshot.AssigneeKind, AssigneeId = snapshot.AssigneeId,
            AssigneeName = snapshot.AssigneeName, DuplicateOf = snapshot.DuplicateOf, Outcome = snapshot.Outcome, Rating = snapshot.Rating,
            RatingComment = snapshot.RatingComment, FirstResolvedAt = snapshot.FirstResolvedAt, UpdatedAt = snapshot.UpdatedAt, ReopenCount = snapshot.ReopenCount,
        };
        request._transitions.AddRange(snapshot.Transitions);
        request._media.AddRange(snapshot.Media);
        request._attributes.AddRange(snapshot.Attributes);
        request.RestoreVersion(version);
        return request;
    }
}
