using System.Globalization;
using System.Text;
using NeighborParty.Activities;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>
/// The district report (核算): any place's figures for any span of days, summed over its subtree with a row per child;
/// closing a period (its figures frozen) and correcting a closed one (an adjusting entry, never an edit).
/// </summary>
/// <remarks>A refused operation throws <see cref="RuleViolationException"/> and changes nothing.</remarks>
public sealed class AccountingService
{
    /// <summary>An unknown place or figure, or a span that is empty or longer than ten years.</summary>
    public const string BadQuery = "NP-ACC-001";

    /// <summary>Closing a period that is not over yet, or one overlapping a period already closed at the place.</summary>
    public const string CannotClose = "NP-ACC-003";

    /// <summary>A correction to a day that no closed period covers (record the activity or project itself instead), or a zero change.</summary>
    public const string NotCorrectable = "NP-ACC-004";

    private readonly IUnitOfWork _work;
    private readonly IRollUpSource _source;
    private readonly IRepository<PeriodClosing> _closings;
    private readonly IRepository<FigureCorrection> _corrections;
    private readonly IReadRepository<Place> _places;
    private readonly PeriodGuard _guard;
    private readonly IActorAccessor _actors;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="AccountingService"/> class.</summary>
    /// <param name="source">Where the roll-up runs (SQL, or one pass in memory).</param>
    /// <param name="closings">The closed periods.</param>
    /// <param name="corrections">The corrections.</param>
    /// <param name="places">The places.</param>
    /// <param name="guard">The closed-period guard.</param>
    /// <param name="actors">Who acts.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccountingService(IRollUpSource source, IRepository<PeriodClosing> closings, IRepository<FigureCorrection> corrections, IReadRepository<Place> places, PeriodGuard guard,
        IActorAccessor actors, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _closings = closings ?? throw new ArgumentNullException(nameof(closings));
        _corrections = corrections ?? throw new ArgumentNullException(nameof(corrections));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _guard = guard ?? throw new ArgumentNullException(nameof(guard));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private LocalDate Today => _clock.Today(_options);

