using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The owners' committee (业委会) and property management of each compound: recorded, replaced, read.</summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing. Each call is one unit of work.</remarks>
public sealed class GovernanceService
{
    private readonly IUnitOfWork _work;
    private readonly IRepository<CompoundGovernance> _governance;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<Resident> _residents;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="GovernanceService"/> class.</summary>
    /// <param name="governance">The governance repository.</param>
    /// <param name="members">The member repository.</param>
    /// <param name="residents">The resident repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GovernanceService(IRepository<CompoundGovernance> governance, IReadRepository<PartyMember> members, IReadRepository<Resident> residents,
        IReadRepository<Place> places, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _governance = governance ?? throw new ArgumentNullException(nameof(governance));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _residents = residents ?? throw new ArgumentNullException(nameof(residents));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Records the owners' committee (业委会) and property management of a compound, replacing what was recorded.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="details">What to record.</param>
    /// <param name="expectedVersion">The version the caller read (If-Match), or null (also for the first record).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not a compound (<c>NP-STW-002</c>), an unknown member or a resident of another compound, or a refused field (<c>NP-GOV-001</c>).</exception>
    public Task<CompoundGovernance> SetGovernanceAsync(PlaceId compound, CompoundGovernanceDetails details, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return _work.ExecuteAsync<CompoundGovernance>(async ct =>
        {
            var place = await StewardLookups.CompoundAsync(_places, compound, _options.Schema, ct);
            await CheckLinksAsync(details.OwnersCommittee, place, ct);
            var record = await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), ct);
            if (record is not null)
            {
                record.EnsureVersion(expectedVersion, "governance");
            }
            else if (expectedVersion is { } expected && expected != 0)
            {
                // Nothing recorded yet is version 0; a client that read something else is behind.
                throw new RuleViolationException(ConcurrencyRules.StaleVersion("governance", expected, 0));
            }

            var isNew = record is null;
            record ??= CompoundGovernance.For(CompoundGovernanceId.New(), place, _options.Schema);
            record.Record(details, _options.Stewards, _clock.Today(_options), _clock.GetCurrentInstant());
            if (isNew)
            {
                _governance.Add(record);
            }
            else
            {
                _governance.Update(record);
            }

            return record;
        }, cancellationToken);
    }

    /// <summary>Returns the governance record of a compound, or null when none is recorded.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record, or null.</returns>
    /// <exception cref="RuleViolationException">Not a compound.</exception>
    public async Task<CompoundGovernance?> GetGovernanceAsync(PlaceId compound, CancellationToken cancellationToken = default)
    {
        await StewardLookups.CompoundAsync(_places, compound, _options.Schema, cancellationToken);
        return await _governance.FirstOrDefaultAsync(new GovernanceOfCompoundSpec(compound), cancellationToken);
    }

    private async Task CheckLinksAsync(OwnersCommitteeDetails? committee, Place compound, CancellationToken cancellationToken)
    {
        var seats = committee?.Seats ?? [];
        for (var i = 0; i < seats.Count; i++)
        {
            if (seats[i]?.MemberId is { } m && await _members.GetByIdAsync(m, cancellationToken) is null)
            {
                throw StewardRules.Fail(StewardRules.Governance, $"No member {m}.", $"没有编号为 {m} 的党员。", $"ownersCommittee.seats[{i}].memberId");
            }

            if (seats[i]?.ResidentId is { } r && (await _residents.GetByIdAsync(r, cancellationToken))?.CompoundId != compound.Id)
            {
                throw StewardRules.Fail(StewardRules.Governance, $"No resident {r} of {compound.Name}.", $"{compound.Name}没有编号为 {r} 的居民。", $"ownersCommittee.seats[{i}].residentId");
            }
        }
    }
}
