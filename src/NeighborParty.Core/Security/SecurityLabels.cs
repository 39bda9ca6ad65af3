namespace NeighborParty.Security;

/// <summary>
/// Chinese names of the actor kinds and the library's actions, so that a refusal reads as Chinese to the people
/// who receive it — "社区党组织工作人员无权导出党员花名册", not "当前身份（CommunityStaff）无权执行“ledger.export”" (issue 17).
/// </summary>
internal static class SecurityLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["schema.read"] = "查看组织层级设置",
        ["units.read"] = "查看党组织",
        ["units.create-root"] = "设立最上级党组织",
        ["units.add-child"] = "设立下级党组织",
        ["units.change"] = "修改党组织",
        ["units.move"] = "调整党组织隶属关系",
        ["units.dissolve"] = "撤销党组织",
        ["places.read"] = "查看区域",
        ["places.register-district"] = "登记区县",
        ["places.register"] = "登记区域",
        ["places.change"] = "修改区域",
        ["audit.read"] = "查看操作记录",
        ["members.read"] = "查看党员信息",
        ["members.manage"] = "管理党员信息",
        ["members.read-personal"] = "查看党员完整身份证号和电话",
        ["ledger.import"] = "导入党员花名册",
        ["ledger.export"] = "导出党员花名册",
        ["formation.read"] = "查看组织设置评估",
        ["stewards.read"] = "查看红色管家",
        ["stewards.appoint"] = "任免红色管家",
        ["governance.manage"] = "管理小区治理信息",
        ["cobuilding.read"] = "查看共驻共建",
        ["cobuilding.manage"] = "管理共驻共建",
        ["cobuilding.party"] = "以共建单位身份操作",
        ["menu.read"] = "查看服务菜单",
        ["requests.read"] = "查看居民诉求",
        ["requests.handle"] = "办理居民诉求",
        ["deliberations.manage"] = "组织议事协商",
        ["requests.own"] = "以居民身份提出诉求",
        ["accounts.read"] = "查看工作台账",
        ["activities.record"] = "登记活动",
        ["accounts.close"] = "结转台账",
        ["care.read"] = "查看邻里守望",
        ["care.read-personal"] = "查看守望对象敏感信息",
        ["care.manage"] = "管理邻里守望",
        ["care.contact"] = "登记探访",
    };

    /// <summary>The actor kind in Chinese.</summary>
    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.DistrictAdmin => "区级党建管理员",
        ActorKind.StreetStaff => "街道党工委工作人员",
        ActorKind.CommunityStaff => "社区党组织工作人员",
        ActorKind.CompoundSecretary => "小区党支部书记",
        ActorKind.Steward => "红色管家",
        ActorKind.CoBuildingParty => "共建单位",
        ActorKind.Resident => "居民",
        ActorKind.System => "系统",
        _ => "当前身份",
    };

    /// <summary>The action in Chinese, or a neutral phrase for an action a district defined itself.</summary>
    public static string Action(AccessAction action) => Actions.TryGetValue(action.Name, out var zh) ? zh : "此项操作";
}
