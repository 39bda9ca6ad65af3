using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NodaTime;
using NodaTime.Text;

namespace NeighborParty.Membership.Csv;

/// <content>Reading the file: headers, rows and the names they refer to, each refused field a row error.</content>
public sealed partial class LedgerImporter
{
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

    private static bool IsKnownColumn(string header) => CsvHeader.IsKnown(header, LedgerColumns.All);

    private static bool TryMapHeader(IReadOnlyList<string> header, out int[] map, List<LedgerRowError> errors) =>
        CsvHeader.TryMap(header, LedgerColumns.All, out map, errors);

    private static bool TryParseIsoDate(string text, out LocalDate date) => CsvHeader.TryParseIsoDate(text, out date);

    private static Row? ParseRow(int line, IReadOnlyList<string> record, int headerCount, int[] map, Names<UnitRef> units, Names<PlaceRef> compounds, Names<PlaceRef> buildings, LocalDate today, List<LedgerRowError> errors,
        HierarchySchema schema)
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
        HierarchyPath? unitPath = null;
        if (Field(9) is { } unitText)
        {
            if (units.TryFind(unitText, out var unit, out var ambiguous))
            {
                (unitId, unitPath) = (unit!.Id, unit.Path);
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

        PlaceRef? Compound(int column, string key)
        {
            if (Field(column) is not { } text)
            {
                return null;
            }

            if (compounds.TryFind(text, out var place, out var ambiguous))
            {
                return place;
            }

            var (en, zh) = (PlaceWords.En(schema, PlaceKind.Compound), PlaceWords.Zh(schema, PlaceKind.Compound));
            FailText(key, "NP-CSV-006", ambiguous ? $"'{text}' names several {PlaceWords.Plural(en)}; use its id." : $"No {en} '{text}' in this scope.",
                ambiguous ? $"“{text}”对应多个{zh}，请使用编号。" : $"本范围内没有{zh}“{text}”。");
            return null;
        }

        PlaceId? Building(int column, string key, PlaceRef? compound)
        {
            if (Field(column) is not { } text)
            {
                return null;
            }

            if (compound is not null && (buildings.TryFind($"{compound.Id}/{text}", out var building, out _) || (Guid.TryParse(text, out _) && buildings.TryFind(text, out building, out _))) && building!.ParentId == compound.Id)
            {
                return building.Id;
            }

            FailText(key, "NP-CSV-006", $"No {PlaceWords.En(schema, PlaceKind.Building)} '{text}' in that {PlaceWords.En(schema, PlaceKind.Compound)}.",
                $"该{PlaceWords.Zh(schema, PlaceKind.Compound)}没有{PlaceWords.Zh(schema, PlaceKind.Building)}“{text}”。");
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
            MemberChecks.Details(details, idCard, today);
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

        return new Row(line, details, idCard, phone, new MemberRelationship(unitId, external), unitPath, residence, registered, registeredBuilding, grid);

        T Bad<T>(string column, string code, string en, string zh)
        {
            FailText(column, code, en, zh);
            return default!;
        }
    }
}
