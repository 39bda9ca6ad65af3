using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Branch-formation assessments and sweeps (BR-1…BR-7), for an acting <see cref="Actor"/>.</summary>
public sealed class FormationUseCases
{
    private readonly UseCaseContext _context;
    private readonly FormationService _formation;

    /// <summary>Initializes a new instance of the <see cref="FormationUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="formation">The formation service.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FormationUseCases(UseCaseContext context, FormationService formation)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _formation = formation ?? throw new ArgumentNullException(nameof(formation));
    }

    /// <summary>Assesses a compound (its branch if it has one).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assessment.</returns>
    public async Task<FormationAssessment> AssessCompoundAsync(Actor actor, PlaceId compound, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadFormation, compound, cancellationToken);
        return await _formation.AssessCompoundAsync(compound, cancellationToken);
    }

    /// <summary>Assesses neighbouring compounds as a proposed joint branch (BR-3).</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="compounds">The compounds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assessment.</returns>
    public async Task<FormationAssessment> AssessCompoundsAsync(Actor actor, IReadOnlyCollection<PlaceId> compounds, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlacesAsync(AccessAction.ReadFormation, compounds, cancellationToken);
        return await _formation.AssessCompoundsAsync(compounds, cancellationToken);
    }

    /// <summary>Assesses an existing compound-level branch.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="branch">The branch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The assessment.</returns>
    public async Task<FormationAssessment> AssessBranchAsync(Actor actor, OrganizationUnitId branch, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsureUnitAsync(AccessAction.ReadFormation, branch, cancellationToken);
        return await _formation.AssessBranchAsync(branch, cancellationToken);
    }

    /// <summary>Sweeps a district, street or community.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="scope">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sweep.</returns>
    public async Task<FormationSweep> SweepAsync(Actor actor, PlaceId scope, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadFormation, scope, cancellationToken);
        return await _context.ReportOfTodayAsync("sweep", scope, ct => _formation.SweepAsync(scope, ct), cancellationToken); // made once a while (ReportCache)
    }

    /// <summary>
    /// Sweeps a place and sums what to act on by level: how many compounds or branches of each list lie under each
    /// child place (a province's sweep in a few kilobytes, to drill down a level at a time; the items come from
    /// <see cref="SweepAsync"/> a list at a time).
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="scope">The place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    public async Task<ReportSummary> SweepSummaryAsync(Actor actor, PlaceId scope, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ReadFormation, scope, cancellationToken);
        return await _context.ReportOfTodayAsync("sweep-summary", scope, ct => SummaryAsync(scope, ct), cancellationToken); // made once a while (ReportCache)
    }

    private async Task<ReportSummary> SummaryAsync(PlaceId scope, CancellationToken cancellationToken)
    {
        var (sweep, place, paths) = await _formation.SweepWithPathsAsync(scope, cancellationToken);
        IEnumerable<HierarchyPath?> Paths(IReadOnlyList<FormationSweepItem> items) => items.Select(i => paths.TryGetValue(i.Id, out var p) ? p : (HierarchyPath?)null);
        return ReportSummaries.Of(place, await _context.ChildPlacesAsync(place.Id, cancellationToken),
        [
            ("shouldFormBranch", Paths(sweep.ShouldFormBranch)), ("shouldJoinJointBranch", Paths(sweep.ShouldJoinJointBranch)),
            ("noLongerMeetConditions", Paths(sweep.NoLongerMeetConditions)), ("committeeRequired", Paths(sweep.CommitteeRequired)),
            ("shouldDivideIntoGroups", Paths(sweep.ShouldDivideIntoGroups)), ("tooLarge", Paths(sweep.TooLarge)),
        ]);
    }
}
