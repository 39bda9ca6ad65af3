using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Persistence;

namespace NeighborParty.Testing;

/// <summary>One aggregate kind as the kit handles it: its snapshot, positions and queries, without knowing the type at compile time.</summary>
internal abstract class StorageContract
{
    /// <summary>Gets every aggregate kind of <see cref="LibraryAggregates"/>.</summary>
    public static IReadOnlyList<StorageContract> All { get; } = Collect();

    public abstract Type Aggregate { get; }

    public string Name => Aggregate.Name;

    /// <summary>Reads every stored aggregate of this kind.</summary>
    public abstract Task<IReadOnlyList<IAggregateRoot>> ListAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Reads the aggregates placed within a subtree, through the library's subtree specification.</summary>
    public abstract Task<IReadOnlyList<IAggregateRoot>> WithinAsync(IServiceProvider services, TreeKind tree, HierarchyPath scope, CancellationToken cancellationToken);

    /// <summary>Returns the aggregate's snapshot.</summary>
    public abstract object ToSnapshot(IAggregateRoot aggregate);

    /// <summary>Returns the positions of an aggregate (empty ones left out).</summary>
    public abstract IEnumerable<TreePosition> PositionsOf(IAggregateRoot aggregate);

    private static List<StorageContract> Collect()
    {
        var collector = new Collector();
        LibraryAggregates.Accept(collector);
        return collector.Contracts;
    }

    private sealed class Collector : IAggregateTypeVisitor
    {
        public List<StorageContract> Contracts { get; } = [];

        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class => Contracts.Add(new Of<TAggregate, TSnapshot>());
    }

    private sealed class Of<T, TSnapshot> : StorageContract
        where T : class, ISnapshotable<T, TSnapshot>
        where TSnapshot : class
    {
        private readonly Func<T, TreePosition>[] _positions;
        private readonly Type _subtreeSpec;

        public Of()
        {
            // IPlaced<T>.Positions is a static abstract member: read it once by reflection (every library aggregate is placed).
            var positions = (IEnumerable)typeof(T).GetProperty("Positions", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            _positions = [.. positions.Cast<Expression<Func<T, TreePosition>>>().Select(p => p.Compile())];
            _subtreeSpec = typeof(Organization.Specifications.PlacedInSubtreeSpec<>).MakeGenericType(typeof(T));
        }

        public override Type Aggregate => typeof(T);

        public override async Task<IReadOnlyList<IAggregateRoot>> ListAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            await Repository(services).ListAsync(cancellationToken);

        public override async Task<IReadOnlyList<IAggregateRoot>> WithinAsync(IServiceProvider services, TreeKind tree, HierarchyPath scope, CancellationToken cancellationToken) =>
            await Repository(services).ListAsync((ISpecification<T>)Activator.CreateInstance(_subtreeSpec, tree, scope)!, cancellationToken);

        public override object ToSnapshot(IAggregateRoot aggregate) => ((T)aggregate).ToSnapshot();

        public override IEnumerable<TreePosition> PositionsOf(IAggregateRoot aggregate) =>
            _positions.Select(p => p((T)aggregate)).Where(p => p.Tree != TreeKind.None);

        private static IReadRepository<T> Repository(IServiceProvider services) =>
            services.GetService<IReadRepository<T>>()
            ?? throw new InvalidOperationException($"No IReadRepository<{typeof(T).Name}> is registered: a store provides one per aggregate of LibraryAggregates.");
    }
}
