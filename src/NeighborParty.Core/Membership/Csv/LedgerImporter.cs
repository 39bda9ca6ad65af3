using System.Text;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.Membership.Csv;

/// <summary>
/// Imports and exports the member ledger as CSV (UTF-8; headers in Chinese or English, any order). An import reads
/// the file as a stream, checks every row, and stores all of it in one transaction — or, if any row is bad, nothing,
/// with every bad row reported (row, column, code, English and Chinese). Rows are matched to members by the ID-card
/// number, so importing the same file again changes nothing.
/// </summary>
/// <remarks>
/// Units, compounds and buildings are named by their name inside the import's scope (or by id). A row may not move
/// a member's organisational relationship: that is a transfer (MR-3). Memory holds the parsed rows and the members
/// of the scope, never the file.
/// </remarks>
public sealed class LedgerImporter
{
    /// <summary>The most errors a report lists; <see cref="LedgerImportReport.BadRows"/> counts them all.</summary>
    public const int MaxReportedErrors = 1000;

    private const int MaxFieldLength = 200;
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

    private sealed record Row(int Line, MemberDetails Details, IdCardNumber IdCard, PhoneNumber Phone, MemberRelationship Relationship,
        Place? Residence, Place? Registered, PlaceId? RegisteredBuilding, string? RegisteredGrid);

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

    /// <summary>Imports a ledger file into the scope of <paramref name="scope"/>.</summary>
    /// <param name="csv">The file (UTF-8, with or without a byte-order mark).</param>
    /// <param name="scope">The place the file is about (a community, street or district); names are looked up inside it.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is stored).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public Task<LedgerImportReport> ImportAsync(Stream csv, PlaceId scope, CancellationToken cancellationToken = default) =>
        _work.ExecuteAsync<LedgerImportReport>(async ct =>
        {
            ArgumentNullException.ThrowIfNull(csv);
            var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
            var (units, compounds, buildings, scopeUnit) = await LookupsAsync(place, cancellationToken);
            var errors = new List<LedgerRowError>();
            var badRows = 0;
            var rows = new List<Row>();
            var today = _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;
            using var text = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            var reader = new CsvReader(text);
            int[] map;
            var headerCount = 0;
            try
            {
                var header = await reader.ReadAsync(MaxFieldLength, cancellationToken);
                if (header is null || !TryMapHeader(header, out map, errors))
                {
                    return new LedgerImportReport(0, 0, 0, 0, errors.Count > 0 ? errors : [Error(1, "", "NP-CSV-001", "The file is empty.", "文件为空。")], 1);
                }

                headerCount = header.Count;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (await reader.ReadAsync(MaxFieldLength, cancellationToken) is { } record)
                {
                    if (record.Count == 1 && record[0].Length == 0)
                    {
                        continue; // a blank line
                    }

                    var rowErrors = new List<LedgerRowError>(0);
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
                    else
                    {
                        rows.Add(row!);
                    }
                }
            }
            catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
            {
                errors.Add(Error(reader.Line, "", "NP-CSV-003", "The file is not well-formed UTF-8 CSV: " + ex.Message, "文件不是格式正确的 UTF-8 CSV：" + ex.Message));
                return new LedgerImportReport(rows.Count + badRows, 0, 0, 0, errors, badRows + 1);
            }

            // Match the rows to the ledger: members of the scope by ID number, and anyone else who already has one of the numbers.
            var existing = (await _members.ListAsync(new MembersForCountingSpec(scopeUnit?.Path, [place.Path]), cancellationToken))
                .ToDictionary(m => m.IdNumber, StringComparer.Ordinal);
            foreach (var chunk in rows.Where(r => !existing.ContainsKey(r.IdCard.Reveal())).Chunk(500))
            {
                foreach (var other in await _members.ListAsync(new MembersByIdNumbersSpec([.. chunk.Select(r => r.IdCard.Reveal())]), cancellationToken))
                {
                    var line = chunk.First(r => r.IdCard.Reveal() == other.IdNumber).Line;
                    badRows++;
                    AddError(errors, Error(line, "idNumber", MembershipRules.DuplicateIdNumber,
                        $"The ID-card number {other.IdCard} belongs to a member outside this scope.", $"身份证号 {other.IdCard} 属于本范围以外的党员。"));
                }
            }

            foreach (var row in rows)
            {
                if (existing.TryGetValue(row.IdCard.Reveal(), out var member) && !SameRelationship(member, row.Relationship))
                {
                    badRows++;
                    AddError(errors, Error(row.Line, "unit", MembershipRules.TransferStep,
                        "The file puts the member's relationship elsewhere: move it by a transfer (out, in transit, received), not by import.",
                        "文件中的组织关系与台账不同：请通过组织关系转接办理，而不是导入。"));
                }
            }

            if (badRows > 0)
            {
                return new LedgerImportReport(rows.Count + badRows, 0, 0, 0, errors, badRows);
            }

            // Every row is good: apply, then store everything at once.
            var now = _clock.GetCurrentInstant();
            var added = new List<PartyMember>();
            var updated = new List<PartyMember>();
            var unchanged = 0;
            foreach (var row in rows)
            {
                bool changed;
                var isNew = false;
                if (existing.TryGetValue(row.IdCard.Reveal(), out var member))
                {
                    changed = member.Update(row.Details, row.IdCard, row.Phone, row.Residence, now).Count > 0;
                }
                else
                {
                    isNew = true;
                    var unitPath = row.Relationship.UnitId is { } u && units.TryFind(u.Value.ToString(), out var unit, out _) ? unit!.Path : (HierarchyPath?)null;
                    member = PartyMember.Create(PartyMemberId.New(), row.Details, row.IdCard, row.Phone, row.Relationship, unitPath, row.Details.Joined, row.Residence, now);
                    added.Add(member);
                    changed = false;
                }

                if (row.Registered is { } compound && (member.RegisteredCompoundId != compound.Id || member.RegisteredBuildingId != row.RegisteredBuilding || member.RegisteredGrid != row.RegisteredGrid))
                {
                    member.Register(compound, row.RegisteredBuilding, row.RegisteredGrid, today, now);
                    changed = true;
                }

                if (isNew)
                {
                    continue;
                }

                if (changed)
                {
                    updated.Add(member);
                }
                else
                {
                    unchanged++;
                }
            }

            var changedOld = updated;
            _members.AddRange(added);
            _members.UpdateRange(changedOld);

            return new LedgerImportReport(rows.Count, added.Count, changedOld.Count, unchanged, [], 0);
        }, cancellationToken);

