using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests.Organization;

/// <summary>The organisation tree on each provider (SQLite always; PostgreSQL where configured and in CI).</summary>
public sealed class OrganizationPersistenceTests
{
    private StoreFixture _db = null!;
    private readonly List<Place> _compounds = [];
    private Place _district = null!;
    private OrganizationUnit _root = null!;

    public static TheoryData<string> Providers => StoreFixture.Providers;

    private async Task<StoreFixture> SeedAsync(string provider)
    {
        _db = await StoreFixture.CreateAsync(provider);
        await using var scope = _db.Scope();
        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        _district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区") { NameEn = "Yanping" });
        _root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "延平区委", [_district.Id]) { Established = new LocalDate(1994, 10, 1) });
        for (var s = 0; s < 3; s++)
        {
            var street = await places.RegisterAsync(_district.Id, new NewPlace(PlaceKind.Street, $"街道{s}"));
            var streetUnit = await tree.AddChildAsync(_root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, $"街道{s}党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
            for (var c = 0; c < 2; c++)
            {
                var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, $"社区{s}{c}"));
                var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, $"社区{s}{c}党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
                for (var k = 0; k < 3; k++)
                {
                    var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, $"小区{s}{c}{k}") { CompoundKind = CompoundKind.SelfManaged, Households = 120 + k });
                    _compounds.Add(compound);
                    if (k < 2)
                    {
                        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, $"小区{s}{c}{k}党支部", [compound.Id]) { Established = new LocalDate(2020, 1, 1) });
                        await tree.AddChildAsync(branch.Id, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, "志愿服务党小组", []) { Established = new LocalDate(2021, 1, 1) });
                    }
                }
            }
        }

        return _db;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Tree_round_trips_through_the_database(string provider)
    {
        await using var store = await SeedAsync(provider);
        Assert.True(provider != "sqlite" || File.Exists(_db.DatabasePath));
        await using var scope = _db.Scope();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var root = await tree.GetAsync(_root.Id);
        Assert.Equal("延平区委", root.Name);
        Assert.Equal(new LocalDate(1994, 10, 1), root.Established);
        Assert.Equal(_root.Path, root.Path);
        Assert.Equal([_district.Id], root.Places);

        var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var compound = await places.GetAsync(_compounds[0].Id);
        Assert.Equal(CompoundKind.SelfManaged, compound.CompoundKind);
        Assert.Equal(120, compound.Households);
        Assert.Equal(_compounds[0].Path, compound.Path);

        var all = await scope.ServiceProvider.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync();
        Assert.Equal(1 + 3 + 6 + 12 + 12, all.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subtree_in_sql_equals_the_in_memory_answer_for_every_unit(string provider)
    {
        await using var store = await SeedAsync(provider);
        await using var scope = _db.Scope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepository<OrganizationUnit>>();
        var all = await repository.ListAsync();
        var byId = all.ToDictionary(u => u.Id);
        foreach (var unit in all)
        {
            var inSql = await repository.ListAsync(new UnitSubtreeSpec(unit.Path));
            var walked = all.Where(u => IsWithinByWalking(u, unit, byId)).OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow).Select(u => u.Id);
            Assert.Equal(walked, inSql.Select(u => u.Id));
            var inMemory = new InMemoryEvaluation(all).List(new UnitSubtreeSpec(unit.Path));
            Assert.Equal(inMemory, inSql.Select(u => u.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subtree_query_runs_in_sql_on_the_path_index(string provider)
    {
        await using var store = await SeedAsync(provider);
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<NeighborPartyDbContext>();
        var query = SpecificationQuery.Apply(db.OrganizationUnits, new UnitSubtreeSpec(_root.Path));
        var sql = query.ToQueryString();
        Assert.Contains("\"PositionPathHigh\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);

        if (provider != "sqlite")
        {
            return; // The plan check below speaks SQLite's EXPLAIN QUERY PLAN.
        }

        var plan = await ExplainAsync(db, sql);
        Assert.Contains("USING INDEX", plan, StringComparison.Ordinal);
        Assert.Contains("PathHigh", plan, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Move_dissolve_and_coverage_changes_are_persisted(string provider)
    {
        await using var store = await SeedAsync(provider);
        OrganizationUnitId groupId;
        OrganizationUnitId otherBranchId;
        await using (var scope = _db.Scope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var branches = await tree.GetChildrenAsync((await tree.GetSubtreeAsync(_root.Id)).First(u => u.Level == "community").Id);
            var group = (await tree.GetChildrenAsync(branches[0].Id)).Single();
            groupId = group.Id;
            otherBranchId = branches[1].Id;
            await tree.MoveAsync(group.Id, branches[1].Id);
            await tree.DissolveAsync(group.Id, new LocalDate(2025, 6, 30));
            await tree.RenameAsync(branches[1].Id, "新名称党支部", "Renamed branch");
        }

        await using (var scope = _db.Scope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var group = await tree.GetAsync(groupId);
            var branch = await tree.GetAsync(otherBranchId);
            Assert.Equal(otherBranchId, group.ParentId);
            Assert.Equal(branch.Path, group.Path.Parent);
            Assert.Equal(new LocalDate(2025, 6, 30), group.Dissolved);
            Assert.Equal("新名称党支部", branch.Name);
            Assert.Equal("Renamed branch", branch.NameEn);
            Assert.Single(await tree.GetChildrenAsync(otherBranchId)); // its own group; the moved one is dissolved
            Assert.Equal(2, (await tree.GetChildrenAsync(otherBranchId, includeDissolved: true)).Count);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Compounds_without_a_branch_are_found_in_sql(string provider)
    {
        await using var store = await SeedAsync(provider);
        await using var scope = _db.Scope();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var missing = await tree.FindCompoundsWithoutBranchAsync(_district.Id);
        Assert.Equal(6, missing.Count);
        Assert.All(missing, p => Assert.EndsWith("2", p.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Refused_changes_leave_the_database_unchanged(string provider)
    {
        await using var store = await SeedAsync(provider);
        await using (var scope = _db.Scope())
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
            var community = (await tree.GetSubtreeAsync(_root.Id)).First(u => u.Level == "community");
            var compoundsOfCommunity = (await scope.ServiceProvider.GetRequiredService<PlaceDirectory>().GetSubtreeAsync(community.Places[0], PlaceKind.Compound)).Select(c => c.Id).ToList();
            await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() =>
                tree.AddChildAsync(community.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.JointBranch, "联合党支部", [compoundsOfCommunity[2]])));
            await Assert.ThrowsAsync<NeighborParty.Common.RuleViolationException>(() => tree.DissolveAsync(_root.Id));
        }

        await using (var scope = _db.Scope())
        {
            var all = await scope.ServiceProvider.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync();
            Assert.Equal(34, all.Count);
            Assert.All(all, u => Assert.True(u.IsLive));
        }
    }

    private static bool IsWithinByWalking(OrganizationUnit unit, OrganizationUnit scope, Dictionary<OrganizationUnitId, OrganizationUnit> byId)
    {
        for (OrganizationUnit? cursor = unit; cursor is not null; cursor = cursor.ParentId is { } p ? byId[p] : null)
        {
            if (cursor.Id == scope.Id)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<string> ExplainAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Split queries (several owned collections) preface the first statement with a note: leave it out.
        var statement = string.Join("\n", sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("This LINQ query", StringComparison.Ordinal)));
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            var p = command.CreateParameter();
            p.ParameterName = parts[2];
            p.Value = long.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(p);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("\n", plan);
    }

    private sealed class InMemoryEvaluation(IEnumerable<OrganizationUnit> units)
    {
        public IEnumerable<OrganizationUnitId> List(UnitSubtreeSpec spec) => spec.Evaluate(units).Select(u => u.Id).ToList();
    }
}
