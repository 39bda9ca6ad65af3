using System.Text;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// Imports and exports the member ledger as CSV (UTF-8; headers in Chinese or English, any order). An import reads
/// the file as a stream, checks every row, and stores all of it in one transaction — or, if any row is bad, nothing,
/// with every bad row reported (row, column, code, English and Chinese). Rows are matched to members by the ID-card
/// number, so importing the same file again changes nothing.
/// </summary>
/// <remarks>
/// Units, compounds and buildings are named by their name inside the import's scope (or by id). A row may not move
/// a member's organisational relationship: that is a transfer (MR-3). Memory holds the members of the scope, the new
/// members made from the rows (staged only if the whole file is good) and the rows for members already in the ledger;
/// never the file.
/// </remarks>
public sealed partial class LedgerImporter
{
    /// <summary>The most errors a report lists; <see cref="LedgerImportReport.BadRows"/> counts them all.</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>The longest cell a ledger file may hold (characters); a longer one makes the file malformed.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>
    /// How many ID numbers one query looks up (one parameter holding a list, on both EF Core providers); each query is
    /// a new specification, which the in-memory store compiles once, so fewer, larger queries cost less.
    /// </summary>
    private const int IdNumbersPerQuery = 2000;

    private readonly IUnitOfWork _work;
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
    /// <param name="work">The unit of work each operation commits through.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LedgerImporter(IRepository<PartyMember> members, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        NeighborPartyOptions options, IClock clock, IUnitOfWork work)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
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

    private sealed record Row(int Line, MemberDetails Details, IdCardNumber IdCard, PhoneNumber Phone, MemberRelationship Relationship, HierarchyPath? UnitPath,
        Place? Residence, Place? Registered, PlaceId? RegisteredBuilding, string? RegisteredGrid);

    /// <summary>A good row for someone not yet in the scope's ledger: its line, ID number and, while the file has no bad row, the member made from it.</summary>
    private readonly record struct NewRow(int Line, string IdNumber, PartyMember? Member);

    private sealed class Names<T>(Func<T, Guid> id)
    {
        private readonly Dictionary<string, T?> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, T> _byId = [];

        public void Add(string name, T item)
        {
            _byName[name] = _byName.ContainsKey(name) ? default : item; // a repeated name is ambiguous
            _byId[id(item)] = item;
        }

        public bool TryFind(string text, out T? item, out bool ambiguous)
        {
            ambiguous = false;
            if (Guid.TryParse(text, out var guid))
            {
                return _byId.TryGetValue(guid, out item);
            }

            if (_byName.TryGetValue(text, out item))
            {
                ambiguous = item is null;
                return item is not null;
            }

            return false;
        }

        /// <summary>The name when it names only this item, else the id: what an export writes so that the file imports again.</summary>
        public string Display(Guid key, Func<T, string> name, string? prefix = null) =>
            _byId.TryGetValue(key, out var item) && _byName.TryGetValue(prefix + name(item), out var named) && named is not null
                ? name(item) : key.ToString();
    }

    /// <summary>Makes the member a good row describes, with its registration (报到) when the row gives one; nothing is staged.</summary>
    private static PartyMember NewMember(Row row, LocalDate today, Instant now)
    {
        var member = PartyMember.Create(PartyMemberId.New(), row.Details, row.IdCard, row.Phone, row.Relationship, row.UnitPath, row.Details.Joined, row.Residence, now);
        if (row.Registered is { } compound)
        {
            member.SetRegistration(compound, row.RegisteredBuilding, row.RegisteredGrid, today, now);
        }

        HandOver.Mark(member); // the import never returns or changes it again: a store may keep it instead of a copy
        return member;
    }

