namespace NeighborParty.Membership.Csv;

/// <summary>A column of the ledger CSV: a stable key, its English and Chinese headers, and whether it is required.</summary>
/// <param name="Key">The key (also the English header).</param>
/// <param name="Chinese">The Chinese header.</param>
/// <param name="Required">Whether every file must have it.</param>
public sealed record LedgerColumn(string Key, string Chinese, bool Required = false);

/// <summary>The columns of the ledger CSV; headers are matched in English or Chinese, in any order.</summary>
public static class LedgerColumns
{
    /// <summary>Gets every column, in the order exports write them.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } =
    [
        new("name", "姓名", Required: true),
        new("idNumber", "身份证号", Required: true),
        new("gender", "性别"),
        new("birthDate", "出生日期"),
        new("phone", "联系电话"),
        new("joined", "入党日期", Required: true),
        new("madeFull", "转正日期"),
        new("category", "党员类别", Required: true),
        new("mobile", "流动党员"),
        new("unit", "组织关系所在党组织"),
        new("externalOrganization", "组织关系所在外单位党组织"),
        new("residenceCompound", "居住小区"),
        new("residenceBuilding", "居住楼栋"),
        new("registeredCompound", "报到小区"),
        new("registeredBuilding", "报到楼栋"),
        new("registeredGrid", "报到网格"),
        new("suspensionReason", "暂停表决权原因"),
        new("suspendedFrom", "暂停起始日期"),
        new("suspendedTo", "暂停截止日期"),
    ];

    /// <summary>The category names accepted, in Chinese and English.</summary>
    internal static readonly Dictionary<string, MemberCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["离退休"] = MemberCategory.Retired, ["离退休党员"] = MemberCategory.Retired, ["Retired"] = MemberCategory.Retired,
        ["在职"] = MemberCategory.InService, ["在职党员"] = MemberCategory.InService, ["InService"] = MemberCategory.InService,
        ["小区党员"] = MemberCategory.CompoundResident, ["小区居民党员"] = MemberCategory.CompoundResident, ["CompoundResident"] = MemberCategory.CompoundResident,
        ["驻区单位"] = MemberCategory.ResidentUnit, ["驻区单位党员"] = MemberCategory.ResidentUnit, ["ResidentUnit"] = MemberCategory.ResidentUnit,
    };

    /// <summary>The Chinese name written for each category.</summary>
    internal static string ChineseCategory(MemberCategory category) => category switch
    {
        MemberCategory.Retired => "离退休",
        MemberCategory.InService => "在职",
        MemberCategory.CompoundResident => "小区党员",
        _ => "驻区单位",
    };
}

/// <summary>One problem with one row of an imported ledger.</summary>
/// <param name="Row">The line number where the row starts (the header is line 1).</param>
/// <param name="Column">The column key, or an empty string for the whole row or file.</param>
/// <param name="Code">The rule code.</param>
/// <param name="Message">The problem in English.</param>
/// <param name="MessageZh">The problem in Chinese.</param>
public sealed record LedgerRowError(int Row, string Column, string Code, string Message, string MessageZh);

/// <summary>What an import did: all rows stored, or — if any row is bad — none, with every bad row listed.</summary>
/// <param name="Rows">The data rows read.</param>
/// <param name="Added">New members.</param>
/// <param name="Updated">Members whose details changed.</param>
/// <param name="Unchanged">Members already exactly as in the file.</param>
/// <param name="Errors">The problems (at most <see cref="LedgerImporter.MaxReportedErrors"/>); empty when the file was stored.</param>
/// <param name="BadRows">How many rows had problems (also beyond those listed).</param>
public sealed record LedgerImportReport(int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<LedgerRowError> Errors, int BadRows)
{
    /// <summary>Gets a value indicating whether the file was stored (no bad row).</summary>
    public bool Stored => BadRows == 0 && Errors.Count == 0;
}
