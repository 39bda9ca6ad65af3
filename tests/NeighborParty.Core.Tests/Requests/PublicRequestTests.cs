using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Requests;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Requests;

/// <summary>The public face of the requests (the Open311 list): projections, public ones only, names and the first photo (issue 26).</summary>
public sealed class PublicRequestTests
{
    private static readonly Dictionary<string, string> Floor = new() { ["floor"] = "3" };

    [Fact]
    public void The_public_list_shows_only_public_requests_with_their_places_and_first_photo()
    {
        var ledger = new LedgerFixture();
        var desk = ledger.Tree.Get<RequestDesk>();
        var compound = ledger.Compounds[0];
        var building = ledger.Tree.Buildings.First(b => b.ParentId == compound.Id);
        var shown = Run(desk.SubmitAsync(new NewRequest("water-leak", "doorstep-post", compound.Id, "3号楼楼道水管漏水", BuildingId: building.Id, IsPublic: true,
            Media: ["https://example.org/a.jpg", "https://example.org/b.jpg"], Attributes: Floor)));
        var hidden = Run(desk.SubmitAsync(new NewRequest("water-leak", "doorstep-post", compound.Id, "家中水管漏水", Attributes: Floor)));
        var cases = ledger.Tree.Get<RequestUseCases>();

        var list = Run(cases.PublicAsync(new RequestSearch()));

        var only = Assert.Single(list);
        Assert.Equal((shown.Id, compound.Name, building.Name, "https://example.org/a.jpg", true), (only.Id, only.CompoundName, only.BuildingName, only.MediaUrl, only.IsOpen));
        Assert.Equal((shown.ReceivedAt, shown.DueAt, shown.State), (only.ReceivedAt, only.DueAt, only.State));
        Assert.Empty(Run(cases.PublicAsync(new RequestSearch(Ids: [hidden.Id])))); // a private request is not there, even by id
        Assert.Empty(Run(cases.PublicAsync(new RequestSearch(), skip: 1)));
    }

    [Fact]
    public void A_renamed_compound_shows_its_new_name_at_once_though_names_are_remembered()
    {
        var ledger = new LedgerFixture();
        var compound = ledger.Compounds[0];
        Run(ledger.Tree.Get<RequestDesk>().SubmitAsync(new NewRequest("water-leak", "doorstep-post", compound.Id, "楼道水管漏水", IsPublic: true, Attributes: Floor)));
        var cases = ledger.Tree.Get<RequestUseCases>();
        Assert.Equal(compound.Name, Assert.Single(Run(cases.PublicAsync(new RequestSearch()))).CompoundName);
        Assert.Equal(compound.Name, Assert.Single(Run(cases.PublicAsync(new RequestSearch()))).CompoundName); // from the cache now

        Run(ledger.Tree.Get<NeighborParty.Organization.PlaceDirectory>().RenameAsync(compound.Id, "武夷香榭（新）", null));

        Assert.Equal("武夷香榭（新）", Assert.Single(Run(cases.PublicAsync(new RequestSearch()))).CompoundName); // the commit forgot the name
    }

    [Fact]
    public void A_page_out_of_range_is_refused()
    {
        var cases = new LedgerFixture().Tree.Get<RequestUseCases>();
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(cases.PublicAsync(new RequestSearch(), skip: -1)));
        Assert.Equal("NP-GEN-003", Assert.Throws<RuleViolationException>(() => Run(cases.PublicAsync(new RequestSearch(), take: 0))).Code);
    }
}
