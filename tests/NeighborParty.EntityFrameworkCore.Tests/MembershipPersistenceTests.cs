using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>The member ledger and formation on each provider.</summary>
public sealed class MembershipPersistenceTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string IdNumber(int n)
    {
        var body = $"350702{new LocalDate(1950, 1, 1).PlusDays(n):yyyyMMdd}{n % 1000:000}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    private static async Task<(Place Community, Place Compound, OrganizationUnit CommunityUnit, OrganizationUnit Branch)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
        var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭"));
        await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "百福小区"));
        await places.RegisterAsync(compound.Id, new NewPlace(PlaceKind.Building, "1号楼"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "武夷香榭小区党支部", [compound.Id]) { Established = new LocalDate(2019, 7, 1) });
        return (community, compound, communityUnit, branch);
    }

    private static MemberDetails Details(int n, Place? home = null, bool full = true) =>
        new($"党员{n}", IdNumber(n), new LocalDate(1990, 7, 1), MemberCategory.Retired) { MadeFull = full ? new LocalDate(1991, 7, 1) : null, ResidenceCompoundId = home?.Id, Phone = "13800138000" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Members_round_trip_with_their_history_and_registration(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (community, compound, communityUnit, branch) = await SeedAsync(db);
        PartyMemberId id;
        await using (var scope = db.Scope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<MemberLedger>();
            var member = await ledger.RecordAsync(Details(1, compound) with { Suspension = new VotingSuspension("留党察看", new LocalDate(2025, 1, 1), null) }, MemberRelationship.InUnit(communityUnit.Id));
            id = member.Id;
            await ledger.StartTransferAsync(id, MemberRelationship.InUnit(branch.Id));
            await ledger.MarkInTransitAsync(id);
            await ledger.ReceiveTransferAsync(id);
        }

        await using (var scope = db.Scope())
        {
            var member = await scope.ServiceProvider.GetRequiredService<MemberLedger>().GetAsync(id);
            Assert.Equal(branch.Id, member.UnitId);
            Assert.Equal(branch.Path, member.UnitPath);
            Assert.Equal(communityUnit.Id, Assert.Single(member.History).UnitId);
            Assert.Equal(MemberStatus.Full, member.Status);
            Assert.True(member.IsVotingSuspendedOn(new LocalDate(2026, 1, 1)));
            Assert.Equal("138****8000", member.PhoneNumber.ToString());
            Assert.Equal(4, member.Version);

            var inScope = await scope.ServiceProvider.GetRequiredService<IReadRepository<PartyMember>>()
                .ListAsync(new MembersInScopeSpec(communityUnit.Path, [community.Path], new MemberFilter(Status: MemberStatus.Full)));
            Assert.Equal(id, Assert.Single(inScope).Id);
            var sql = SpecificationQuery.Apply(scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>().PartyMembers,
                new MembersInScopeSpec(communityUnit.Path, [community.Path])).ToQueryString();
            Assert.Contains("\"UnitPathHigh\" >=", sql, StringComparison.Ordinal);
            Assert.Contains("\"ResidencePathHigh\" >=", sql, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_ledger_file_lands_in_one_transaction_and_again_changes_nothing(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (community, _, _, _) = await SeedAsync(db);
        var csv = new StringBuilder("name,idNumber,joined,madeFull,category,unit,residenceCompound,residenceBuilding\n");
        for (var i = 0; i < 200; i++)
        {
            csv.Append($"党员{i},{IdNumber(i)},1990-07-01,1991-07-01,离退休,{(i % 2 == 0 ? "武夷香榭小区党支部" : "剑津社区党委")},{(i % 3 == 0 ? "百福小区" : "武夷香榭")},{(i % 3 == 0 ? "" : "1号楼")}\n");
        }

        for (var round = 0; round < 2; round++)
        {
            await using var scope = db.Scope();
            var report = await scope.ServiceProvider.GetRequiredService<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), community.Id);
            Assert.True(report.Stored, string.Join("; ", report.Errors));
            Assert.Equal(round == 0 ? (200, 0) : (0, 200), (report.Added, report.Unchanged));
        }

        await using (var scope = db.Scope())
        {
            Assert.Equal(200, await scope.ServiceProvider.GetRequiredService<IReadRepository<PartyMember>>().CountAsync());
            var sweep = await scope.ServiceProvider.GetRequiredService<FormationService>().SweepAsync(community.Id);
            Assert.Equal("百福小区", Assert.Single(sweep.ShouldFormBranch).Name); // community members living there would form one
            Assert.Equal("武夷香榭小区党支部", Assert.Single(sweep.TooLarge).Name);      // 100 members
        }

        // A bad row anywhere: nothing of the file is stored.
        csv.Append("坏行,110105194912310021,1990-07-01,1991-07-01,离退休,剑津社区党委,,\n");
        await using (var scope = db.Scope())
        {
            var bad = csv.ToString().Replace("党员0,", "党员零,", StringComparison.Ordinal);
            var report = await scope.ServiceProvider.GetRequiredService<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(bad)), community.Id);
            Assert.False(report.Stored);
        }

        await using (var scope = db.Scope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>().PartyMembers.CountAsync(m => m.Name == "党员零"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_id_number_is_unique_in_the_store(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (_, compound, communityUnit, _) = await SeedAsync(db);
        await using var first = db.Scope();
        await using var second = db.Scope();
        var a = first.ServiceProvider.GetRequiredService<MemberLedger>();
        var b = second.ServiceProvider.GetRequiredService<MemberLedger>();
        await a.RecordAsync(Details(7, compound), MemberRelationship.InUnit(communityUnit.Id));
        var refused = await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => b.RecordAsync(Details(7, compound), MemberRelationship.InUnit(communityUnit.Id)));
        Assert.Contains(refused.Code, new[] { "NP-MBR-004", "NP-CON-002" });
    }
}

/// <summary>Members follow their unit when it moves.</summary>
public sealed class MembersFollowMovesTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Moving_a_group_moves_its_members_paths_and_counts(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        OrganizationUnit from, to, group;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var ledger = scope.ServiceProvider.GetRequiredService<MemberLedger>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "区"));
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "街道"));
            var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "社区"));
            var a = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "甲小区"));
            var b = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "乙小区"));
            var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
            var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
            var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
            from = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "甲小区党支部", [a.Id]) { Established = new LocalDate(2019, 7, 1) });
            to = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "乙小区党支部", [b.Id]) { Established = new LocalDate(2019, 7, 1) });
            group = await tree.AddChildAsync(from.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", []) { Established = new LocalDate(2019, 7, 1) });
            int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
            for (var i = 0; i < 5; i++)
            {
                var body = $"35070219600101{i:000}";
                var id = body + "10X98765432"[body.Select((c, k) => (c - '0') * weights[k]).Sum() % 11];
                await ledger.RecordAsync(new MemberDetails($"党员{i}", id, new LocalDate(1985, 7, 1), MemberCategory.Retired) { MadeFull = new LocalDate(1986, 7, 1) },
                    MemberRelationship.InUnit(i < 2 ? group.Id : from.Id));
            }

            await tree.MoveAsync(group.Id, to.Id);
        }

        await using (var scope = db.Scope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var movedGroup = await tree.GetAsync(group.Id);
            var ofTo = await scope.ServiceProvider.GetRequiredService<IReadRepository<PartyMember>>()
                .ListAsync(new MembersInScopeSpec((await tree.GetAsync(to.Id)).Path, []));
            Assert.Equal(2, ofTo.Count);
            Assert.All(ofTo, m => Assert.Equal(movedGroup.Path, m.UnitPath));
            var formation = scope.ServiceProvider.GetRequiredService<FormationService>();
            Assert.Equal(2, (await formation.AssessBranchAsync(to.Id)).Counted);
            Assert.Equal(3, (await formation.AssessBranchAsync(from.Id)).Counted);
        }
    }
}
