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

    private LocalDate Today => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;

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
            _options.Schema.CompoundBranchLevels, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
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
        CheckSpan(days);
        var closing = (await _closings.ListAsync(new ClosingsOnPathSpec(place.Path), cancellationToken))
            .FirstOrDefault(c => c.PlaceId == place.Id && c.From == days.Start && c.To == days.End);
        var counts = closing?.ToCounts() ?? await _source.CountAsync(QueryFor(place.Path, days), cancellationToken);
        var corrections = await _corrections.ListAsync(new CorrectionsSpec(place.Path, days), cancellationToken);
        var children = await _places.ListAsync(new ChildPlacesSpec(place.Id), cancellationToken);
        return RollUpReport.Build(place, children, days, counts, corrections, closing);
    }

    /// <summary>Closes a period of a place that is over: its figures are frozen as they stand now.</summary>
    /// <param name="placeId">The place.</param>
    /// <param name="days">The period (ended before today).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The closing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown place (<c>NP-ACC-001</c>); a period not over or overlapping one closed at the place (<c>NP-ACC-003</c>).</exception>
    public Task<PeriodClosing> CloseAsync(PlaceId placeId, DateInterval days, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<PeriodClosing>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(days);
            var place = await PlaceAsync(placeId, cancellationToken);
            CheckSpan(days);
            if (days.End >= Today)
            {
                throw Fail(CannotClose, $"A period is closed once it is over; this one ends {days.End:uuuu-MM-dd}.", $"期间须在结束后结账；该期间止于 {days.End:uuuu-MM-dd}。", "to");
            }

            if ((await _closings.ListAsync(new ClosingsOnPathSpec(place.Path), cancellationToken)).FirstOrDefault(c => c.PlaceId == place.Id && c.From <= days.End && days.Start <= c.To)
                is { } overlap)
            {
                throw Fail(CannotClose, $"The period overlaps {overlap.From:uuuu-MM-dd}…{overlap.To:uuuu-MM-dd}, already closed here.",
                    $"该期间与已结账的 {overlap.From:uuuu-MM-dd}至{overlap.To:uuuu-MM-dd} 重叠。", "from", RuleViolationKind.Conflict);
            }

            var counts = await _source.CountAsync(QueryFor(place.Path, days), cancellationToken);
            var closing = PeriodClosing.Create(PeriodClosingId.New(), place, days, counts, _actors.Current?.Id ?? "system", _clock.GetCurrentInstant());
            _closings.Add(closing);
            return closing;
        }, cancellationToken);

    /// <summary>Corrects a figure of a closed period: an adjusting entry recorded today, attributed to the closed day.</summary>
    /// <param name="correction">What, where, by how much, for which day, why.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The correction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="correction"/> is null.</exception>
    /// <exception cref="RuleViolationException">An unknown figure or place (<c>NP-ACC-001</c>); a day no closed period covers, or a zero change (<c>NP-ACC-004</c>).</exception>
    public Task<FigureCorrection> CorrectAsync(NewCorrection correction, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<FigureCorrection>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(correction);
            var reason = TextRules.RequireName(correction.Reason, "reason");
            if (Figures.All.All(f => f.Key != correction.Figure))
            {
                throw Fail(BadQuery, $"Unknown figure '{correction.Figure}'.", $"未知的指标“{correction.Figure}”。", "figure");
            }

            if (correction.Delta is 0 or < -1_000_000 or > 1_000_000)
            {
                throw Fail(NotCorrectable, "A correction changes a figure by 1 to 1,000,000 up or down.", "调整数须为非零且绝对值不超过1000000。", "delta");
            }

            var place = await PlaceAsync(correction.PlaceId, cancellationToken);
            if (await _guard.FindAsync(place.Path, correction.AttributedTo, cancellationToken) is null)
            {
                throw Fail(NotCorrectable, $"{correction.AttributedTo:uuuu-MM-dd} lies in no closed period here: record the activity or project itself.",
                    $"{correction.AttributedTo:uuuu-MM-dd} 不在已结账期间内，请直接登记。", "attributedTo");
            }

            var item = FigureCorrection.Create(CorrectionId.New(), correction.Figure, place, correction.Delta, correction.AttributedTo, Today, reason,
                _actors.Current?.Id ?? "system", _clock.GetCurrentInstant());
            _corrections.Add(item);
            return item;
        }, cancellationToken);

    /// <summary>Writes a report as CSV (UTF-8 with a byte-order mark, for spreadsheet programs): a row per figure, a column for the total and one per child.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToCsv(RollUpReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static string Cell(string text)
        {
            text = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text; // never a formula in a spreadsheet
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

    private static void CheckSpan(DateInterval days)
    {
        if (days.Start.Year < 1921 || Period.Between(days.Start, days.End, PeriodUnits.Days).Days > 3700)
        {
            throw Fail(BadQuery, "A report spans at most ten years, from 1921.", "报表期间最长十年，且不早于1921年。", "from");
        }
    }

    private async Task<Place> PlaceAsync(PlaceId id, CancellationToken cancellationToken) =>
        await _places.GetByIdAsync(id, cancellationToken) ?? throw Fail(BadQuery, $"No place {id}.", $"没有编号为 {id} 的地点。", "placeId", RuleViolationKind.NotFound);

    private static RuleViolationException Fail(string code, string message, string messageZh, string target, RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, null, kind, target));
}

