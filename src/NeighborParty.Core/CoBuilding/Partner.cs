using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// A co-building party (共建单位 or deputy): one of the six kinds of force brought into compounds, registered at the
/// district, street or community that works with it.
/// </summary>
public sealed class Partner : AggregateRoot<PartnerId>, IAuditedNode
{
    private Partner()
        : base(default)
    {
    }

    private Partner(PartnerId id)
        : base(id)
    {
    }

    /// <summary>Gets the name (an organisation's, or a deputy's own).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the kind.</summary>
    public PartnerCategory Category { get; private set; }

    /// <summary>Gets which mass organisation, for <see cref="PartnerCategory.MassOrganisation"/>.</summary>
    public MassOrganisationKind? MassOrganisation { get; private set; }

    /// <summary>Gets the parent body (e.g. 共青团南平市委 for 共青团延平区委; a deputy's delegation), or null.</summary>
    public string? ParentBody { get; private set; }

    /// <summary>Gets the contact person, or null.</summary>
    public string? ContactName { get; private set; }

    /// <summary>Gets the contact phone, or null.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>Gets the district, street or community the partner is registered at.</summary>
    public PlaceId HomePlaceId { get; private set; }

    /// <summary>Gets the high half of the home place's position.</summary>
    public long HomePathHigh { get; private set; }

    /// <summary>Gets the low half of the home place's position.</summary>
    public long HomePathLow { get; private set; }

    /// <summary>Gets the home place's position.</summary>
    public HierarchyPath HomePath => HierarchyPath.FromSortKeys(HomePathHigh, HomePathLow);

    /// <summary>Gets when it was registered (the figures count an organ from then).</summary>
    public Instant Registered { get; private set; }

    /// <summary>Gets a value indicating whether the partner is a person (a deputy) rather than an organisation.</summary>
    public bool IsDeputy => Category is PartnerCategory.PartyCongressDeputy or PartnerCategory.PeoplesCongressDeputy or PartnerCategory.CppccMember;

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => HomePlaceId.Value;

    HierarchyPath IAuditedNode.Path => HomePath;

    internal static Partner Create(PartnerId id, PartnerDetails details, Place home, Instant now)
    {
        var partner = new Partner(id) { Registered = now };
        partner.Set(details, home);
        partner.Raise(new PartnerChanged(id, "registered", partner.Name, now));
        return partner;
    }

    internal void Change(PartnerDetails details, Place home, Instant now)
    {
        Set(details, home);
        Raise(new PartnerChanged(Id, "changed", Name, now));
    }

    private void Set(PartnerDetails details, Place home)
    {
        Name = details.Name.Trim();
        Category = details.Category;
        MassOrganisation = details.Category == PartnerCategory.MassOrganisation ? details.MassOrganisation : null;
        ParentBody = string.IsNullOrWhiteSpace(details.ParentBody) ? null : details.ParentBody.Trim();
        ContactName = string.IsNullOrWhiteSpace(details.ContactName) ? null : details.ContactName.Trim();
        ContactPhone = details.ContactPhone;
        HomePlaceId = home.Id;
        HomePathHigh = home.Path.SortKeyHigh;
        HomePathLow = home.Path.SortKeyLow;
    }
}

/// <summary>What to record about a partner.</summary>
/// <param name="Name">The name (1–100 characters).</param>
/// <param name="Category">The kind.</param>
/// <param name="HomePlaceId">The district, street or community it is registered at.</param>
/// <param name="MassOrganisation">Which mass organisation; required for <see cref="PartnerCategory.MassOrganisation"/>.</param>
/// <param name="ParentBody">The parent body, or null.</param>
/// <param name="ContactName">The contact person, or null.</param>
/// <param name="ContactPhone">The contact phone, or null.</param>
public sealed record PartnerDetails(string Name, PartnerCategory Category, PlaceId HomePlaceId, MassOrganisationKind? MassOrganisation = null,
    string? ParentBody = null, string? ContactName = null, string? ContactPhone = null);
