using Ardalis.Specification;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Activities;

/// <summary>Records activities in the ledger (活动台账) after checking what they name.</summary>
/// <remarks>A refused activity throws <see cref="RuleViolationException"/> and records nothing.</remarks>
public sealed class ActivityLedger
{
    /// <summary>An unknown kind of activity.</summary>
    public const string UnknownKind = "NP-ACT-001";

    /// <summary>A place, unit, member, partner or link that does not exist or does not fit.</summary>
    public const string WrongReference = "NP-ACT-002";

    /// <summary>An impossible time, count or number of hours.</summary>
    public const string ImpossibleValue = "NP-ACT-003";

    private readonly IUnitOfWork _work;
    private readonly IRepository<Activity> _activities;
    private readonly IReadRepository<Place> _places;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<PartyMember> _members;
    private readonly IReadRepository<Partner> _partners;
    private readonly Accounting.PeriodGuard _periods;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="ActivityLedger"/> class.</summary>
    /// <param name="activities">The activity repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="members">The member repository.</param>
    /// <param name="partners">The partner repository.</param>
    /// <param name="periods">Refuses activities on a day of a closed period.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActivityLedger(IRepository<Activity> activities, IReadRepository<Place> places, IReadRepository<OrganizationUnit> units, IReadRepository<PartyMember> members,
        IReadRepository<Partner> partners, Accounting.PeriodGuard periods, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _periods = periods ?? throw new ArgumentNullException(nameof(periods));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _members = members ?? throw new ArgumentNullException(nameof(members));
        _partners = partners ?? throw new ArgumentNullException(nameof(partners));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Records an activity.</summary>
    /// <param name="request">The activity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown kind (<c>NP-ACT-001</c>), reference (<c>NP-ACT-002</c>) or an impossible value (<c>NP-ACT-003</c>); a day of a closed period (<c>NP-ACC-002</c>).</exception>
    public Task<Activity> RecordAsync(NewActivity request, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<Activity>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var activity = await CheckAsync(request, cancellationToken);
            _activities.Add(activity);
            return activity;
        }, cancellationToken);

    /// <summary>
    /// A member's volunteer-hours statement (MR-5): every activity that lists the member within the days, with the hours,
    /// addressed to the organisation holding the member's relationship, so that a community can report an in-service
    /// member's service back to the work unit's branch ("工作在单位、服务在社区").
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="days">The days (at most ten years).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="RuleViolationException">No such member (<c>NP-ACT-002</c>), or a span too long (<c>NP-ACT-003</c>).</exception>
    public async Task<VolunteerHoursStatement> StatementAsync(PartyMemberId memberId, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (Period.Between(days.Start, days.End, PeriodUnits.Days).Days > 3700)
        {
            throw Fail(ImpossibleValue, "A statement spans at most ten years.", "证明期间最长十年。", "to");
        }

        var member = await _members.GetByIdAsync(memberId, cancellationToken)
            ?? throw Fail(WrongReference, $"No member {memberId}.", $"没有编号为 {memberId} 的党员。", "memberId", RuleViolationKind.NotFound);
        var activities = await _activities.ListAsync(new ActivitiesOfMemberSpec(memberId, days), cancellationToken);
        var placeIds = activities.Select(a => a.PlaceId).Distinct().ToList();
        var places = placeIds.Count == 0 ? [] : (await _places.ListAsync(new PlacesByIdSpec(placeIds), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var holder = member.ExternalOrganization
            ?? (member.UnitId is { } unit ? (await _units.GetByIdAsync(unit, cancellationToken))?.Name : null);
        var lines = activities.Select(a => new VolunteerHoursLine(a.Id, a.Day, a.Title, _options.Activities.Kinds.TryGetValue(a.Kind, out var k) ? k.NameZh : a.Kind,
            places.GetValueOrDefault(a.PlaceId) ?? string.Empty, a.Members.First(m => m.MemberId == memberId).Hours)).ToList();
        return new VolunteerHoursStatement(member.Id, member.Name, member.Category, holder, days.Start, days.End, lines, lines.Sum(l => l.Hours));
    }

    /// <summary>Checks an activity and builds it without storing it (for recording inside another unit of work).</summary>
    /// <param name="request">The activity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The activity, not yet stored.</returns>
    internal async Task<Activity> CheckAsync(NewActivity request, CancellationToken cancellationToken)
    {
        var place = await _places.GetByIdAsync(request.PlaceId, cancellationToken)
            ?? throw Fail(WrongReference, $"No place {request.PlaceId}.", $"没有编号为 {request.PlaceId} 的地点。", "placeId", RuleViolationKind.NotFound);
        var unit = request.UnitId is { } unitId ? await _units.GetByIdAsync(unitId, cancellationToken) : null;
        var activity = Activity.Record(ActivityId.New(), request, _options.Activities, unit, place, _clock.GetCurrentInstant());
        var members = request.Members ?? [];
        if (members.Count > 0)
        {
            var ids = members.Select(m => m.Member).ToList();
            var found = await _members.ListAsync(new NeighborParty.Stewards.MembersByIdSpec(ids), cancellationToken);
            if (found.Count != ids.Count)
            {
                throw Fail(WrongReference, "A listed member is not in the ledger.", "所列党员不在台账中。", "members", RuleViolationKind.NotFound);
            }
        }

        foreach (var partner in activity.Partners)
        {
            if (await _partners.GetByIdAsync(partner.PartnerId, cancellationToken) is null)
            {
                throw Fail(WrongReference, $"No partner {partner.PartnerId}.", $"没有编号为 {partner.PartnerId} 的共建单位。", "partners", RuleViolationKind.NotFound);
            }
        }

        await _periods.EnsureOpenAsync(place.Path, request.StartsAt.Date, cancellationToken); // a closed period is corrected, never added to
        return activity;
    }

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
