using NeighborParty.Activities;
using NeighborParty.Care;
using NeighborParty.CoBuilding;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Requests;
using NeighborParty.Stewards;

namespace NeighborParty.Common;

/// <summary>
/// The Chinese label of every verdict, outcome and state the library answers with, for screens and reports that
/// party-affairs staff read (the enum names stay the stable, English API values). Requests and wishes have theirs in
/// <see cref="RequestStateNames"/>.
/// </summary>
public static class ChineseLabels
{
    /// <summary>Labels a formation verdict; several flags are joined with 、 in the order of the flags.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Such as 应当成立党支部、应设支部委员会.</returns>
    public static string Of(FormationVerdict verdict)
    {
        if (verdict == FormationVerdict.None)
        {
            return "无";
        }

        var parts = new List<string>(2);
        foreach (var flag in Enum.GetValues<FormationVerdict>())
        {
            if (flag != FormationVerdict.None && verdict.HasFlag(flag))
            {
                parts.Add(Single(flag));
            }
        }

        return string.Join("、", parts);
    }

    /// <summary>Labels what was assessed, in Yanping's words; <see cref="SchemaLabels.Of(FormationSubjectKind, Organization.HierarchySchema)"/> uses a district's own.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Such as 小区 or 党支部.</returns>
    public static string Of(FormationSubjectKind subject) => subject switch
    {
        FormationSubjectKind.Place => "小区",
        FormationSubjectKind.Places => "拟联合的小区",
        FormationSubjectKind.Branch => "党支部",
        _ => subject.ToString(),
    };

    /// <summary>Labels a project's state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Such as 实施中.</returns>
    public static string Of(ProjectState state) => state switch
    {
        ProjectState.Planned => "已计划",
        ProjectState.Running => "实施中",
        ProjectState.Done => "已完成",
        ProjectState.Abandoned => "已终止",
        _ => state.ToString(),
    };

    /// <summary>Labels a covenant's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Such as 生效中.</returns>
    public static string Of(CovenantStatus status) => status switch
    {
        CovenantStatus.Draft => "草拟",
        CovenantStatus.AwaitingSignatures => "待签署",
        CovenantStatus.FullySigned => "已全部签署",
        CovenantStatus.InForce => "生效中",
        CovenantStatus.Expired => "已到期",
        CovenantStatus.Terminated => "已终止",
        _ => status.ToString(),
    };

    /// <summary>Labels a service order's state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Such as 已接单.</returns>
    public static string Of(OrderState state) => state switch
    {
        OrderState.Ordered => "已下单",
        OrderState.Accepted => "已接单",
        OrderState.Declined => "已婉拒",
        OrderState.Scheduled => "已排期",
        OrderState.Delivered => "已交付",
        OrderState.Rated => "已评价",
        OrderState.Cancelled => "已取消",
        _ => state.ToString(),
    };

    /// <summary>Labels a deputy's motion's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Such as 已答复.</returns>
    public static string Of(MotionStatus status) => status switch
    {
        MotionStatus.Filed => "已提交",
        MotionStatus.Accepted => "已受理",
        MotionStatus.Rejected => "不予受理",
        MotionStatus.Answered => "已答复",
        MotionStatus.Closed => "已办结",
        _ => status.ToString(),
    };

    /// <summary>Labels a gap in a branch committee (BR-4).</summary>
    /// <param name="kind">The gap.</param>
    /// <returns>Such as 未设支部委员会.</returns>
    public static string Of(CommitteeGapKind kind) => kind switch
    {
        CommitteeGapKind.Missing => "未设支部委员会",
        CommitteeGapKind.TooSmall => "委员人数不足",
        CommitteeGapKind.TooLarge => "委员人数超出",
        CommitteeGapKind.WithoutBasis => "不应设委员会",
        _ => kind.ToString(),
    };

    /// <summary>Labels a member's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>正式党员 or 预备党员.</returns>
    public static string Of(MemberStatus status) => status switch
    {
        MemberStatus.Full => "正式党员",
        MemberStatus.Probationary => "预备党员",
        _ => status.ToString(),
    };

    /// <summary>Labels a member's category, as the ledger does.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Such as 离退休.</returns>
    public static string Of(MemberCategory category) => Membership.Csv.LedgerColumns.ChineseCategory(category);

    /// <summary>Labels a transfer's state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>转出 or 在途.</returns>
    public static string Of(TransferState state) => state switch
    {
        TransferState.Out => "已转出",
        TransferState.InTransit => "转接在途",
        _ => state.ToString(),
    };

    /// <summary>Labels a deliberation's state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Such as 已议决.</returns>
    public static string Of(DeliberationState state) => state switch
    {
        DeliberationState.Convened => "已召集",
        DeliberationState.InSession => "议事中",
        DeliberationState.Decided => "已议决",
        DeliberationState.Closed => "已结束",
        DeliberationState.Cancelled => "已取消",
        _ => state.ToString(),
    };