    /// <summary>Writes the ledger of <paramref name="scope"/> as CSV: the members whose relationship, residence or registration lies there, by name.</summary>
    /// <param name="output">Where to write (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right).</param>
    /// <param name="scope">The place.</param>
    /// <param name="revealPersonalData">Whether to write ID-card numbers and phones in full (only for callers allowed to see them); masked otherwise.</param>
    /// <param name="chineseHeaders">Whether to write Chinese headers (default) or English ones.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of members written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<int> ExportAsync(Stream output, PlaceId scope, bool revealPersonalData, bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
        var (units, compounds, buildings, scopeUnit) = await LookupsAsync(place, cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
        var line = new StringBuilder(256);
        foreach (var column in LedgerColumns.All)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            CsvWriter.AppendField(line, chineseHeaders ? column.Chinese : column.Key);
        }

        await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
        var count = 0;
        var members = await _members.ListAsync(new MembersForCountingSpec(scopeUnit?.Path, [place.Path]), cancellationToken);
        foreach (var m in members.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.IdNumber, StringComparer.Ordinal))
        {
            line.Clear();
            string?[] fields =
            [
                m.Name,
                revealPersonalData ? m.IdNumber : m.IdCard.Masked,
                m.Gender == Gender.Male ? "男" : "女",
                Date(m.BirthDate),
                m.Phone is null ? null : revealPersonalData ? m.Phone : m.PhoneNumber.Masked,
                Date(m.Joined),
                m.MadeFull is { } full ? Date(full) : null,
                LedgerColumns.ChineseCategory(m.Category),
                m.IsMobile ? "是" : "否",
                m.UnitId is { } u ? units.Display(u.Value, x => x.Name) : null,
                m.ExternalOrganization,
                m.ResidenceCompoundId is { } rc ? compounds.Display(rc.Value, x => x.Name) : null,
                m.ResidenceBuildingId is { } rb ? buildings.Display(rb.Value, x => x.Name, $"{m.ResidenceCompoundId}/") : null,
                m.RegisteredCompoundId is { } gc ? compounds.Display(gc.Value, x => x.Name) : null,
                m.RegisteredBuildingId is { } gb ? buildings.Display(gb.Value, x => x.Name, $"{m.RegisteredCompoundId}/") : null,
                m.RegisteredGrid,
                m.SuspensionReason,
                m.SuspendedFrom is { } sf ? Date(sf) : null,
                m.SuspendedTo is { } st ? Date(st) : null,
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                CsvWriter.AppendField(line, fields[i]);
            }

            await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
            count++;
        }

        return count;
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool SameRelationship(PartyMember member, MemberRelationship relationship) =>
        member.UnitId == relationship.UnitId
        && (member.UnitId is not null || string.Equals(member.ExternalOrganization, relationship.ExternalOrganization?.Trim(), StringComparison.Ordinal));

    private static void AddError(List<LedgerRowError> errors, LedgerRowError error)
    {
        if (errors.Count < MaxReportedErrors)
        {
            errors.Add(error);
        }
    }

    private static LedgerRowError Error(int row, string column, string code, string message, string messageZh) => new(row, column, code, message, messageZh);

    private static bool TryMapHeader(List<string> header, out int[] map, List<LedgerRowError> errors)
    {
        map = new int[LedgerColumns.All.Count];
        Array.Fill(map, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var index = -1;
            for (var c = 0; c < LedgerColumns.All.Count; c++)
            {
                var column = LedgerColumns.All[c];
                if (string.Equals(name, column.Key, StringComparison.OrdinalIgnoreCase) || string.Equals(name, column.Chinese, StringComparison.Ordinal))
                {
                    index = c;
                }
            }

            if (index < 0)
            {
                errors.Add(Error(1, name, "NP-CSV-002", $"Unknown column '{name}'.", $"未知的列“{name}”。"));
            }
            else if (map[index] >= 0)
            {
                errors.Add(Error(1, name, "NP-CSV-002", $"The column '{name}' appears twice.", $"列“{name}”重复。"));
            }
            else
            {
                map[index] = i;
            }
        }

        for (var c = 0; c < LedgerColumns.All.Count; c++)
        {
            if (LedgerColumns.All[c].Required && map[c] < 0)
            {
                errors.Add(Error(1, LedgerColumns.All[c].Key, "NP-CSV-001", $"The required column '{LedgerColumns.All[c].Key}' ({LedgerColumns.All[c].Chinese}) is missing.",
                    $"缺少必填列“{LedgerColumns.All[c].Chinese}”（{LedgerColumns.All[c].Key}）。"));
            }
        }

        return errors.Count == 0;
    }

    private static bool TryParseIsoDate(string text, out LocalDate date)
    {
        // The common yyyy-MM-dd without allocating; anything else goes through NodaTime's pattern.
        date = default;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(text.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            if (y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                date = new LocalDate(y, m, d);
                return true;
            }

            return false;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static Row? ParseRow(int line, List<string> record, int headerCount, int[] map, Names<OrganizationUnit> units, Names<Place> compounds, Names<Place> buildings, LocalDate today, List<LedgerRowError> errors)
    {
        string? Field(int column) => map[column] >= 0 && map[column] < record.Count && record[map[column]].Trim() is { Length: > 0 } v ? v : null;
        void Fail(string column, RuleViolation v) => errors.Add(Error(line, column, v.Code, v.Message, v.MessageZh));
        void FailText(string column, string code, string en, string zh) => errors.Add(Error(line, column, code, en, zh));

        if (record.Count != headerCount)
        {
            FailText("", "NP-CSV-004", $"The row has {record.Count} fields; the header has {headerCount}.", $"该行有 {record.Count} 个字段，表头有 {headerCount} 个。");
            return null;
        }

        LocalDate? DateField(int column, string key)
        {
            var text = Field(column);
            if (text is null)
            {
                return null;
            }

            if (TryParseIsoDate(text, out var parsed))
            {
                return parsed;
            }

            FailText(key, "NP-CSV-005", $"'{text}' is not a date (yyyy-MM-dd).", $"“{text}”不是日期（格式 yyyy-MM-dd）。");
            return null;
        }

        var name = Field(0);
        if (FieldRules.Name(name, "name") is { } badName)
        {
            Fail("name", badName);
        }

        IdCardNumber idCard = default;
        if (!IdCardNumber.TryParse(Field(1), out idCard))
        {
            Fail("idNumber", IdCardNumber.Invalid("idNumber"));
        }

        Gender? gender = Field(2) switch
        {
            null => null,
            "男" or "Male" or "male" or "M" => Gender.Male,
            "女" or "Female" or "female" or "F" => Gender.Female,
            var other => Bad<Gender?>("gender", "NP-CSV-005", $"'{other}' is not a gender (男/女).", $"“{other}”不是性别（男/女）。"),
        };
        var birth = DateField(3, "birthDate");
        PhoneNumber phone = default;
        if (Field(4) is { } phoneText && !PhoneNumber.TryParse(phoneText, out phone))
        {
            Fail("phone", PhoneNumber.Invalid("phone"));
        }

        var joined = DateField(5, "joined");
        if (joined is null && Field(5) is null)
        {
            FailText("joined", "NP-CSV-005", "The joining date is required.", "入党日期必填。");
        }

        var madeFull = DateField(6, "madeFull");
        MemberCategory? category = Field(7) is { } cat
            ? LedgerColumns.Categories.TryGetValue(cat, out var c) ? c : Bad<MemberCategory?>("category", "NP-CSV-005", $"'{cat}' is not a category (离退休/在职/小区党员/驻区单位).", $"“{cat}”不是党员类别（离退休/在职/小区党员/驻区单位）。")
            : Bad<MemberCategory?>("category", "NP-CSV-005", "The category is required.", "党员类别必填。");
        var mobile = Field(8) switch
        {
            null or "否" or "false" or "False" or "no" or "0" => false,
            "是" or "true" or "True" or "yes" or "1" => true,
            var other => Bad<bool>("mobile", "NP-CSV-005", $"'{other}' is not yes or no (是/否).", $"“{other}”不是“是/否”。"),
        };

        OrganizationUnitId? unitId = null;
        if (Field(9) is { } unitText)
        {
            if (units.TryFind(unitText, out var unit, out var ambiguous))
            {
                unitId = unit!.Id;
            }
            else
            {
                FailText("unit", "NP-CSV-006", ambiguous ? $"'{unitText}' names several units; use its id." : $"No live unit '{unitText}' in this scope.",
                    ambiguous ? $"“{unitText}”对应多个党组织，请使用编号。" : $"本范围内没有现存党组织“{unitText}”。");
            }
        }

        var external = Field(10);
        if (Field(9) is null == (external is null))
        {
            FailText("unit", MembershipRules.OneRelationship, "Give exactly one of the unit and the outside organisation (MR-1).", "所在党组织与外单位党组织须且只能填写一项（MR-1）。");
        }

        Place? Compound(int column, string key)
        {
            if (Field(column) is not { } text)
            {
                return null;
            }

            if (compounds.TryFind(text, out var place, out var ambiguous))
            {
                return place;
            }

            FailText(key, "NP-CSV-006", ambiguous ? $"'{text}' names several compounds; use its id." : $"No compound '{text}' in this scope.",
                ambiguous ? $"“{text}”对应多个小区，请使用编号。" : $"本范围内没有小区“{text}”。");
            return null;
        }

        PlaceId? Building(int column, string key, Place? compound)
        {
            if (Field(column) is not { } text)
            {
                return null;
            }

            if (compound is not null && (buildings.TryFind($"{compound.Id}/{text}", out var building, out _) || (Guid.TryParse(text, out _) && buildings.TryFind(text, out building, out _))) && building!.ParentId == compound.Id)
            {
                return building.Id;
            }

            FailText(key, "NP-CSV-006", $"No building '{text}' in that compound.", $"该小区没有楼栋“{text}”。");
            return null;
        }

        var residence = Compound(11, "residenceCompound");
        var residenceBuilding = Building(12, "residenceBuilding", residence);
        var registered = Compound(13, "registeredCompound");
        var registeredBuilding = Building(14, "registeredBuilding", registered);
        var grid = Field(15);
        if (grid is not null && FieldRules.Name(grid, "registeredGrid") is { } badGrid)
        {
            Fail("registeredGrid", badGrid);
        }

        VotingSuspension? suspension = null;
        if (Field(16) is { } reason)
        {
            var from = DateField(17, "suspendedFrom");
            if (from is null)
            {
                FailText("suspendedFrom", "NP-CSV-005", "A suspension needs its first day.", "暂停表决权须填写起始日期。");
            }
            else
            {
                suspension = new VotingSuspension(reason, from.Value, DateField(18, "suspendedTo"));
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var details = new MemberDetails(name!, idCard.Reveal(), joined!.Value, category!.Value)
        {
            Gender = gender,
            BirthDate = birth,
            Phone = phone.IsEmpty ? null : phone.Reveal(),
            MadeFull = madeFull,
            IsMobile = mobile,
            Suspension = suspension,
            ResidenceCompoundId = residence?.Id,
            ResidenceBuildingId = residenceBuilding,
        };
        try
        {
            MemberLedger.CheckDetails(details, idCard, today);
        }
        catch (RuleViolationException ex)
        {
            Fail(ex.Violation.Target ?? "", ex.Violation);
            return null;
        }

        if (registered is not null && category != MemberCategory.InService && !mobile)
        {
            FailText("registeredCompound", MembershipRules.Registration, "Only in-service or mobile members register (报到) where they live (MR-5).", "只有在职党员或流动党员到居住地报到（MR-5）。");
            return null;
        }

        return new Row(line, details, idCard, phone, new MemberRelationship(unitId, external), residence, registered, registeredBuilding, grid);

        T Bad<T>(string column, string code, string en, string zh)
        {
            FailText(column, code, en, zh);
            return default!;
        }
    }

    private async Task<(Names<OrganizationUnit> Units, Names<Place> Compounds, Names<Place> Buildings, OrganizationUnit? ScopeUnit)> LookupsAsync(Place scope, CancellationToken cancellationToken)
    {
        var levels = _options.Schema.Levels.Where(l => l.Covers == scope.Kind && l.ExclusiveCoverage).Select(l => l.Key).ToList();
        var scopeUnit = levels.Count == 0 ? null : (await _units.ListAsync(new LiveUnitsCoveringSpec(levels, [scope.Id]), cancellationToken)).FirstOrDefault();
        var units = new Names<OrganizationUnit>(u => u.Id.Value);
        if (scopeUnit is not null)
        {
            foreach (var unit in await _units.ListAsync(new UnitSubtreeSpec(scopeUnit.Path, includeDissolved: false), cancellationToken))
            {
                units.Add(unit.Name, unit);
            }
        }

        var compounds = new Names<Place>(p => p.Id.Value);
        foreach (var compound in await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, PlaceKind.Compound), cancellationToken))
        {
            compounds.Add(compound.Name, compound);
        }

        var buildings = new Names<Place>(p => p.Id.Value);
        foreach (var building in await _places.ListAsync(new PlaceSubtreeSpec(scope.Path, PlaceKind.Building), cancellationToken))
        {
            buildings.Add($"{building.ParentId}/{building.Name}", building);
        }

        return (units, compounds, buildings, scopeUnit);
    }
}
