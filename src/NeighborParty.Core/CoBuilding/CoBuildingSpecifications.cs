using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

/// <summary>The partners registered in a place subtree, by name.</summary>
public sealed class PartnersInScopeSpec : Specification<Partner>
{
    /// <summary>Initializes a new instance of the <see cref="PartnersInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public PartnersInScopeSpec(HierarchyPath scope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, p => p.Home)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(take);
    }
}

/// <summary>The covenants of the units in a unit subtree, or those a partner is party to, newest first.</summary>
public sealed class CovenantsSpec : Specification<Covenant>
{
    /// <summary>Initializes a new instance of the <see cref="CovenantsSpec"/> class for a unit subtree.</summary>
    /// <param name="unitScope">The unit subtree.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public CovenantsSpec(HierarchyPath unitScope, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Unit, unitScope, c => c.Unit)
            .OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="CovenantsSpec"/> class for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public CovenantsSpec(PartnerId partner, int skip = 0, int take = 100) =>
        Query.Where(c => c.Partners.Any(p => p.PartnerId == partner)).OrderBy(c => c.Title).ThenBy(c => c.Id).Skip(skip).Take(take);
}

/// <summary>
/// The menu: active offerings, optionally of one category, serving one compound, or of one partner. Build it once and
/// evaluate it again and again (the menu page asks the same question for every visitor).
/// </summary>
public sealed class MenuSpec : Specification<ServiceOffering>
{
    /// <summary>Initializes a new instance of the <see cref="MenuSpec"/> class.</summary>
    /// <param name="category">Only this category's key, or null.</param>
    /// <param name="compound">Only offerings serving this compound, or null.</param>
    /// <param name="partner">Only this partner's offerings, or null.</param>
    /// <param name="includeWithdrawn">Whether withdrawn offerings are listed too.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public MenuSpec(string? category = null, PlaceId? compound = null, PartnerId? partner = null, bool includeWithdrawn = false, int skip = 0, int take = 100)
    {
        if (!includeWithdrawn)
        {
            Query.Where(o => o.Active);
        }

        if (category is not null)
        {
            Query.Where(o => o.Category == category);
        }

        if (compound is { } c)
        {
            Query.Where(o => o.Compounds.Any(x => x.CompoundId == c));
        }

        if (partner is { } p)
        {
            Query.Where(o => o.PartnerId == p);
        }

        Query.OrderBy(o => o.Category).ThenBy(o => o.Title).ThenBy(o => o.Id).Skip(skip).Take(take);
    }
}

/// <summary>The orders of the compounds in a place subtree, or of a partner, newest first.</summary>
public sealed class OrdersSpec : Specification<ServiceOrder>
{
    /// <summary>Initializes a new instance of the <see cref="OrdersSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="state">Only this state, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public OrdersSpec(HierarchyPath scope, OrderState? state = null, int skip = 0, int take = 100)
    {
        Query.Within(TreeKind.Place, scope, o => o.Compound);
        if (state is { } s)
        {
            Query.Where(o => o.State == s);
        }

        Query.OrderByDescending(o => o.WantedDate).ThenBy(o => o.Id).Skip(skip).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="OrdersSpec"/> class for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="state">Only this state, or null.</param>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return.</param>
    public OrdersSpec(PartnerId partner, OrderState? state = null, int skip = 0, int take = 100)
    {
        Query.Where(o => o.PartnerId == partner);
        if (state is { } s)
        {
            Query.Where(o => o.State == s);
        }

        Query.OrderByDescending(o => o.WantedDate).ThenBy(o => o.Id).Skip(skip).Take(take);
    }
}

/// <summary>The positions in the compounds of a place subtree.</summary>
public sealed class PositionsInScopeSpec : Specification<Position>
{
    /// <summary>Initializes a new instance of the <see cref="PositionsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public PositionsInScopeSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, p => p.Compound)
            .OrderBy(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(take);
    }
}

/// <summary>The teams deployed through the places of a place subtree.</summary>
public sealed class TeamsInScopeSpec : Specification<DeployedTeam>
{
    /// <summary>Initializes a new instance of the <see cref="TeamsInScopeSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public TeamsInScopeSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, t => t.Home)
            .OrderBy(t => t.Kind).ThenBy(t => t.Name).ThenBy(t => t.Id).Take(take);
    }
}

/// <summary>The motions arising from the compounds of a place subtree, or filed by a deputy.</summary>
public sealed class MotionsSpec : Specification<DeputyMotion>
{
    /// <summary>Initializes a new instance of the <see cref="MotionsSpec"/> class for a place subtree.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="take">How many to return.</param>
    public MotionsSpec(HierarchyPath scope, int take = 500)
    {
        Query.Within(TreeKind.Place, scope, m => m.Compound)
            .OrderByDescending(m => m.FiledOn).ThenBy(m => m.Id).Take(take);
    }

    /// <summary>Initializes a new instance of the <see cref="MotionsSpec"/> class for a deputy.</summary>
    /// <param name="deputy">The deputy.</param>
    /// <param name="take">How many to return.</param>
    public MotionsSpec(PartnerId deputy, int take = 500) => Query.Where(m => m.DeputyId == deputy).OrderByDescending(m => m.FiledOn).ThenBy(m => m.Id).Take(take);
}
