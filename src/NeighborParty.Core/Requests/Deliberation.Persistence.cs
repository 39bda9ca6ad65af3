namespace NeighborParty.Requests;

/// <content>How a store saves and rebuilds a deliberation.</content>
public sealed partial class Deliberation
{
    /// <inheritdoc />
    public DeliberationSnapshot ToSnapshot() => new(Id, Title, Compound, Venue, ScheduledAt, State, OpenedAt, AdoptedProposal, Decision, DecidedAt, Result, EndedAt,
        [.. _requestLinks], [.. _participants], [.. _agenda], [.. _proposals], [.. _votes], [.. _actions]);

    /// <inheritdoc />
    public static Deliberation FromSnapshot(DeliberationSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var d = new Deliberation(snapshot.Id)
        {
            Title = snapshot.Title, Compound = snapshot.Compound, Venue = snapshot.Venue, ScheduledAt = snapshot.ScheduledAt, State = snapshot.State,
            OpenedAt = snapshot.OpenedAt, AdoptedProposal = snapshot.AdoptedProposal, Decision = snapshot.Decision, DecidedAt = snapshot.DecidedAt,
            Result = snapshot.Result, EndedAt = snapshot.EndedAt,
        };
        d._requestLinks.AddRange(snapshot.Requests);
        d._participants.AddRange(snapshot.Participants);
        d._agenda.AddRange(snapshot.Agenda);
        d._proposals.AddRange(snapshot.Proposals);
        d._votes.AddRange(snapshot.Votes);
        d._actions.AddRange(snapshot.Actions);
        d.RestoreVersion(version);
        return d;
    }
}
