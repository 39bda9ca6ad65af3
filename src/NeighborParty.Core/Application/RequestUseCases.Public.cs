using NeighborParty.Requests;

namespace NeighborParty.Application;

/// <content>The public face of the requests: what anyone may read, with no actor (the Open311 list, a public board).</content>
public sealed partial class RequestUseCases
{
    /// <summary>
    /// The public requests matching a search, newest first, one page: the requests projected, then the names of their
    /// places (remembered ones from the actor-scope cache, the others in a second query), never the aggregates. Only requests marked public are read, whatever the search says,
    /// and nothing names who raised them, so no actor is needed.
    /// </summary>
    /// <param name="search">Categories, status, dates or ids.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests, with their compound's and building's names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="search"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative.</exception>
    /// <exception cref="Common.RuleViolationException">A page size out of range.</exception>
    public async Task<List<PublicRequest>> PublicAsync(RequestSearch search, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        UseCaseRules.Page(0, take);
        var found = await _requests.ListAsync(new PublicRequestsSpec(search, skip, take), cancellationToken);
        if (found.Count == 0)
        {
            return found;
        }

        var ids = found.Select(r => r.CompoundId).Concat(found.Where(r => r.BuildingId is not null).Select(r => r.BuildingId!.Value));
        var names = await _context.PlaceNamesAsync(ids, cancellationToken); // remembered names, the rest in one query
        return found.ConvertAll(r => r with
        {
            CompoundName = names.GetValueOrDefault(r.CompoundId),
            BuildingName = r.BuildingId is { } b ? names.GetValueOrDefault(b) : null,
        });
    }
}
