using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>
/// A co-building party (共建单位 or deputy): one of the six kinds of force brought into compounds, registered at the
/// district, street or community that works with it.
/// </summary>
public sealed class Partner : AggregateRoot<PartnerId>, IAuditedNode, ISnapshotable<Partner, PartnerSnapshot>, IPlaced<Partner>
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

    /// <summary>Gets the district, street or community the partner is registered at, in the tree of places.</summary>
    public TreePosition Home { get; private set; }

    /// <summary>Gets the district, street or community the partner is registered at.</summary>
    public PlaceId HomePlaceId => new(Home.NodeId);

    /// <summary>Gets the home place's position.</summary>
    public HierarchyPath HomePath => Home.Path;

    /// <summary>Gets when it was registered (the figures count an organ from then).</summary>
    public Instant Registered { get; private set; }

    /// <summary>Gets a value indicating whether the partner is a person (a deputy) rather than an organisation.</summary>
    public bool IsDeputy => IsDeputyCategory(Category);

    /// <summary>Gets the position a store queries (the home place).</summary>
    public static IReadOnlyList<Expression<Func<Partner, TreePosition>>> Positions { get; } = [p => p.Home];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Home;

    /// <inheritdoc />
    public PartnerSnapshot ToSnapshot() => new(Id, Name, Category, MassOrganisation, ParentBody, ContactName, ContactPhone, Home, Registered);

    /// <inheritdoc />
    public static Partner FromSnapshot(PartnerSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var partner = new Partner(snapshot.Id)
        {
            Name = snapshot.Name,
            Category = snapshot.Category,
            MassOrganisation = snapshot.MassOrganisation,
            ParentBody = snapshot.ParentBody,
            ContactName = snapshot.ContactName,
            ContactPhone = snapshot.ContactPhone,
            Home = snapshot.Home,
            Registered = snapshot.Registered,
        };
        partner.RestoreVersion(version);
        return partner;
    }

    /// <summary>Registers a partner at a district, street or community.</summary>
    /// <param name="id">The new partner's id.</param>
    /// <param name="details">The details.</param>
    /// <param name="home">The place it is registered at.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A refused field or home place (<c>NP-COB-001</c>).</exception>
    public static Partner Register(PartnerId id, PartnerDetails details, Place home, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(home);
        Check(details, home, schema);
        var partner = new Partner(id) { Registered = now };
        partner.Set(details, home);
        partner.Raise(new PartnerChanged(id, "registered", partner.Name, now));
        return partner;
    }

    /// <summary>Changes the partner's details; an organisation stays an organisation and a deputy a deputy.</summary>
    /// <param name="details">The details.</param>
    /// <param name="home">The place it is registered at.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A refused field, home place or change of kind (<c>NP-COB-001</c>).</exception>
    public void Change(PartnerDetails details, Place home, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(home);
        if (IsDeputy != IsDeputyCategory(details.Category))
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Partner, "An organisation stays an organisation and a deputy a deputy.", "单位与代表委员不能互换类别。", "category");
        }

        Check(details, home, schema);
        Set(details, home);
        Raise(new PartnerChanged(Id, "changed", Name, now));
    }

    private static bool IsDeputyCategory(PartnerCategory category) =>
        category is PartnerCategory.PartyCongressDeputy or PartnerCategory.PeoplesCongressDeputy or PartnerCategory.CppccMember;

    private static void Check(PartnerDetails details, Place home, HierarchySchema? schema)
    {
        TextRules.RequireName(details.Name, "name");
        if (FieldRules.Defined<PartnerCategory>(details.Category, "category") is { } category)
        {
            throw new RuleViolationException(category);
        }

        if (details.Category == PartnerCategory.MassOrganisation ? details.MassOrganisation is not { } kind || !Enum.IsDefined(kind) : details.MassOrganisation is not null)
        {
            throw CoBuildingRules.Fail(CoBuildingRules.Partner, "A mass organisation says which one (Youth League, Women's Federation, trade union, other); nobody else does.",
                "群团组织须注明类别（共青团、妇联、工会、其他），其他单位不填。", "massOrganisation");
        }

        TextRules.OptionalName(details.ParentBody, "parentBody");
        TextRules.OptionalName(details.ContactName, "contactName");
        if (details.ContactPhone is not null)
        {
            Membership.PhoneNumber.Parse(details.ContactPhone, "contactPhone");
        }

        if (home.Kind is not (PlaceKind.District or PlaceKind.Street or PlaceKind.Community))
        {
            var (en, zh) = CoBuildingRules.Homes(schema);
            throw CoBuildingRules.Fail(CoBuildingRules.Partner, $"A partner is registered at a {en}.", $"共建单位须登记在{zh}。", "homePlaceId");
        }
    }

    private void Set(PartnerDetails details, Place home)
    {
        Name = details.Name.Trim();
        Category = details.Category;
        MassOrganisation = details.Category == PartnerCategory.MassOrganisation ? details.MassOrganisation : null;
        ParentBody = string.IsNullOrWhiteSpace(details.ParentBody) ? null : details.ParentBody.Trim();
        ContactName = string.IsNullOrWhiteSpace(details.ContactName) ? null : details.ContactName.Trim();
        ContactPhone = details.ContactPhone;
        Home = home.Position;
    }
}
