using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests.Security;

/// <summary>
/// A read path whose scope check needs only where the target stands reads the target's path keys, not the aggregate
/// (issue 26): the children of a unit are two statements on a real store, the path and the list (one when where the
/// unit stands is remembered); outside the actor's reach the answer is the refusal an unknown id gets.
/// </summary>
public sealed class PathOnlyScopeCheckTests
{
    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task Children_and_subtree_read_the_path_then_the_list(string provider)
    {
        var recorder = new Counter();
        await using var db = await StoreFixture.CreateAsync(provider, options: o => o.AddInterceptors(recorder));
        var (street, community, otherStreet) = await SeedAsync(db);
        var staff = new Actor("t:street", ActorKind.StreetStaff, street.Id.Value);

        await using (var warm = db.Scope())
        {
            await warm.ServiceProvider.GetRequiredService<OrganizationUseCases>().ChildrenAsync(staff, street.Id); // remembers where the actor stands
        }

        recorder.Statements.Clear();
        await using (var scope = db.Scope())
        {
            var children = await scope.ServiceProvider.GetRequiredService<OrganizationUseCases>().ChildrenAsync(staff, community.Id);
            Assert.Empty(children);
        }

        Assert.Equal(2, recorder.Statements.Count); // the community unit's path, then the list
        Assert.DoesNotContain("\"Name\"", recorder.Statements[0], StringComparison.Ordinal); // the path keys only, not the aggregate

        recorder.Statements.Clear();
        await using (var scope = db.Scope())
        {
            var children = await scope.ServiceProvider.GetRequiredService<OrganizationUseCases>().ChildrenAsync(staff, street.Id);
            Assert.Equal([community.Id], children.Select(c => c.Id));
            var subtree = await scope.ServiceProvider.GetRequiredService<OrganizationUseCases>().SubtreeAsync(staff, street.Id);
            Assert.Equal([street.Id, community.Id], subtree.Select(c => c.Id));
        }

        Assert.Equal(2, recorder.Statements.Count); // the actor's own unit: where it stands is remembered, so the two lists only

        await using (var scope = db.Scope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<OrganizationUseCases>();
            var outside = await Assert.ThrowsAsync<RuleViolationException>(() => cases.ChildrenAsync(staff, otherStreet.Id));
            var unknown = await Assert.ThrowsAsync<RuleViolationException>(() => cases.SubtreeAsync(staff, new OrganizationUnitId(Guid.CreateVersion7())));
            Assert.Equal(unknown.Violation.Code, outside.Violation.Code);
            Assert.Equal("NP-ORG-001", outside.Violation.Code);
        }
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task A_member_page_reads_only_members_once_the_units_reach_is_remembered_and_again_after_a_unit_changes(string provider)
    {
        var recorder = new Counter();
        await using var db = await StoreFixture.CreateAsync(provider, options: o => o.AddInterceptors(recorder));
        var (street, community, otherStreet) = await SeedAsync(db);
        var staff = new Actor("t:street", ActorKind.StreetStaff, street.Id.Value);

        async Task<bool> ReadsUnitsOrPlacesAsync(OrganizationUnit unit)
        {
            recorder.Statements.Clear();
            await using var scope = db.Scope();
            await scope.ServiceProvider.GetRequiredService<MemberUseCases>().PageAsync(staff, unit.Id, new MemberFilter());
            Assert.Contains(recorder.Statements, s => s.Contains("\"PartyMembers\"", StringComparison.Ordinal));
            return recorder.Statements.Any(s => s.Contains("\"OrganizationUnits\"", StringComparison.Ordinal) || s.Contains("\"Places\"", StringComparison.Ordinal));
        }

        Assert.True(await ReadsUnitsOrPlacesAsync(community)); // the community unit and its places, then the members
        Assert.False(await ReadsUnitsOrPlacesAsync(community)); // the members only: where both units stand is remembered

        await using (var scope = db.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganizationUseCases>().RenameAsync(Actor.System, community.Id, "剑津社区党委（新）", null, null);
        }

        Assert.True(await ReadsUnitsOrPlacesAsync(community)); // a commit that changed a unit: read again

        await using (var scope = db.Scope())
        {
            var outside = await Assert.ThrowsAsync<RuleViolationException>(() =>
                scope.ServiceProvider.GetRequiredService<MemberUseCases>().PageAsync(staff, otherStreet.Id, new MemberFilter()));
            Assert.Equal("NP-ORG-001", outside.Violation.Code); // remembered or not, outside is "no such unit"
        }
    }

    private static async Task<(OrganizationUnit Street, OrganizationUnit Community, OrganizationUnit OtherStreet)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var streetPlace = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var otherPlace = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
        var communityPlace = await places.RegisterAsync(streetPlace.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
        var street = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [streetPlace.Id]) { Established = new LocalDate(2002, 1, 1) });
        var other = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "水南街道党工委", [otherPlace.Id]) { Established = new LocalDate(2002, 1, 1) });
        var community = await tree.AddChildAsync(street.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [communityPlace.Id]) { Established = new LocalDate(2010, 1, 1) });
        return (street, community, other);
    }

    /// <summary>Keeps the text of every query a context sends.</summary>
    private sealed class Counter : DbCommandInterceptor
    {
        public List<string> Statements { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            lock (Statements)
            {
                Statements.Add(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
