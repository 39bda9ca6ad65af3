namespace NeighborParty.CoBuilding;

/// <summary>The six kinds of force brought into compounds (六进小区): three kinds of organisation, three of person.</summary>
public enum PartnerCategory
{
    /// <summary>A government organ or public institution (机关单位).</summary>
    GovernmentOrgan = 1,

    /// <summary>A chamber of commerce or an enterprise (商会企业).</summary>
    ChamberOrEnterprise = 2,

    /// <summary>A mass organisation (群团): Youth League, Women's Federation, trade union.</summary>
    MassOrganisation = 3,

    /// <summary>A Party congress deputy (党代表).</summary>
    PartyCongressDeputy = 4,

    /// <summary>A People's congress deputy (人大代表).</summary>
    PeoplesCongressDeputy = 5,

    /// <summary>A CPPCC member (政协委员).</summary>
    CppccMember = 6,
}

/// <summary>Which mass organisation.</summary>
public enum MassOrganisationKind
{
    /// <summary>The Communist Youth League (共青团).</summary>
    YouthLeague = 1,

    /// <summary>The Women's Federation (妇联).</summary>
    WomensFederation = 2,

    /// <summary>A trade union (工会).</summary>
    TradeUnion = 3,

    /// <summary>Another mass organisation (e.g. 科协, 残联).</summary>
    Other = 4,
}

/// <summary>What a covenant commitment gives.</summary>
public enum CommitmentKind
{
    /// <summary>A service (法律咨询, 家电维修 …).</summary>
    Service = 1,

    /// <summary>A venue shared (场地).</summary>
    Venue = 2,

    /// <summary>Funding (资金).</summary>
    Funding = 3,

    /// <summary>People sent down (人员).</summary>
    People = 4,

    /// <summary>Something else.</summary>
    Other = 5,
}

/// <summary>Where a covenant stands on a day.</summary>
public enum CovenantStatus
{
    /// <summary>Being drafted; nobody has been asked to sign.</summary>
    Draft = 1,

    /// <summary>Submitted; waiting for every party's signature.</summary>
    AwaitingSignatures = 2,

    /// <summary>Signed by every party; the validity has not begun.</summary>
    FullySigned = 3,

    /// <summary>Signed by every party and the day lies inside the validity.</summary>
    InForce = 4,

    /// <summary>The validity has passed.</summary>
    Expired = 5,

    /// <summary>Ended before its validity by a party.</summary>
    Terminated = 6,
}

/// <summary>Where one version of a covenant stands.</summary>
public enum CovenantVersionState
{
    /// <summary>Editable.</summary>
    Draft = 1,

    /// <summary>Frozen and out for signature.</summary>
    AwaitingSignatures = 2,

    /// <summary>Signed by every party; never changes again.</summary>
    FullySigned = 3,

    /// <summary>An amendment was drafted but given up before it was signed.</summary>
    Withdrawn = 4,
}

/// <summary>How a partner serves (组团式 / 菜单式 / 嵌入式).</summary>
public enum ServiceMode
{
    /// <summary>A team goes to the compound (组团式).</summary>
    Team = 1,

    /// <summary>Ordered from the menu on demand (菜单式, 按需点单).</summary>
    Menu = 2,

    /// <summary>Embedded in the compound on a schedule (嵌入式).</summary>
    Embedded = 3,
}

/// <summary>The period an offering's capacity is counted over.</summary>
public enum CapacityPeriod
{
    /// <summary>A calendar week (Monday to Sunday).</summary>
    Week = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>A calendar quarter.</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 4,
}

/// <summary>Where a service order stands: ordered → accepted or declined → scheduled → delivered → rated.</summary>
public enum OrderState
{
    /// <summary>Ordered by the compound.</summary>
    Ordered = 1,

    /// <summary>Accepted by the partner (a unit of capacity is booked).</summary>
    Accepted = 2,

    /// <summary>Declined by the partner, with a reason.</summary>
    Declined = 3,

    /// <summary>Given a date.</summary>
    Scheduled = 4,

    /// <summary>Delivered.</summary>
    Delivered = 5,

    /// <summary>Rated by the compound.</summary>
    Rated = 6,

    /// <summary>Withdrawn by the compound before delivery.</summary>
    Cancelled = 7,
}

/// <summary>What a deputy files.</summary>
public enum MotionKind
{
    /// <summary>A motion to a People's congress (议案).</summary>
    Motion = 1,

    /// <summary>A proposal to the CPPCC (提案).</summary>
    Proposal = 2,

    /// <summary>A suggestion or opinion (建议).</summary>
    Suggestion = 3,
}

/// <summary>Where a deputy's motion stands.</summary>
public enum MotionStatus
{
    /// <summary>Filed with the body.</summary>
    Filed = 1,

    /// <summary>Accepted for handling (立案).</summary>
    Accepted = 2,

    /// <summary>Not accepted (不予立案), with a reason.</summary>
    Rejected = 3,

    /// <summary>Answered by the handling department.</summary>
    Answered = 4,

    /// <summary>Closed, with the deputy's view of the answer.</summary>
    Closed = 5,
}
