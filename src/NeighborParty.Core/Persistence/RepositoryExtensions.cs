using NeighborParty.Domain;

namespace NeighborParty.Persistence;

/// <summary>Staging several aggregates at once.</summary>
public static class RepositoryExtensions
{
    /// <summary>Stages each of <paramref name="aggregates"/> as new.</summary>
    /// <typeparam name="T">The aggregate root.</typeparam>
    /// <param name="repository">The repository.</param>
    /// <param name="aggregates">The new aggregates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddRange<T>(this IRepository<T> repository, IEnumerable<T> aggregates)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(aggregates);
        if (repository is Repository<T> library && aggregates.TryGetNonEnumeratedCount(out var count))
        {
            library.Reserve(count);
        }

        foreach (var aggregate in aggregates)
        {
            repository.Add(aggregate);
        }
    }

    /// <summary>Stages the changes of each of <paramref name="aggregates"/>.</summary>
    /// <typeparam name="T">The aggregate root.</typeparam>
    /// <param name="repository">The repository.</param>
    /// <param name="aggregates">The changed aggregates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void UpdateRange<T>(this IRepository<T> repository, IEnumerable<T> aggregates)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(aggregates);
        if (repository is Repository<T> library && aggregates.TryGetNonEnumeratedCount(out var count))
        {
            library.Reserve(count);
        }

        foreach (var aggregate in aggregates)
        {
            repository.Update(aggregate);
        }
    }
}
