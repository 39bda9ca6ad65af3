using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Core.Tests.Organization;

/// <summary>Coordinates of a place (WGS 84): both or neither, in range; a refused change leaves the place as it was.</summary>
public sealed class PlaceLocationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);

    private static Place Compound()
    {
        var district = Place.CreateDistrict(PlaceId.New(), 1, "延平区", null, Now);
        var street = district.AddChild(PlaceId.New(), PlaceKind.Street, "紫云街道", null, Now);
        var community = street.AddChild(PlaceId.New(), PlaceKind.Community, "剑津社区", null, Now);
        return community.AddChild(PlaceId.New(), PlaceKind.Compound, "武夷香榭", null, Now);
    }

    [Fact]
    public void A_compound_is_located_and_the_location_survives_a_snapshot()
    {
        var compound = Compound();
        compound.Locate(26.6412, 118.1735, Now);

        var restored = Place.FromSnapshot(compound.ToSnapshot(), version: 1);

        Assert.Equal(26.6412, restored.Latitude);
        Assert.Equal(118.1735, restored.Longitude);
    }

    [Fact]
    public void Two_nulls_clear_the_location()
    {
        var compound = Compound();
        compound.Locate(26.6, 118.1, Now);
        compound.Locate(null, null, Now);

        Assert.Null(compound.Latitude);
        Assert.Null(compound.Longitude);
    }

    [Theory]
    [InlineData(26.6, null)]
    [InlineData(null, 118.1)]
    [InlineData(91.0, 118.1)]
    [InlineData(26.6, -180.5)]
    [InlineData(double.NaN, 118.1)]
    public void Half_a_location_or_one_out_of_range_is_refused_with_NP_PLC_005(double? latitude, double? longitude)
    {
        var compound = Compound();
        compound.Locate(26.6, 118.1, Now);

        var error = Assert.Throws<RuleViolationException>(() => compound.Locate(latitude, longitude, Now));

        Assert.Equal("NP-PLC-005", error.Violation.Code);
        Assert.Equal((26.6, 118.1), (compound.Latitude!.Value, compound.Longitude!.Value));
    }

    [Property(MaxTest = 500)]
    public Property Locate_accepts_exactly_the_valid_pairs_and_a_refusal_changes_nothing(NormalFloat latitude, NormalFloat longitude, bool dropLatitude, bool dropLongitude)
    {
        double? lat = dropLatitude ? null : latitude.Get;
        double? lon = dropLongitude ? null : longitude.Get;
        var valid = (lat is null) == (lon is null) && (lat is null || (lat is >= -90 and <= 90 && lon is >= -180 and <= 180));
        var compound = Compound();
        compound.Locate(1, 2, Now);
        try
        {
            compound.Locate(lat, lon, Now);
            return (valid && compound.Latitude == lat && compound.Longitude == lon).Label($"accepted ({lat}, {lon})");
        }
        catch (RuleViolationException e)
        {
            return (!valid && e.Violation.Code == "NP-PLC-005" && compound.Latitude == 1 && compound.Longitude == 2).Label($"refused ({lat}, {lon})");
        }
    }
}
