using NeighborParty.Organization;
using NeighborParty.Stewards;

namespace NeighborParty.Core.Tests.Stewards;

/// <summary>TR-2 follows the organisation's type, then where it is (issue 16): a township committee serves five years, not three.</summary>
public sealed class TermByOrganisationTypeTests
{
    [Theory]
    [InlineData(OrganizationUnitKind.Committee, PlaceKind.Street, 5)]       // a township or street committee: basic-level committee
    [InlineData(OrganizationUnitKind.Committee, PlaceKind.District, 5)]
    [InlineData(OrganizationUnitKind.Committee, PlaceKind.Community, 5)]    // a community (or village) committee
    [InlineData(OrganizationUnitKind.GeneralBranch, PlaceKind.Community, 5)] // a village general branch
    [InlineData(OrganizationUnitKind.Branch, PlaceKind.Compound, 5)]        // a compound or grid branch sits in a community
    [InlineData(OrganizationUnitKind.GeneralBranch, PlaceKind.Street, 3)]   // a general branch outside villages and communities
    [InlineData(OrganizationUnitKind.Branch, null, 3)]                      // a branch of an organ or enterprise
    public void The_term_follows_the_organisation_type_then_the_place(OrganizationUnitKind kind, PlaceKind? covers, int years) =>
        Assert.Equal(years, AppointmentService.TermYearsOf(kind, covers, new StewardPolicy()));

    [Fact]
    public void A_district_can_change_each_term_within_TR_1()
    {
        var policy = new StewardPolicy { CommitteeTermYears = 4, OtherTermYears = 4 };
        policy.Validate();
        Assert.Equal(4, AppointmentService.TermYearsOf(OrganizationUnitKind.Committee, PlaceKind.Street, policy));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StewardPolicy { CommitteeTermYears = 7 }.Validate());
    }
}
