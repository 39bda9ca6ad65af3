namespace NeighborParty.Membership.Csv;

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
