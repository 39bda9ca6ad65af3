using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// Imports and exports the member ledger as CSV (UTF-8 or GB18030/GBK; headers in Chinese or English, any order). An
/// import streams the file, checks every row, and stores all of it as one commit — or, if any row is bad, nothing,
/// with the first bad rows reported (row, column, code, English and Chinese) and the problems counted per code. Rows
/// are matched to members by the ID-card number, so importing the same file again changes nothing.
/// </summary>
/// <remarks>
/// Units, compounds and buildings are named by their name inside the import's scope (or by id). A row may not move a
/// member's organisational relationship: that is a transfer (MR-3). The file is read in chunks of
/// <see cref="ChunkRows"/> rows: each chunk's ID-card numbers are looked up in one query, and while the file is good so
/// far its members are written as one part of the commit (on a store that writes in parts,
/// <see cref="IStreamingAggregateStore"/>), so memory holds one chunk, the scope's names and the numbers seen, never the
/// file or the ledger.
/// </remarks>
public sealed partial class LedgerImporter
{
    /// <summary>The most errors a report lists; <see cref="LedgerImportReport.BadRows"/> and <see cref="LedgerImportReport.Totals"/> count them all.</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>The longest cell a ledger file may hold (characters); a longer one makes the file malformed.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>How many rows are checked, looked up (one query) and written together.</summary>
    public const int ChunkRows = 4096;

    private readonly UnitOfWork _work;
    private readonly IRepository<PartyMember> _members;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="LedgerImporter"/> class.</summary>
    /// <param name="members">The member repository (a file is stored in one commit of the unit of work).</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="work">The library's unit of work (the one <c>AddNeighborParty</c> registers), which each import commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="work"/> is not the library's unit of work.</exception>
    public LedgerImporter(IRepository<PartyMember> members, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work as UnitOfWork ?? throw new ArgumentException("An import commits in parts through the library's UnitOfWork (registered by AddNeighborParty).", nameof(work));
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _members = members;
        _units = units;
        _places = places;
        _options = options;
        _clock = clock;
    }

    /// <summary>Imports a ledger file into the scope of <paramref name="scope"/>.</summary>
    /// <param name="csv">The file: UTF-8 (with or without a byte-order mark) or GB18030/GBK, as Excel on a Chinese Windows saves CSV.</param>
    /// <param name="scope">The place the file is about (a community, street or district); names are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report; a file in another encoding is refused with <c>NP-CSV-007</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<LedgerImportReport> ImportAsync(Stream csv, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var (text, failure) = await CsvEncoding.OpenAsync(csv, cancellationToken);
        if (failure is not null)
        {
            return new LedgerImportReport(0, 0, 0, 0, [failure], 1) { Totals = new Dictionary<string, int> { [failure.Code] = 1 } };
        }

        using (text)
        {
            return await ImportAsync(new CsvReader(text!.Reader) { IsLegacyEncoding = text.IsLegacyEncoding }, scope, cancellationToken);
        }
    }

    /// <summary>
    /// Imports a ledger from any row source (see <see cref="ILedgerRowReader"/>), with the same checks, all-or-nothing
    /// rule and error report as a CSV file.
    /// </summary>
    /// <param name="reader">The rows, header first.</param>
    /// <param name="scope">The place the file is about; names are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<LedgerImportReport> ImportAsync(ILedgerRowReader reader, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
        var tally = new ImportTally();
        var now = _clock.GetCurrentInstant();
        var today = now.InZone(_options.TimeZone).Date;
        var counts = new ImportCounts();
        var rows = 0;
        await using var stream = await _work.BeginStreamAsync(cancellationToken);
        try
        {
            var header = await reader.ReadAsync(cancellationToken);
            var headerErrors = new List<LedgerRowError>();
            if (header is null || !TryMapHeader(header, out var map, headerErrors))
            {
                var errors = headerErrors.Count > 0 ? headerErrors : [Error(1, "", "NP-CSV-001", "The file is empty.", "文件为空。")];
                if (reader is CsvReader { IsLegacyEncoding: true } && header is not null && !header.Any(IsKnownColumn))
                {
                    // Read as GB18030 and nothing recognisable: most likely another encoding (Big5, Shift-JIS …).
                    errors.Insert(0, Error(1, "", CsvEncoding.UnsupportedEncoding, "The file is not UTF-8, and read as GB18030 its header names no ledger column: save it as CSV in UTF-8 or GB18030/GBK.",
                        "文件不是 UTF-8 编码，按 GB18030 读取时表头也不含任何台账列：请另存为 UTF-8 或 GB18030/GBK 编码的 CSV。"));
                }

                return new LedgerImportReport(0, 0, 0, 0, errors, 1) { Totals = errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Count()) };
            }

            // The names a row may use, once a good header says the file is a ledger; then the file, a chunk at a time.
            var lookups = await LookupsAsync(place, cancellationToken);
            var chunk = new Chunk(place, lookups.ScopeUnit, today, now);
            var headerCount = header.Count;
            var seen = new HashSet<long>();
            var rowErrors = new List<LedgerRowError>(); // one list, emptied for each row
            while (await reader.ReadAsync(cancellationToken) is { } record)
            {
                if (record.Count == 1 && record[0].Length == 0)
                {
                    continue; // a blank line
                }

                rows++;
                rowErrors.Clear();
                var row = ParseRow(reader.Line, record, headerCount, map, lookups.Units, lookups.Compounds, lookups.Buildings, today, rowErrors, _options.Schema);
                if (row is not null && !seen.Add(IdCardKey(row.IdCard)))
                {
                    rowErrors.Add(Error(reader.Line, "idNumber", MembershipRules.DuplicateIdNumber, "The ID-card number appears twice in the file.", "文件中身份证号重复。"));
                }

                if (rowErrors.Count > 0)
                {
                    tally.AddRange(rowErrors);
                }
                else if (chunk.Add(row!) == ChunkRows)
                {
                    await ApplyAsync(chunk, stream, tally, counts, cancellationToken);
                }
            }

            await ApplyAsync(chunk, stream, tally, counts, cancellationToken);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.DecoderFallbackException)
        {
            var (what, whatZh) = reader is CsvReader ? ("The file is not well-formed CSV: ", "文件不是格式正确的 CSV：") : ("The file is not a well-formed ledger: ", "文件不是格式正确的党员台账：");
            tally.Add(Error(reader.Line, "", "NP-CSV-003", what + ex.Message, whatZh + ex.Message));
            return Refused(rows, tally, brokenRow: true);
        }

        if (tally.Any)
        {
            return Refused(rows, tally, brokenRow: false); // the stream is disposed uncompleted: nothing of it is stored
        }

        await stream.CompleteAsync(cancellationToken);
        return new LedgerImportReport(rows, counts.Added, counts.Updated, counts.Unchanged, [], 0);
    }

    private static LedgerImportReport Refused(int rows, ImportTally tally, bool brokenRow) =>
        new(rows, 0, 0, 0, tally.Errors, tally.BadRows + (brokenRow ? 1 : 0)) { Totals = new Dictionary<string, int>(tally.Totals) };

    /// <summary>The ID-card number's first 17 digits as a number: the 18th is their check digit, so the key is exact.</summary>
    private static long IdCardKey(IdCardNumber idCard) => long.Parse(idCard.Reveal().AsSpan(0, 17), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many members a stored import added, updated or left as they were.</summary>
    private sealed class ImportCounts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }
    }
}
