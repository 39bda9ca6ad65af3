using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>
/// Applies an Ardalis specification to an EF Core query so that it runs in SQL: criteria, ordering, paging,
/// tracking and projection. (Ardalis.Specification.EntityFrameworkCore is not used; this is its small core.)
/// </summary>
internal static class SpecificationQuery
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISpecification<T> specification, bool criteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.IncludeExpressions.Any() || specification.SearchCriterias.Any())
        {
            throw new NotSupportedException("Include and Search specifications are not supported by the NeighborParty EF repository; aggregates load whole and criteria use Where.");
        }

        query = WhereEvaluator.Instance.GetQuery(query, specification);
        if (!criteriaOnly)
        {
            query = OrderEvaluator.Instance.GetQuery(query, specification);
            query = PaginationEvaluator.Instance.GetQuery(query, specification);
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        return query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        var filtered = Apply(query, (ISpecification<T>)specification);
        if (specification.Selector is not null)
        {
            return filtered.Select(specification.Selector);
        }

        if (specification.SelectorMany is not null)
        {
            return filtered.SelectMany(specification.SelectorMany);
        }

        throw new InvalidOperationException("A projecting specification needs a Select or SelectMany.");
    }
}
