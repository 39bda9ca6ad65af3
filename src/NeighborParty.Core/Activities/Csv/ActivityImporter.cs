using NeighborParty.Accounting;
using NeighborParty.Common;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Activities.Csv;

/// <summary>
/// Imports years of an activity ledger (活动台账) from CSV (UTF-8 or GB18030/GBK) or any row source (the
/// NeighborParty.Excel package reads .xlsx): each row is checked as <see cref="ActivityLedger"/> checks one activity
/// (the kind in the catalogue, the place and unit inside the scope, the unit live that day, nothing in the future,
/// possible counts and hours, no day of a closed period), and the whole file is recorded as one commit — or, if any
/// row is bad, nothing, with the first bad rows listed and the problems counted per code.
/// </summary>
/// <remarks>
/// Rows name places and units by name inside the scope (or by id), and kinds by key or Chinese name. The file is read
/// in chunks of <see cref="ChunkRows"/> rows; while it is good so far, each chunk is written as one part of the commit
/// (on a store that writes in parts, <see cref="IStreamingAggregateStore"/>), so memory holds a chunk and the scope's
/// names, never the file.
/// </remarks>
public sealed partial class ActivityImporter
{
    /// <summary>The most errors a report lists; <see cref="ActivityImportReport.BadRows"/> and <see cref="ActivityImportReport.Totals"/> count them all.</summary>
    public const int MaxReportedErrors = LedgerImporter.MaxReportedErrors;

    /// <summary>How many rows are checked and written together.</summary>
    public const int ChunkRows = 4096;

    private readonly UnitOfWork _work;
    private readonly IRepository<Activity> _activities;
    private readonly IReadRepository<Place> _places;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<PeriodClosing> _closings;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="ActivityImporter"/> class.</summary>
    /// <param name="activities">The activity repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="closings">The closed periods.</param>
    /// <param name="options">The library settings (the catalogue of kinds, the time zone).</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The library's unit of work (the one <c>AddNeighborParty</c> registers).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="work"/> is not the library's unit of work.</exception>
    public ActivityImporter(IRepository<Activity> activities, IReadRepository<Place> places, IReadRepository<OrganizationUnit> units,
        IReadRepository<PeriodClosing> closings, NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work as UnitOfWork ?? throw new ArgumentException("An import commits in parts through the library's UnitOfWork (registered by AddNeighborParty).", nameof(work));
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
        _places = places ?? throw new ArgumentNullException(nameof(places));
        _units = units ?? throw new ArgumentNullException(nameof(units));
        _closings = closings ?? throw new ArgumentNullException(nameof(closings));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Imports an activity ledger file into <paramref name="scope"/>.</summary>
    /// <param name="csv">The file: UTF-8 (with or without a byte-order mark) or GB18030/GBK.</param>
    /// <param name="scope">The place the file is about; places and units are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report; a file in another encoding is refused with <c>NP-CSV-007</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<ActivityImportReport> ImportAsync(Stream csv, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var (text, failure) = await CsvEncoding.OpenAsync(csv, cancellationToken);
        if (failure is not null)
        {
            return new ActivityImportReport(0, 0, [failure], 1) { Totals = new Dictionary<string, int> { [failure.Code] = 1 } };
        }

        using (text)
        {
            return await ImportAsync(new CsvReader(text!.Reader) { IsLegacyEncoding = text.IsLegacyEncoding }, scope, cancellationToken);
        }
    }

    /// <summary>Imports activity rows from any row source (header first), with the same checks and all-or-nothing rule as a CSV file.</summary>
    /// <param name="reader">The rows.</param>
    /// <param name="scope">The place the file is about.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<ActivityImportReport> ImportAsync(ILedgerRowReader reader, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
        var tally = new ImportTally();
        var rows = 0;
        var recorded = 0;
        await using var stream = await _work.BeginStreamAsync(cancellationToken);
        try
        {
            var header = await reader.ReadAsync(cancellationToken);
            var headerErrors = new List<LedgerRowError>();
            if (header is null || !CsvHeader.TryMap(header, ActivityColumns.All, out var map, headerErrors))
            {
                var errors = headerErrors.Count > 0 ? headerErrors : [new LedgerRowError(1, "", "NP-CSV-001", "The file is empty.", "文件为空。")];
                if (reader is CsvReader { IsLegacyEncoding: true } && header is not null && !header.Any(h => CsvHeader.IsKnown(h, ActivityColumns.All)))
                {
                    errors.Insert(0, new LedgerRowError(1, "", CsvEncoding.UnsupportedEncoding, "The file is not UTF-8, and read as GB18030 its header names no column of the activity ledger: save it as CSV in UTF-8 or GB18030/GBK.",
                        "文件不是 UTF-8 编码，按 GB18030 读取时表头也不含任何活动台账列：请另存为 UTF-8 或 GB18030/GBK 编码的 CSV。"));
                }

                return new ActivityImportReport(0, 0, errors, 1) { Totals = errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Count()) };
            }

