using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Application;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests.Bulk;

/// <summary>
/// The plans the database chooses for the paths issue 26 made O(page) (issue 26, item 4): every index the migrations
/// declare exists; a page of members at the root walks the (Name, Id) index without sorting the ledger; a page of a
/// small branch reads its own path ranges; the unit over a place is found by the place's coverage row; an import looks
/// ID numbers up by their unique index. Checked with EXPLAIN
/// on each provider, on the statements the library really sends, after a bulk import has left statistics.
/// </summary>
public sealed class QueryPlanTests
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string IdNumber(int n)
    {
        var body = $"350702{new LocalDate(1940, 1, 1).PlusDays(n % 20_000):yyyyMMdd}{n / 20_000 % 1000:000}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task Every_declared_position_index_exists(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        await using var scope = db.Scope();
        var context = scope.Get<NeighborPartyDbContext>();
        var sql = provider == "sqlite" ? "SELECT name FROM sqlite_master WHERE type = 'index'" : "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'";
        var names = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
        string Stored(string name) => provider == "sqlite" ? name : name[..Math.Min(63, name.Length)]; // PostgreSQL keeps 63 characters of a name
        Assert.All(StoreIndexes.All, index => Assert.Contains(Stored(index.Name), names));
        Assert.DoesNotContain(names, n => StoreIndexes.ProvinceScaleDropped.Concat(StoreIndexes.MemberTallyDropped).Concat(StoreIndexes.ReportTreeDropped).Any(d => Stored(d.Name) == n));
        Assert.Contains("IX_PartyMembers_Name_Id", names);
        Assert.Contains("IX_ResidentRequests_ReceivedAt_Id", names);
        Assert.Contains("IX_Covenants_Title_Id", names);
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task Pages_of_a_province_root_and_of_a_small_branch_use_their_indexes(string provider)
    {
        var recorder = new Recorder();
        await using var db = await StoreFixture.CreateAsync(provider, options: o => o.AddInterceptors(recorder));
        var (community, communityUnit, branch) = await SeedAsync(db);

        // 12,000 members of the community (a bulk import, which leaves statistics), 20 of them in a branch.
        var csv = new StringBuilder("姓名,身份证号,入党日期,转正日期,党员类别,组织关系所在党组织,居住小区\n");
        for (var i = 0; i < 12_000; i++)
        {
            csv.Append($"党员{i:00000},{IdNumber(i)},2015-07-01,2016-07-01,离退休,{(i < 20 ? branch.Name : communityUnit.Name)},小区{(i < 20 ? 0 : 1 + (i % 2))}\n");
        }

        await using (var scope = db.Scope())
        {
            var report = await scope.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), community.Id);
            Assert.True(report.Stored, string.Join("; ", report.Errors.Take(3)));
        }

        recorder.Commands.Clear();
        await using (var scope = db.Scope())
        {
            var page = await scope.Get<MemberUseCases>().PageAsync(Actor.System, communityUnit.Id, new MemberFilter(), null, 50);
            Assert.Equal(50, page.Items.Count);
        }

        var root = await PlansAsync(db, provider, recorder.Commands.Where(c => c.CommandText.Contains("\"PartyMembers\"", StringComparison.Ordinal)));
        Assert.Contains(root, plan => plan.Contains("IX_PartyMembers_Name_Id", StringComparison.Ordinal) && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal)
            && !plan.Contains("Sort", StringComparison.Ordinal));

        // The sweep counts the members of the community's unit from one range of the covering index, in its order: no table, no sort.
        recorder.Commands.Clear();
        await using (var scope = db.Scope())
        {
            var sweep = await scope.Get<NeighborParty.Formation.FormationService>().SweepAsync(community.Id);
            Assert.Equal(3, sweep.Places);
        }

        var tallies = await PlansAsync(db, provider, recorder.Commands.Where(c => c.CommandText.Contains("\"PartyMembers\"", StringComparison.Ordinal)
            && c.CommandText.Contains("GROUP BY", StringComparison.Ordinal)));
        Assert.Equal(2, tallies.Count); // by relationship, then the others living or registered there
        Assert.Contains(tallies, plan => provider == "sqlite"
            ? plan.Contains("COVERING INDEX IX_PartyMembers_Tally", StringComparison.Ordinal) && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal)
            : plan.Contains("IX_PartyMembers_Tally", StringComparison.Ordinal));
        Assert.DoesNotContain(tallies, plan => plan.Contains("SCAN p\n", StringComparison.Ordinal));

        // The unit over the community is found from the place's side: its coverage row by the PlaceId index, not a test of every unit.
        var covering = await PlansAsync(db, provider, recorder.Commands.Where(c => c.CommandText.Contains("\"OrganizationUnitPlaces\"", StringComparison.Ordinal)
            && (c.CommandText.Contains("\"PlaceId\" IN", StringComparison.Ordinal) || c.CommandText.Contains("\"PlaceId\" = ANY", StringComparison.Ordinal))));
        Assert.NotEmpty(covering);
        Assert.All(covering, plan => Assert.True(provider == "sqlite" // SQLite tested every unit in path order before (20 ms per lookup at 100× Yanping)
            ? plan.Contains("IX_OrganizationUnitPlaces_PlaceId", StringComparison.Ordinal) && !plan.Contains("SCAN o\n", StringComparison.Ordinal)
            : !plan.Contains("Seq Scan", StringComparison.Ordinal), plan)); // PostgreSQL's planner picks by its statistics; an index either way

        recorder.Commands.Clear();
        await using (var scope = db.Scope())
        {
            var page = await scope.Get<MemberUseCases>().PageAsync(Actor.System, branch.Id, new MemberFilter(), null, 50);
            Assert.Equal(20, page.Items.Count);
        }

        var small = await PlansAsync(db, provider, recorder.Commands.Where(c => c.CommandText.Contains("\"PartyMembers\"", StringComparison.Ordinal)));
        Assert.Contains(small, plan => plan.Contains("IX_PartyMembers_Tally", StringComparison.Ordinal)); // the unit range of the covering index (StoreIndexes.MemberTally)
        Assert.DoesNotContain(small, plan => plan.Contains("SCAN p\n", StringComparison.Ordinal) || plan.Contains("Seq Scan on \"PartyMembers\"", StringComparison.Ordinal));

        // An import's lookup of a chunk's ID numbers: the unique index, not the ledger.
        recorder.Commands.Clear();
        await using (var scope = db.Scope())
        {
            await scope.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("姓名,身份证号,入党日期,党员类别,组织关系所在党组织\n新人,"
                + IdNumber(50_000) + ",2000-07-01,离退休," + communityUnit.Name + "\n")), community.Id);
        }

        var lookups = await PlansAsync(db, provider, recorder.Commands.Where(c => c.CommandText.Contains("\"IdNumber\" IN", StringComparison.Ordinal)
            || c.CommandText.Contains("\"IdNumber\" = ANY", StringComparison.Ordinal)));
        Assert.NotEmpty(lookups);
        Assert.All(lookups, plan => Assert.Contains("IX_PartyMembers_IdNumber", plan, StringComparison.Ordinal));
    }

    private static async Task<(Place Community, OrganizationUnit CommunityUnit, OrganizationUnit Branch)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.Get<PlaceDirectory>();
        var tree = scope.Get<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
        var compounds = new List<Place>();
        for (var i = 0; i < 3; i++)
        {
            compounds.Add(await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, $"小区{i}")));
        }

        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
        var branch = await tree.AddChildAsync(communityUnit.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "小区0党支部", [compounds[0].Id]) { Established = new LocalDate(2019, 7, 1) });
        return (community, communityUnit, branch);
    }

    /// <summary>EXPLAINs each recorded statement with its parameters (on PostgreSQL with sequential scans priced out, to show the index is usable).</summary>
    private static async Task<List<string>> PlansAsync(StoreFixture db, string provider, IEnumerable<Recorded> commands)
    {
        await using var scope = db.Scope();
        var connection = scope.Get<NeighborPartyDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        if (provider != "sqlite")
        {
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        var plans = new List<string>();
        foreach (var recorded in commands.ToList())
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = (provider == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + recorded.CommandText;
            foreach (var (name, value, make) in recorded.Parameters)
            {
                var parameter = make(explain);
                parameter.ParameterName = name;
                parameter.Value = value;
                explain.Parameters.Add(parameter);
            }

            var plan = new StringBuilder();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Append(reader.GetValue(reader.FieldCount - 1)).Append('\n');
            }

            plans.Add(plan.ToString());
        }

        return plans;
    }

    private sealed record Recorded(string CommandText, List<(string Name, object Value, Func<DbCommand, DbParameter> Make)> Parameters);

    /// <summary>Keeps every statement a context sends (its text and parameters).</summary>
    private sealed class Recorder : DbCommandInterceptor
    {
        public List<Recorded> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p =>
            {
                var source = p;
                return (p.ParameterName, p.Value ?? DBNull.Value, (Func<DbCommand, DbParameter>)(c => Copy(c, source)));
            }).ToList();
            lock (Commands)
            {
                Commands.Add(new Recorded(command.CommandText, parameters));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private static DbParameter Copy(DbCommand command, DbParameter source)
        {
            var copy = command.CreateParameter();
            copy.DbType = source.DbType;
            if (source is Npgsql.NpgsqlParameter npgsql && copy is Npgsql.NpgsqlParameter target)
            {
                target.NpgsqlDbType = npgsql.NpgsqlDbType;
            }

            if (source is Microsoft.Data.Sqlite.SqliteParameter sqlite && copy is Microsoft.Data.Sqlite.SqliteParameter sqliteTarget)
            {
                sqliteTarget.SqliteType = sqlite.SqliteType;
            }

            return copy;
        }
    }
}
