using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Organization;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>Snapshots are "serializable as they are" (ISnapshotable): a position written by System.Text.Json reads back equal (issue 28).</summary>
public sealed class TreePositionJsonTests
{
    private static readonly Arbitrary<TreePosition> Positions =
        Gen.Choose(1, HierarchyPath.MaxDepth)
            .SelectMany(depth => Gen.Choose(1, HierarchyPath.MaxSegment).ArrayOf(depth))
            .SelectMany(segments => Gen.Elements(TreeKind.Unit, TreeKind.Place).Select(tree =>
            {
                var path = segments.Aggregate(default(HierarchyPath), (p, s) => p.Append(s));
                var id = new Guid(segments.Sum(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
                return tree == TreeKind.Unit ? TreePosition.InUnits(id, path) : TreePosition.InPlaces(id, path);
            }))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_placed_position_round_trips_with_default_options() =>
        Prop.ForAll(Positions, position => JsonSerializer.Deserialize<TreePosition>(JsonSerializer.Serialize(position)) == position);

    [Fact]
    public void No_position_round_trips_as_none()
    {
        var json = JsonSerializer.Serialize(TreePosition.None);

        Assert.Equal(TreePosition.None, JsonSerializer.Deserialize<TreePosition>(json));
    }

    [Fact]
    public void Only_the_four_stored_values_are_written()
    {
        var position = TreePosition.InPlaces(Guid.Parse("6f1c1c3e-0000-4000-8000-000000000001"), HierarchyPath.Root(3).Append(7));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(position));

        Assert.Equal(["Tree", "NodeId", "PathHigh", "PathLow"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_value_that_is_no_position_is_refused_not_read_as_none()
    {
        const string json = """{"Tree":0,"NodeId":"6f1c1c3e-0000-4000-8000-000000000001","PathHigh":0,"PathLow":0}""";

        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize<TreePosition>(json));
    }
}
