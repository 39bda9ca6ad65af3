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