            var lookups = await LookupsAsync(place, cancellationToken);
            var now = _clock.GetCurrentInstant();
            var chunk = new List<Activity>(ChunkRows);
            var rowErrors = new List<LedgerRowError>();
            while (await reader.ReadAsync(cancellationToken) is { } record)
            {
                if (record.Count == 1 && record[0].Length == 0)
                {
                    continue; // a blank line
                }

                rows++;
                rowErrors.Clear();
                var activity = ParseRow(reader.Line, record, header.Count, map, lookups, now, rowErrors);
                if (rowErrors.Count > 0)
                {
                    tally.AddRange(rowErrors);
                }
                else if (!tally.Any)
                {
                    chunk.Add(activity!); // built only while the file is good
                    if (chunk.Count == ChunkRows)
                    {
                        recorded += await FlushAsync(chunk, stream, cancellationToken);
                    }
                }
            }

            if (!tally.Any)
            {
                recorded += await FlushAsync(chunk, stream, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is FormatException or System.Text.DecoderFallbackException)
        {
            var (what, whatZh) = reader is CsvReader ? ("The file is not well-formed CSV: ", "文件不是格式正确的 CSV：") : ("The file is not a well-formed activity ledger: ", "文件不是格式正确的活动台账：");
            tally.Add(new LedgerRowError(reader.Line, "", "NP-CSV-003", what + ex.Message, whatZh + ex.Message));
            return new ActivityImportReport(rows, 0, tally.Errors, tally.BadRows + 1) { Totals = new Dictionary<string, int>(tally.Totals) };
        }

        if (tally.Any)
        {
            return new ActivityImportReport(rows, 0, tally.Errors, tally.BadRows) { Totals = new Dictionary<string, int>(tally.Totals) };
        }

        await stream.CompleteAsync(cancellationToken);
        return new ActivityImportReport(rows, recorded, [], 0);
    }

    private async Task<int> FlushAsync(List<Activity> chunk, UnitOfWork.Stream stream, CancellationToken cancellationToken)
    {
        var count = chunk.Count;
        _activities.AddRange(chunk);
        chunk.Clear();
        await stream.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>The places, units and closed periods a file's rows may meet: everything inside the scope (and the closings above it), read once.</summary>
    private async Task<Lookups> LookupsAsync(Place scope, CancellationToken cancellationToken)
    {
        var places = new Dictionary<string, Place?>(StringComparer.Ordinal);
        var placesById = new Dictionary<Guid, Place>();
        foreach (var p in await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, readOnly: true), cancellationToken))
        {
            places[p.Name] = places.ContainsKey(p.Name) ? null : p; // a repeated name is ambiguous
            placesById[p.Id.Value] = p;
        }

        // The units of the scope: the subtrees of the units covering it, or (none covering it, e.g. an unregistered county
        // committee) of the topmost units covering places inside it.
        var levels = _options.Schema.Levels.Where(l => l.Covers is not null).Select(l => l.Key).ToList();
        var covering = await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [scope.Id]), cancellationToken);
        if (covering.Count == 0)
        {
            covering = await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [.. placesById.Values.Where(p => p.Kind != PlaceKind.Building).Select(p => p.Id)]), cancellationToken);
        }

        var units = new Dictionary<string, OrganizationUnit?>(StringComparer.Ordinal);
        var unitsById = new Dictionary<Guid, OrganizationUnit>();
        foreach (var root in covering.Where(u => !covering.Exists(o => u.Path.IsStrictlyWithin(o.Path))))
        {
            foreach (var u in await _units.ListAsync(new UnitSubtreeSpec(root.Path, readOnly: true), cancellationToken))
            {
                units[u.Name] = units.TryGetValue(u.Name, out var named) && named?.Id != u.Id ? null : u; // a repeated name is ambiguous
                unitsById[u.Id.Value] = u;
            }
        }

        var closings = (await _closings.ListAsync(new ClosingsOnPathSpec(scope.Path), cancellationToken))
            .Concat(await _closings.ListAsync(new PlacedInSubtreeSpec<PeriodClosing>(TreeKind.Place, scope.Path), cancellationToken))
            .DistinctBy(c => c.Id).Where(c => scope.Path.IsWithin(c.PlacePath) || c.PlacePath.IsWithin(scope.Path)).ToList();
        return new Lookups(places, placesById, units, unitsById, closings);
    }

    private sealed record Lookups(Dictionary<string, Place?> Places, Dictionary<Guid, Place> PlacesById, Dictionary<string, OrganizationUnit?> Units,
        Dictionary<Guid, OrganizationUnit> UnitsById, List<PeriodClosing> Closings);
}