/// <summary>A correction as recorded.</summary>
/// <param name="Figure">The figure's key.</param>
/// <param name="PlaceId">The place the corrected records belong to.</param>
/// <param name="Delta">The change (negative reverses).</param>
/// <param name="AttributedTo">The day in a closed period it corrects.</param>
/// <param name="Reason">Why (1–100 characters).</param>
public sealed record NewCorrection(string Figure, PlaceId PlaceId, long Delta, LocalDate AttributedTo, string Reason);

/// <summary>One figure's value in a report.</summary>
/// <param name="Key">The figure's key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="Nature">Stock or flow.</param>
/// <param name="Value">The value (corrections included).</param>
public sealed record FigureLine(string Key, string NameZh, string Name, FigureNature Nature, long Value);

/// <summary>One child's figures in a report (or the node's own, for records placed at the node itself).</summary>
/// <param name="PlaceId">The child place.</param>
/// <param name="Name">Its name.</param>
/// <param name="Figures">Its figures, in report order.</param>
public sealed record RollUpChild(PlaceId PlaceId, string Name, IReadOnlyList<FigureLine> Figures);

/// <summary>A place's figures over a span of days, with drill-down by child.</summary>
/// <param name="PlaceId">The place.</param>
/// <param name="PlaceName">Its name.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Frozen">Whether the figures are those frozen when the period was closed.</param>
/// <param name="ClosedAt">When it was closed, or null.</param>
/// <param name="Totals">The figures over the whole subtree, in report order.</param>
/// <param name="Children">The figures per child place (and of the place itself where records sit there).</param>
/// <param name="Corrections">The corrections included.</param>
public sealed record RollUpReport(PlaceId PlaceId, string PlaceName, LocalDate From, LocalDate To, bool Frozen, Instant? ClosedAt, IReadOnlyList<FigureLine> Totals,
    IReadOnlyList<RollUpChild> Children, IReadOnlyList<FigureCorrection> Corrections)
{
    /// <summary>Returns a figure's total.</summary>
    /// <param name="figure">The figure's key.</param>
    /// <returns>The value.</returns>
    public long this[string figure] => Totals.First(t => t.Key == figure).Value;

    internal static RollUpReport Build(Place place, IReadOnlyList<Place> children, DateInterval days, RollUpCounts counts, IReadOnlyList<FigureCorrection> corrections,
        PeriodClosing? closing)
    {
        var totals = Figures.All.ToDictionary(f => f.Key, f => counts.Totals.GetValueOrDefault(f.Key), StringComparer.Ordinal);
        var rows = new List<(Place Place, Dictionary<string, long> Values)>();
        if (counts.ByChild.TryGetValue(place.Path, out var own) && own.Values.Any(v => v != 0))
        {
            rows.Add((place, Figures.All.ToDictionary(f => f.Key, f => own.GetValueOrDefault(f.Key), StringComparer.Ordinal)));
        }

        foreach (var child in children)
        {
            var found = counts.ByChild.GetValueOrDefault(child.Path);
            rows.Add((child, Figures.All.ToDictionary(f => f.Key, f => found?.GetValueOrDefault(f.Key) ?? 0, StringComparer.Ordinal)));
        }

        foreach (var c in corrections)
        {
            if (totals.ContainsKey(c.Figure))
            {
                totals[c.Figure] += c.Delta;
                var index = rows.FindLastIndex(r => c.PlacePath.IsWithin(r.Place.Path));
                if (index < 0)
                {
                    rows.Insert(0, (place, Figures.All.ToDictionary(f => f.Key, _ => 0L, StringComparer.Ordinal))); // a correction at the place itself
                    index = 0;
                }

                rows[index].Values[c.Figure] += c.Delta;
            }
        }

        List<FigureLine> Lines(IReadOnlyDictionary<string, long> values) => [.. Figures.All.Select(f => new FigureLine(f.Key, f.NameZh, f.Name, f.Nature, values[f.Key]))];
        return new RollUpReport(place.Id, place.Name, days.Start, days.End, closing is not null, closing?.ClosedAt, Lines(totals),
            [.. rows.Select(r => new RollUpChild(r.Place.Id, r.Place == place ? place.Name + "（本级）" : r.Place.Name, Lines(r.Values)))], corrections);
    }
}

/// <summary>Months, quarters and years as spans of days.</summary>
public static class ReportPeriods
{
    /// <summary>Returns a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>Its days.</returns>
    public static DateInterval Month(int year, int month) => new(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1));

    /// <summary>Returns a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>Its days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public static DateInterval Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new(start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>Returns a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Its days.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
}
