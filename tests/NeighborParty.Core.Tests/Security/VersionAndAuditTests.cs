using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Core.Tests.Security;

public sealed class VersionAndAuditTests
{
    [Fact]
    public async Task In_memory_versions_grow_per_change_and_a_stale_expectation_is_refused()
    {
        var f = new TreeFixture().WithPlaces();
        var (_, street, _) = f.Frame();
        var before = street.Version;
        var renamed = await f.Tree.RenameAsync(street.Id, "新名", null, expectedVersion: before);
        Assert.Equal(before + 1, renamed.Version);
        var stale = await Assert.ThrowsAsync<RuleViolationException>(() => f.Tree.RenameAsync(street.Id, "再改", null, expectedVersion: before));
        Assert.Equal("NP-CON-001", stale.Code);
        Assert.Equal("新名", (await f.Tree.GetAsync(street.Id)).Name);
        var place = await f.Places.RenameAsync(f.Compounds[0].Id, "新小区", null, expectedVersion: f.Compounds[0].Version);
        await Assert.ThrowsAsync<RuleViolationException>(() => f.Places.DescribeCompoundAsync(place.Id, null, 10, expectedVersion: place.Version - 1));
    }

    [Fact]
    public void Audit_entries_are_built_from_audited_events_on_audited_nodes_only()
    {
        var f = new TreeFixture().WithPlaces();
        var unit = OrganizationUnitFromTree(f);
        var actor = new Actor("account-7", ActorKind.CommunityStaff, Guid.NewGuid());
        var entries = AuditEntry.Record([unit, new object()], actor);
        var entry = Assert.Single(entries);
        Assert.Equal("unit.renamed", entry.Action);
        Assert.Equal(AuditTree.Unit, entry.Tree);
        Assert.Equal(unit.Id.Value, entry.NodeId);
        Assert.Equal(unit.Path, entry.Path);
        Assert.Equal("account-7", entry.ActorId);
        Assert.Equal(f.Clock.GetCurrentInstant(), entry.At);
    }

    private static OrganizationUnit OrganizationUnitFromTree(TreeFixture f)
    {
        var (_, street, _) = f.Frame();
        street.ClearDomainEvents();
        var renamed = TreeFixture.Run(f.Tree.RenameAsync(street.Id, "改名", null));

        // The in-memory store dispatches and clears events after a save; rename again without saving to inspect one.
        renamed.ClearDomainEvents();
        renamed.Rename("再改名", null, f.Clock.GetCurrentInstant());
        return renamed;
    }
}