    /// <summary>Imports a ledger file into the scope of <paramref name="scope"/>.</summary>
    /// <param name="csv">The file (UTF-8, with or without a byte-order mark).</param>
    /// <param name="scope">The place the file is about (a community, street or district); names are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<LedgerImportReport> ImportAsync(Stream csv, PlaceId scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var text = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ImportAsync(new CsvReader(text), scope, cancellationToken);
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
    public Task<LedgerImportReport> ImportAsync(ILedgerRowReader reader, PlaceId scope, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<LedgerImportReport>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(reader);
            var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
            var (units, compounds, buildings, scopeUnit) = await LookupsAsync(place, cancellationToken);
            var errors = new List<LedgerRowError>();
            var badRows = 0;
            var now = _clock.GetCurrentInstant();
            var today = now.InZone(_options.TimeZone).Date;
            var known = new List<Row>();
            var fresh = new List<NewRow>();
            Dictionary<string, PartyMember> existing;
            int[] map;
            try
            {
                var header = await reader.ReadAsync(cancellationToken);
                if (header is null || !TryMapHeader(header, out map, errors))
                {
                    return new LedgerImportReport(0, 0, 0, 0, errors.Count > 0 ? errors : [Error(1, "", "NP-CSV-001", "The file is empty.", "文件为空。")], 1);
                }

                // The scope's members by ID number, before the rows: a row for someone new becomes a member as soon as it
                // is read, so that a large file keeps its members in memory, not its parsed rows as well.
                existing = (await _members.ListAsync(new MembersForCountingSpec(scopeUnit?.Path, [place.Path]), cancellationToken))
                    .ToDictionary(m => m.IdNumber, StringComparer.Ordinal);

                var headerCount = header.Count;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var rowErrors = new List<LedgerRowError>(); // one list, emptied for each row
                while (await reader.ReadAsync(cancellationToken) is { } record)
                {
                    if (record.Count == 1 && record[0].Length == 0)
                    {
                        continue; // a blank line
                    }

                    rowErrors.Clear();
                    var row = ParseRow(reader.Line, record, headerCount, map, units, compounds, buildings, today, rowErrors);
                    if (row is not null && !seen.Add(row.IdCard.Reveal()))
                    {
                        rowErrors.Add(Error(reader.Line, "idNumber", MembershipRules.DuplicateIdNumber, "The ID-card number appears twice in the file.", "文件中身份证号重复。"));
                    }

                    if (rowErrors.Count > 0)
                    {
                        badRows++;
                        errors.AddRange(rowErrors.Take(Math.Max(0, MaxReportedErrors - errors.Count)));
                    }
                    else if (existing.ContainsKey(row!.IdCard.Reveal()))
                    {
                        known.Add(row);
                    }
                    else
                    {
                        fresh.Add(new NewRow(row.Line, row.IdCard.Reveal(), badRows == 0 ? NewMember(row, today, now) : null));
                    }
                }
            }
            catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
            {
                var (what, whatZh) = reader is CsvReader ? ("The file is not well-formed UTF-8 CSV: ", "文件不是格式正确的 UTF-8 CSV：") : ("The file is not a well-formed ledger: ", "文件不是格式正确的党员台账：");
                errors.Add(Error(reader.Line, "", "NP-CSV-003", what + ex.Message, whatZh + ex.Message));
                return new LedgerImportReport(known.Count + fresh.Count + badRows, 0, 0, 0, errors, badRows + 1);
            }

            // Anyone outside the scope who already has one of the new numbers.
            foreach (var chunk in fresh.Chunk(IdNumbersPerQuery))
            {
                foreach (var other in await _members.ListAsync(new MembersByIdNumbersSpec([.. chunk.Select(r => r.IdNumber)]), cancellationToken))
                {
                    badRows++;
                    var refusal = MembershipRules.Unavailable(); // names no member and no place: finding 2 of issue 15
                    var line = Array.Find(chunk, r => r.IdNumber == other.IdNumber).Line;
                    AddError(errors, Error(line, "idNumber", refusal.Code, refusal.Message, refusal.MessageZh));
                }
            }

            foreach (var row in known)
            {
                if (!SameRelationship(existing[row.IdCard.Reveal()], row.Relationship))
                {
                    badRows++;
                    AddError(errors, Error(row.Line, "unit", MembershipRules.TransferStep,
                        "The file puts the member's relationship elsewhere: move it by a transfer (out, in transit, received), not by import.",
                        "文件中的组织关系与台账不同：请通过组织关系转接办理，而不是导入。"));
                }
            }

            var rows = known.Count + fresh.Count;
            if (badRows > 0)
            {
                return new LedgerImportReport(rows + badRows, 0, 0, 0, errors, badRows);
            }

            // Every row is good: apply the known rows, then store everything at once.
            var updated = new List<PartyMember>();
            foreach (var row in known)
            {
                var member = existing[row.IdCard.Reveal()];
                var changed = member.Update(row.Details, row.IdCard, row.Phone, row.Residence, now).Count > 0;
                if (row.Registered is { } compound && (member.RegisteredCompoundId != compound.Id || member.RegisteredBuildingId != row.RegisteredBuilding || member.RegisteredGrid != row.RegisteredGrid))
                {
                    member.SetRegistration(compound, row.RegisteredBuilding, row.RegisteredGrid, today, now);
                    changed = true;
                }

                if (changed)
                {
                    updated.Add(member);
                }
            }

            _members.AddRange(fresh.ConvertAll(r => r.Member!));
            _members.UpdateRange(updated);
            return new LedgerImportReport(rows, fresh.Count, updated.Count, known.Count - updated.Count, [], 0);
        }, cancellationToken);
}
