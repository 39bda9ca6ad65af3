using System.Buffers;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Ardalis.Specification;

namespace NeighborParty.Persistence;

/// <summary>
/// Evaluates a specification over a large in-memory list with typed sort keys: each key is computed once per item and
/// compared without boxing (the generic evaluator boxes value-type keys and compares them as objects, which dominates
/// the cost of listing a 100,000-node subtree in tree order). Small lists and specifications with search criteria or
/// post-processing go to the generic evaluator.
/// </summary>
internal static class LargeListEvaluation
{
    private const int Threshold = 4096;

    public static IEnumerable<T> Evaluate<T>(IReadOnlyList<T> source, ISpecification<T> specification, InMemorySpecificationEvaluator fallback)
    {
        var orders = specification.OrderExpressions.ToArray();
        if (source.Count < Threshold || orders.Length == 0 || specification.SearchCriterias.Any() || specification.PostProcessingAction is not null)
        {
            return fallback.Evaluate(source, specification);
        }

        var filters = specification.WhereExpressions.Select(w => w.FilterFunc).ToArray();
        var items = new List<T>();
        foreach (var item in source)
        {
            var keep = true;
            for (var f = 0; f < filters.Length && keep; f++)
            {
                keep = filters[f](item);
            }

            if (keep)
            {
                items.Add(item);
            }
        }

        if (items.Count < Threshold)
        {
            return fallback.Evaluate(items, specification); // re-applies the (cheap) filters to the few left
        }

        var columns = Array.ConvertAll(orders, o => KeyColumn.Of(o.KeySelector, items));
        var descending = Array.ConvertAll(orders, o => o.OrderType is OrderTypeEnum.OrderByDescending or OrderTypeEnum.ThenByDescending);
        var index = ArrayPool<int>.Shared.Rent(items.Count); // pooled, as the key columns are: large arrays would each count towards a full collection
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                index[i] = i;
            }

            Array.Sort(index, 0, items.Count, Comparer<int>.Create((a, b) =>
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    var order = columns[c].Compare(a, b);
                    if (order != 0)
                    {
                        return descending[c] ? -order : order;
                    }
                }

                return a.CompareTo(b); // stable, as LINQ's OrderBy is
            }));

            var skip = Math.Max(specification.Skip, 0);
            var take = specification.Take >= 0 ? specification.Take : int.MaxValue;
            var end = (int)Math.Min((long)skip + take, items.Count);
            var page = new List<T>(Math.Max(end - skip, 0));
            for (var i = skip; i < end; i++)
            {
                page.Add(items[index[i]]);
            }

            return page;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(index);
            foreach (var column in columns)
            {
                column.Dispose();
            }
        }
    }

    /// <summary>The keys of one ordering, computed once per item, compared by their own type.</summary>
    private abstract class KeyColumn : IDisposable
    {
        // Compiled typed selectors by item type and expression text: specifications are rebuilt per query, their expressions repeat.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), Delegate> Compiled = new();

        public static KeyColumn Of<T>(LambdaExpression selector, List<T> items)
        {
            var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? convert.Operand : selector.Body;
            return (KeyColumn)typeof(KeyColumn).GetMethod(nameof(Typed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), body.Type).Invoke(null, [body, selector.Parameters[0], items])!;
        }

        public abstract int Compare(int a, int b);

        public abstract void Dispose();

        private static Column<TKey> Typed<T, TKey>(Expression body, ParameterExpression parameter, List<T> items)
        {
            // Cached by text only when the selector captures nothing (a captured value is not in the text).
            var key = Constants.In(body)
                ? Expression.Lambda<Func<T, TKey>>(body, parameter).Compile()
                : (Func<T, TKey>)Compiled.GetOrAdd((typeof(T), parameter.Name + "=>" + body), _ => Expression.Lambda<Func<T, TKey>>(body, parameter).Compile());
            var keys = ArrayPool<TKey>.Shared.Rent(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = key(items[i]);
            }

            return new Column<TKey>(keys);
        }
    }

    private sealed class Column<TKey>(TKey[] keys) : KeyColumn
    {
        private readonly Comparer<TKey> _comparer = Comparer<TKey>.Default;

        public override int Compare(int a, int b) => _comparer.Compare(keys[a], keys[b]);

        public override void Dispose() => ArrayPool<TKey>.Shared.Return(keys, RuntimeHelpers.IsReferenceOrContainsReferences<TKey>());
    }

    /// <summary>Finds whether an expression holds any constant (a captured variable shows as one).</summary>
    private sealed class Constants : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression expression)
        {
            var visitor = new Constants();
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            _found = true;
            return node;
        }
    }
}
