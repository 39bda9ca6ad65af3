using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Organization;

namespace NeighborParty.Core.Tests.Organization;

public sealed class HierarchyPathTests
{
    private static readonly Gen<int[]> Segments =
        Gen.Choose(0, HierarchyPath.MaxDepth).SelectMany(depth => Gen.Choose(1, HierarchyPath.MaxSegment).ArrayOf(depth));

    private static readonly Arbitrary<int[]> SegmentsArb = Segments.ToArbitrary();

    private static HierarchyPath Build(int[] segments) => segments.Aggregate(default(HierarchyPath), (p, s) => p.Append(s));

    private static bool IsPrefix(int[] prefix, int[] of) => prefix.Length <= of.Length && prefix.SequenceEqual(of.Take(prefix.Length));

    [Property(MaxTest = 2000)]
    public Property Is_within_means_the_segments_start_with_the_ancestors() =>
        Prop.ForAll(SegmentsArb, SegmentsArb, (a, b) => Build(a).IsWithin(Build(b)) == IsPrefix(b, a));

    [Property(MaxTest = 2000)]
    public Property A_path_is_within_each_of_its_prefixes() =>
        Prop.ForAll(SegmentsArb, a => Enumerable.Range(0, a.Length + 1).All(n => Build(a).IsWithin(Build(a[..n]))));

    [Property(MaxTest = 1000)]
    public Property Text_and_sort_keys_round_trip() =>
        Prop.ForAll(SegmentsArb, a =>
        {
            var path = Build(a);
            return HierarchyPath.Parse(path.ToString()) == path
                && HierarchyPath.FromSortKeys(path.SortKeyHigh, path.SortKeyLow) == path
                && path.Depth == a.Length
                && Enumerable.Range(0, a.Length).All(i => path.GetSegment(i) == a[i]);
        });

    [Property(MaxTest = 2000)]
    public Property Sort_key_order_is_tree_order() =>
        Prop.ForAll(SegmentsArb, SegmentsArb, (a, b) =>
        {
            var x = Build(a);
            var y = Build(b);
            var byKeys = (x.SortKeyHigh, x.SortKeyLow).CompareTo((y.SortKeyHigh, y.SortKeyLow));
            var bySegments = CompareSegments(a, b);
            return Math.Sign(byKeys) == Math.Sign(bySegments);
        });

    [Property(MaxTest = 2000)]
    public Property Subtree_bounds_hold_exactly_the_subtree() =>
        Prop.ForAll(SegmentsArb, SegmentsArb, (a, b) =>
        {
            var node = Build(a);
            var root = Build(b);
            root.GetSubtreeBounds(out var hMin, out var hMax, out var lMin, out var lMax);
            var inBounds = node.SortKeyHigh >= hMin && node.SortKeyHigh <= hMax && node.SortKeyLow >= lMin && node.SortKeyLow <= lMax;
            return inBounds == node.IsWithin(root);
        });

    [Property(MaxTest = 1000)]
    public Property Rebase_moves_the_suffix_under_the_new_prefix() =>
        Prop.ForAll(SegmentsArb, SegmentsArb, (a, target) =>
        {
            var cut = a.Length / 2;
            if (target.Length + (a.Length - cut) > HierarchyPath.MaxDepth)
            {
                return true;
            }

            var rebased = Build(a).Rebase(Build(a[..cut]), Build(target));
            return rebased == Build([.. target, .. a[cut..]]);
        });

    [Fact]
    public void The_empty_path_contains_everything_and_has_no_parent()
    {
        var root = HierarchyPath.Root(7);
        Assert.True(root.IsWithin(default));
        Assert.True(default(HierarchyPath).IsEmpty);
        Assert.Throws<InvalidOperationException>(() => default(HierarchyPath).Parent);
        Assert.Equal(default, root.Parent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0001")]
    [InlineData("FFFF0001ABCD")]
    public void Valid_text_parses(string text) => Assert.Equal(text, HierarchyPath.Parse(text).ToString());

    [Theory]
    [InlineData("1")]
    [InlineData("0000")]
    [InlineData("00010000")]
    [InlineData("000g")]
    [InlineData("+001")]
    [InlineData("000100010001000100010001000100010001")]
    public void Invalid_text_is_rejected(string text) => Assert.False(HierarchyPath.TryParse(text, out _));

    [Fact]
    public void Segments_and_depth_are_bounded()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HierarchyPath.Root(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => HierarchyPath.Root(HierarchyPath.MaxSegment + 1));
        var deepest = Build([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Throws<InvalidOperationException>(() => deepest.Append(1));
        Assert.Throws<FormatException>(() => HierarchyPath.FromSortKeys(HierarchyPath.Root(1).SortKeyHigh, HierarchyPath.Root(1).SortKeyHigh));
    }

    private static int CompareSegments(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