    /// <summary>Labels why an appointment ended.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Such as 辞职.</returns>
    public static string Of(AppointmentEndReason reason) => reason switch
    {
        AppointmentEndReason.Resigned => "辞职",
        AppointmentEndReason.Removed => "免职",
        AppointmentEndReason.MovedAway => "迁出",
        AppointmentEndReason.Died => "去世",
        AppointmentEndReason.ReplacedAtElection => "换届改选",
        _ => reason.ToString(),
    };

    /// <summary>Labels care needs; several are joined with 、.</summary>
    /// <param name="needs">The needs.</param>
    /// <returns>Such as 独居空巢老人、重病失能.</returns>
    public static string Of(CareNeeds needs)
    {
        if (needs == CareNeeds.None)
        {
            return "未填写";
        }

        var parts = new List<string>(2);
        foreach (var (flag, label) in new[]
        {
            (CareNeeds.IsolatedElderly, "独居空巢老人"), (CareNeeds.Disabled, "残疾人"), (CareNeeds.SeriousIllness, "重病失能"),
            (CareNeeds.LeftBehindChild, "留守儿童"), (CareNeeds.Hardship, "困难家庭"),
        })
        {
            if (needs.HasFlag(flag))
            {
                parts.Add(label);
            }
        }

        return string.Join("、", parts);
    }

    /// <summary>Labels where a cared-for resident is.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Such as 入住养老机构.</returns>
    public static string Of(CareStatus status) => status switch
    {
        CareStatus.AtHome => "居家",
        CareStatus.InCareFacility => "入住养老机构或医院",
        CareStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    /// <summary>Labels who a guardian is.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Such as 邻居.</returns>
    public static string Of(GuardianKind kind) => kind switch
    {
        GuardianKind.Neighbour => "邻居",
        GuardianKind.PartyMember => "党员",
        GuardianKind.Steward => "红色管家",
        GuardianKind.Relative => "亲属",
        GuardianKind.Volunteer => "志愿者",
        _ => kind.ToString(),
    };

    /// <summary>Labels how a contact was made.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>Such as 上门探访.</returns>
    public static string Of(ContactMode mode) => mode switch
    {
        ContactMode.Visit => "上门探访",
        ContactMode.Phone => "电话问候",
        ContactMode.VideoCall => "视频问候",
        ContactMode.FacilityVisit => "机构探望",
        _ => mode.ToString(),
    };

    /// <summary>Labels a care action.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Such as 申请救助.</returns>
    public static string Of(CareActionKind kind) => kind switch
    {
        CareActionKind.MedicalHelp => "紧急送医",
        CareActionKind.ReliefApplication => "申请救助",
        CareActionKind.CareHomePlacement => "联系养老机构",
        CareActionKind.HomeAdaptation => "适老化改造",
        CareActionKind.JointMeeting => "联席会议",
        _ => kind.ToString(),
    };

    /// <summary>Labels who answers for an escalated case, in Yanping's words; <see cref="SchemaLabels.Of(EscalationLevel, Organization.HierarchySchema)"/> uses a district's own.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Such as 社区.</returns>
    public static string Of(EscalationLevel level) => level switch
    {
        EscalationLevel.Branch => "小区党支部",
        EscalationLevel.Community => "社区",
        _ => level.ToString(),
    };

    /// <summary>Labels a care alert, in Yanping's words; <see cref="SchemaLabels.Of(CareAlertLevel, Organization.HierarchySchema)"/> uses a district's own.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Such as 逾期未探访.</returns>
    public static string Of(CareAlertLevel level) => level switch
    {
        CareAlertLevel.None => "正常",
        CareAlertLevel.Due => "逾期未探访",
        CareAlertLevel.Escalated => "已上报社区",
        _ => level.ToString(),
    };

    private static string Single(FormationVerdict flag) => flag switch
    {
        FormationVerdict.NoMembers => "无在册党员",
        FormationVerdict.FormBranch => "应当成立党支部",
        FormationVerdict.JoinJointBranch => "应成立联合党支部",
        FormationVerdict.FormJointBranch => "可以成立联合党支部",
        FormationVerdict.TooManyUnitsForJoint => "联合单位过多",
        FormationVerdict.CommitteeRequired => "应设支部委员会",
        FormationVerdict.CommitteeInPlace => "已设支部委员会",
        FormationVerdict.SecretaryOnly => "不设委员会，设书记",
        FormationVerdict.DivideIntoGroups => "应划分党小组",
        FormationVerdict.TooLarge => "党员人数过多",
        FormationVerdict.NoLongerMeetsConditions => "不再符合设立条件",
        FormationVerdict.NotEnoughEvenJointly => "联合后仍不足设立条件",
        _ => flag.ToString(),
    };
}
