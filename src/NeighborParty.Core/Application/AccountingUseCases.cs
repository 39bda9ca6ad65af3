using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Application;

/// <summary>
/// The activity ledger, the figures and their reports, closing and corrections, compliance and volunteer-hours
/// statements, for an acting <see cref="Actor"/>.
/// </summary>
public sealed class AccountingUseCases
{
    private readonly UseCaseContext _context;
    private readonly ActivityLedger _ledger;
    private readonly AccountingService _accounting;
    private readonly ComplianceService _compliance;
    private readonly IReadRepository<Activity> _activities;

    /// <summary>Initializes a new instance of the <see cref="AccountingUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="ledger">The activity ledger.</param>
    /// <param name="accounting">The accounting service.</param>
    /// <param name="compliance">The compliance service.</param>
    /// <param name="activities">The activities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccountingUseCases(UseCaseContext context, ActivityLedger ledger, AccountingService accounting, ComplianceService compliance, IReadRepository<Activity> activities)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _accounting = accounting ?? throw new ArgumentNullException(nameof(accounting));
        _compliance = compliance ?? throw new ArgumentNullException(nameof(compliance));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
    }

    /// <summary>The activity kinds of the district.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The kinds, by category and key.</returns>
    public async Task<List<ActivityKind>> ActivityKindsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureKindMayAsync(AccessAction.ReadAccounts, cancellationToken);
        return [.. _context.Options.Activities.Kinds.Values.OrderBy(k => k.Category).ThenBy(k => k.Key, StringComparer.Ordinal)];
    }

    /// <summary>The activity ledger of a place's subtree, by day.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="days">The days, or null for all.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many (1–1,000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activities.</returns>
    public async Task<List<Activity>> ActivitiesAsync(Actor actor, PlaceId place, DateInterval? days, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        UseCaseRules.Page(skip, take);
        var scope = await _context.Guard(actor).EnsurePlacePathAsync(AccessAction.ReadAccounts, place, cancellationToken);
        return await _activities.ListAsync(new ActivitiesInScopeSpec(scope, days, skip, take), cancellationToken);
    }

    /// <summary>Records an activity at a place of the actor's scope, organised by a unit the actor can see.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activity.</returns>
    public Task<Activity> RecordActivityAsync(Actor actor, NewActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return _context.RunAsync(actor, async ct =>
        {
            var guard = _context.Guard(actor);
            await guard.EnsurePlaceAsync(AccessAction.RecordActivities, activity.PlaceId, ct);
            if (activity.UnitId is { } unit)
            {
                await guard.EnsureUnitAsync(AccessAction.ReadAccounts, unit, ct);
            }

            return await _ledger.RecordAsync(activity, ct);
        }, cancellationToken);
    }

    /// <summary>The figures of a place over a span, with a row per child.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="place">The place.</param>
    /// <param name="days">The days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public async Task<RollUpReport> ReportAsync(Actor actor, PlaceId place, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        await _context.Guard(actor).EnsurePlacePathAsync(AccessAction.ReadAccounts, place, cancellationToken);
        return await _context.ReportAsync(place, days, ct => _accounting.ReportAsync(place, days, ct), cancellationToken); // counted once a while (ReportCache)
    }

    /// <summary>Closes a place's period that is over.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="place">The place.</param>
    /// <param name="days">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The closing.</returns>
    public Task<PeriodClosing> CloseAsync(Actor actor, PlaceId place, DateInterval days, CancellationToken cancellationToken = default) =>
        _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.CloseAccounts, place, ct);
            return await _accounting.CloseAsync(place, days, ct);
        }, cancellationToken);

    /// <summary>Corrects a figure of a closed period.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="correction">The correction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The correction.</returns>
    public Task<FigureCorrection> CorrectAsync(Actor actor, NewCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return _context.RunAsync(actor, async ct =>
        {
            await _context.Guard(actor).EnsurePlaceAsync(AccessAction.CloseAccounts, correction.PlaceId, ct);
            return await _accounting.CorrectAsync(correction, ct);
        }, cancellationToken);
    }

    /// <summary>Compliance with the regular organisational life of every branch under a unit.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="days">The days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The branches' compliance.</returns>
    public async Task<IReadOnlyList<BranchCompliance>> ComplianceAsync(Actor actor, OrganizationUnitId unit, DateInterval days, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureUnitAsync(AccessAction.ReadAccounts, unit, cancellationToken);
        return await _compliance.AssessAsync(unit, days, cancellationToken);
    }

    /// <summary>A member's volunteer-hours statement (MR-5).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="member">The member.</param>
    /// <param name="days">The days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statement.</returns>
    public async Task<VolunteerHoursStatement> VolunteerHoursAsync(Actor actor, PartyMemberId member, DateInterval days, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureMemberAsync(AccessAction.ReadAccounts, member, cancellationToken);
        return await _ledger.StatementAsync(member, days, cancellationToken);
    }
}
