using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>Versions, lost races and the audit trail, on each provider.</summary>
public sealed class ConcurrencyAndAuditTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private static async Task<(OrganizationUnit Root, OrganizationUnit Street, Place District)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "延平区委", [district.Id]) { Established = new LocalDate(1994, 10, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
        return (root, streetUnit, district);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Versions_start_at_one_and_grow_by_one_per_stored_change(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (seeded, street, _) = await SeedAsync(db);
        await using (var read = db.Scope())
        {
            var root = await read.ServiceProvider.GetRequiredService<OrganizationTree>().GetAsync(seeded.Id);
            Assert.Equal(2, root.Version); // created, then its child counter moved when the street was added
        }

        await using var scope = db.Scope();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var renamed = await tree.RenameAsync(street.Id, "紫云党工委", null, expectedVersion: 1);
        Assert.Equal(2, renamed.Version);
        var stale = await Assert.ThrowsAsync<RuleViolationException>(() => tree.RenameAsync(street.Id, "又改名", null, expectedVersion: 1));
        Assert.Equal("NP-CON-001", stale.Code);
        Assert.Equal(RuleViolationKind.PreconditionFailed, stale.Violation.Kind);

        await using var check = db.Scope();
        Assert.Equal("紫云党工委", (await check.ServiceProvider.GetRequiredService<OrganizationTree>().GetAsync(street.Id)).Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Of_two_writers_from_the_same_version_exactly_one_wins(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (_, street, _) = await SeedAsync(db);

        // Both load version 1; the first to save wins; the second is refused and saves nothing.
        await using var first = db.Scope();
        await using var second = db.Scope();
        var treeA = first.ServiceProvider.GetRequiredService<OrganizationTree>();
        var treeB = second.ServiceProvider.GetRequiredService<OrganizationTree>();
        var a = await treeA.GetAsync(street.Id);
        var b = await treeB.GetAsync(street.Id);
        Assert.Equal(a.Version, b.Version);

        await treeA.RenameAsync(street.Id, "甲", null);
        var lost = await Assert.ThrowsAsync<RuleViolationException>(() => treeB.RenameAsync(street.Id, "乙", null));
        Assert.Equal("NP-CON-002", lost.Code);
        Assert.Equal(RuleViolationKind.Conflict, lost.Violation.Kind);

        await using var check = db.Scope();
        var stored = await check.ServiceProvider.GetRequiredService<OrganizationTree>().GetAsync(street.Id);
        Assert.Equal("甲", stored.Name);
        Assert.Equal(2, stored.Version);
        var trail = await check.ServiceProvider.GetRequiredService<IReadRepository<AuditEntry>>()
            .ListAsync(new AuditTrailSpec(TreeKind.Unit, stored.Path));
        Assert.Single(trail, e => e.Action == "unit.renamed"); // the refused write left no record either
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_is_recorded_with_who_what_when_and_where(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (root, street, district) = await SeedAsync(db);
        var secretary = new Actor("account-42", ActorKind.StreetStaff, street.Id.Value);
        db.Actors.Current = secretary;
        db.Clock.Advance(Duration.FromMinutes(5));
        var when = db.Clock.GetCurrentInstant();

        await using (var scope = db.Scope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            await tree.RenameAsync(street.Id, "紫云街道党工委（新）", "Ziyun");
        }

        await using var read = db.Scope();
        var entries = read.ServiceProvider.GetRequiredService<IReadRepository<AuditEntry>>();
        var streetTrail = await entries.ListAsync(new AuditTrailSpec(TreeKind.Unit, street.Path));
        var newest = streetTrail[0];
        Assert.Equal("unit.renamed", newest.Action);
        Assert.Equal("account-42", newest.ActorId);
        Assert.Equal(ActorKind.StreetStaff, newest.ActorKind);
        Assert.Equal(when, newest.At);
        Assert.Equal(street.Id.Value, newest.NodeId);
        Assert.Equal(street.Path, newest.Node.Path);
        Assert.Contains("紫云街道党工委（新）", newest.Summary, StringComparison.Ordinal);
        Assert.Equal(["unit.renamed", "unit.established"], streetTrail.Select(e => e.Action));

        // The root's trail holds its subtree's changes; the street's does not hold the root's own.
        var rootTrail = await entries.ListAsync(new AuditTrailSpec(TreeKind.Unit, root.Path));
        Assert.Equal(3, rootTrail.Count);
        Assert.DoesNotContain(streetTrail, e => e.NodeId == root.Id.Value);
        Assert.Equal(ActorKind.System, rootTrail[^1].ActorKind); // seeding ran without an actor

        // Paging: strictly before the newest.
        var older = await entries.ListAsync(new AuditTrailSpec(TreeKind.Unit, root.Path, before: rootTrail[0].At, take: 1));
        Assert.Single(older);
        Assert.True(older[0].At < rootTrail[0].At);

        var placeTrail = await entries.ListAsync(new AuditTrailSpec(TreeKind.Place, district.Path));
        Assert.Equal(2, placeTrail.Count);
        Assert.All(placeTrail, e => Assert.Equal("place.registered", e.Action));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_trail_query_runs_in_sql(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        await using var scope = db.Scope();
        var context = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        var sql = SpecificationQuery.Apply(context.AuditEntries, new AuditTrailSpec(TreeKind.Unit, HierarchyPath.Root(1), Instant.FromUtc(2026, 1, 1, 0, 0), 10)).ToQueryString();
        Assert.Contains("\"NodePathHigh\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("\"At\" <", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
    }
}

/// <summary>A change and what its event handlers store commit together.</summary>
public sealed class TransactionalHandlerTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private sealed class FailingHandler : NeighborParty.Domain.IDomainEventHandler<NeighborParty.Organization.Events.OrganizationUnitRenamed>
    {
        public Task HandleAsync(NeighborParty.Organization.Events.OrganizationUnitRenamed domainEvent, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("handler failed");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failing_handler_rolls_back_the_change_and_its_audit_entry(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider, s => s.AddScoped<NeighborParty.Domain.IDomainEventHandler<NeighborParty.Organization.Events.OrganizationUnitRenamed>, FailingHandler>());
        OrganizationUnit root;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "区"));
            root = await scope.ServiceProvider.GetRequiredService<OrganizationTree>()
                .CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
        }

        await using (var scope = db.Scope())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<OrganizationTree>().RenameAsync(root.Id, "新名", null));
        }

        await using (var scope = db.Scope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<OrganizationTree>().GetAsync(root.Id);
            Assert.Equal("区委", stored.Name);
            Assert.Equal(1, stored.Version);
            var trail = await scope.ServiceProvider.GetRequiredService<IReadRepository<AuditEntry>>().ListAsync(new AuditTrailSpec(TreeKind.Unit, stored.Path));
            Assert.DoesNotContain(trail, e => e.Action == "unit.renamed");
        }
    }
}
