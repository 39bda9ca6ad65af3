using Ardalis.Specification;
using NeighborParty.Organization;

namespace NeighborParty.CoBuilding;

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