    /// <summary>Builds the query a roll-up source answers for a place and days.</summary>
    /// <param name="node">The place's path.</param>
    /// <param name="days">The days.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public RollUpQuery QueryFor(HierarchyPath node, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var kinds = _options.Activities.Kinds.Values;
        IReadOnlyList<string> Of(ActivityCategory category) => [.. kinds.Where(k => k.Category == category).Select(k => k.Key).Order(StringComparer.Ordinal)];
        return new RollUpQuery(node, days, days.Start.AtStartOfDayInZone(_options.TimeZone).ToInstant(), days.End.PlusDays(1).AtStartOfDayInZone(_options.TimeZone).ToInstant(),
            _options.Schema.BranchLevels, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                [Figures.CoLearningEvents] = Of(ActivityCategory.CoLearning),
                [Figures.VolunteerServices] = Of(ActivityCategory.VolunteerService),
                [Figures.OrganisationalLife] = Of(ActivityCategory.OrganisationalLife),
                [Figures.NeighbourhoodEvents] = Of(ActivityCategory.NeighbourhoodEvent),
                [Figures.ServiceDeliveries] = Of(ActivityCategory.ServiceDelivery),
            });
    }

    /// <summary>The report of a place over days: a closed period's frozen figures, otherwise counted now; plus the corrections attributed to its days.</summary>
    /// <param name="placeId">The place.</param>
    /// <param name="days">The days (a month, quarter, year or any span up to ten years).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The report with a row per child place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown place or a span too long (<c>NP-ACC-001</c>).</exception>
    public async Task<RollUpReport> ReportAsync(PlaceId placeId, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var place = await PlaceAsync(placeId, cancellationToken);
        AccountingRules.CheckSpan(days);
        var closing = (await _closings.ListAsync(new ClosingsOnPathSpec(place.Path), cancellationToken))
            .FirstOrDefault(c => c.PlaceId == place.Id && c.From == days.Start && c.To == days.End);
        var counts = closing?.ToCounts() ?? await _source.CountAsync(QueryFor(place.Path, days), cancellationToken);
        var corrections = await _corrections.ListAsync(new CorrectionsSpec(place.Path, days), cancellationToken);
        var children = await _places.ListAsync(new ChildPlacesSpec(place.Id), cancellationToken);
        return RollUpReport.Build(place, children, days, counts, corrections, closing, _options.Schema);
    }

    /// <summary>Closes a period of a place that is over: its figures are frozen as they stand now.</summary>
    /// <param name="placeId">The place.</param>
    /// <param name="days">The period (ended before today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The closing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown place (<c>NP-ACC-001</c>); a period not over or overlapping one closed at the place (<c>NP-ACC-003</c>).</exception>
    public Task<PeriodClosing> CloseAsync(PlaceId placeId, DateInterval days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        return _work.ExecuteAsync<PeriodClosing>(async ct =>
        {
            var place = await PlaceAsync(placeId, ct);
            var closedHere = await _closings.ListAsync(new ClosingsOnPathSpec(place.Path), ct);
            PeriodClosing.EnsureClosable(place, days, closedHere, Today); // before counting, which is the expensive part
            var counts = await _source.CountAsync(QueryFor(place.Path, days), ct);
            var closing = PeriodClosing.Close(PeriodClosingId.New(), place, days, counts, closedHere, UnitOfWork.WhoActs(_work, _actors).Id, Today, _clock.GetCurrentInstant());
            _closings.Add(closing);
            return closing;
        }, cancellationToken);
    }

    /// <summary>Corrects a figure of a closed period: an adjusting entry recorded today, attributed to the closed day.</summary>
    /// <param name="correction">What, where, by how much, for which day, why.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The correction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="correction"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown figure or place (<c>NP-ACC-001</c>); a day no closed period covers, or a zero change (<c>NP-ACC-004</c>).</exception>
    public Task<FigureCorrection> CorrectAsync(NewCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return _work.ExecuteAsync<FigureCorrection>(async ct =>
        {
            var place = await PlaceAsync(correction.PlaceId, ct);
            var covering = await _guard.FindAsync(place.Path, correction.AttributedTo, ct);
            var item = FigureCorrection.Record(CorrectionId.New(), correction, place, covering, UnitOfWork.WhoActs(_work, _actors).Id, Today, _clock.GetCurrentInstant());
            _corrections.Add(item);
            return item;
        }, cancellationToken);
    }

    /// <summary>Writes a report as CSV (UTF-8 with a byte-order mark, for spreadsheet programs): a row per figure, a column for the total and one per child.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToCsv(RollUpReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static string Cell(string text)
        {
            text = TextRules.ForSpreadsheet(text); // never a formula in a spreadsheet
            return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        }

        var csv = new StringBuilder();
        csv.Append("figure,指标,").Append(Cell(report.PlaceName + "（合计）"));
        foreach (var child in report.Children)
        {
            csv.Append(',').Append(Cell(child.Name));
        }

        csv.Append("\r\n");
        for (var i = 0; i < report.Totals.Count; i++)
        {
            var line = report.Totals[i];
            csv.Append(line.Key).Append(',').Append(Cell(line.NameZh)).Append(',').Append(line.Value.ToString(CultureInfo.InvariantCulture));
            foreach (var child in report.Children)
            {
                csv.Append(',').Append(child.Figures[i].Value.ToString(CultureInfo.InvariantCulture));
            }

            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    private async Task<Place> PlaceAsync(PlaceId id, CancellationToken cancellationToken) =>
        await _places.GetByIdAsync(id, cancellationToken) ?? throw Fail(BadQuery, $"No place {id}.", $"没有编号为 {id} 的地点。", "placeId", RuleViolationKind.NotFound);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}
