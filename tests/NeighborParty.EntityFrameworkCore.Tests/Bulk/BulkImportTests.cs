using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Activities.Csv;
using NeighborParty.Auditing;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests.Bulk;

/// <summary>
/// The bulk imports on each provider (issue 26): a file larger than a chunk is written in parts of one transaction, so
/// a file refused on its last row stores nothing of the parts already written; a good one stores every row with its
/// audit entry; an activity import into a closed period is refused row by row.
/// </summary>
public sealed class BulkImportTests
{
    private const string LedgerHeader = "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区\n";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string IdNumber(int n)
    {
        var body = $"350702{new LocalDate(1940, 1, 1).PlusDays(n % 20_000):yyyyMMdd}{n / 20_000 % 1000:000}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    private static async Task<(Place District, Place Community, Place Compound, OrganizationUnit CommunityUnit)> SeedAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        var places = scope.Get<PlaceDirectory>();
        var tree = scope.Get<OrganizationTree>();
        var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
        var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(1994, 1, 1) });
        var streetUnit = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]) { Established = new LocalDate(2002, 1, 1) });
        var communityUnit = await tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [community.Id]) { Established = new LocalDate(2010, 1, 1) });
        return (district, community, compound, communityUnit);
    }

    private static string Ledger(int rows, Func<int, string>? idNumber = null) => LedgerHeader + string.Concat(Enumerable.Range(0, rows).Select(i =>
        $"党员{i},{(idNumber ?? IdNumber)(i)},,1990-07-01,{(i % 5 == 4 ? "" : "1991-07-01")},离退休,否,剑津社区党委,,武夷香榭\n"));

    private static async Task<(int Members, int Audit)> CountsAsync(StoreFixture db)
    {
        await using var scope = db.Scope();
        return (await scope.Get<IReadRepository<PartyMember>>().CountAsync(), await scope.Get<IReadRepository<AuditEntry>>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task A_ledger_file_refused_on_its_last_row_stores_nothing_of_its_parts(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (_, community, _, _) = await SeedAsync(db);
        var before = await CountsAsync(db);
        var rows = (LedgerImporter.ChunkRows * 2) + 10; // two whole parts are written before the last row is read
        await using (var scope = db.Scope())
        {
            var report = await scope.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Ledger(rows, i => i == rows - 1 ? "350702194001010000" : IdNumber(i)))), community.Id);
            Assert.False(report.Stored);
            Assert.Equal((rows + 1, MembershipRules.InvalidIdNumber), (Assert.Single(report.Errors).Row, report.Errors[0].Code));
        }

        Assert.Equal(before, await CountsAsync(db));
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task A_good_ledger_file_larger_than_a_part_is_stored_whole_with_an_audit_entry_per_member_and_again_changes_nothing(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (_, community, compound, communityUnit) = await SeedAsync(db);
        var before = await CountsAsync(db);
        var rows = LedgerImporter.ChunkRows + 100;
        await using (var scope = db.Scope())
        {
            var report = await scope.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Ledger(rows))), community.Id);
            Assert.True(report.Stored, string.Join("; ", report.Errors.Take(3)));
            Assert.Equal(rows, report.Added);
        }

        Assert.Equal((before.Members + rows, before.Audit + rows), await CountsAsync(db));
        await using (var scope = db.Scope())
        {
            var member = await scope.Get<IReadRepository<PartyMember>>().FirstOrDefaultAsync(new MemberByIdNumberSpec(IdNumber(4)));
            Assert.NotNull(member);
            Assert.Equal((communityUnit.Id, compound.Id, MemberStatus.Probationary, 1L), (member.UnitId!.Value, member.ResidenceCompoundId!.Value, member.Status, member.Version));
            var again = await scope.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Ledger(rows))), community.Id);
            Assert.Equal((0, rows), (again.Added, again.Unchanged));
        }
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task An_activity_file_is_stored_whole_and_one_into_a_closed_period_is_refused_row_by_row(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (district, community, _, _) = await SeedAsync(db);
        const string header = "活动名称,活动类别,活动日期,活动地点,参加人数,服务时长\n";
        var rows = ActivityImporter.ChunkRows + 50;
        var good = header + string.Concat(Enumerable.Range(0, rows).Select(i => $"志愿服务{i},volunteer-service,{new LocalDate(2025, 1, 1).PlusDays(i % 300):yyyy-MM-dd},武夷香榭,{1 + (i % 9)},{i % 9}.5\n"));
        await using (var scope = db.Scope())
        {
            var report = await scope.Get<ActivityImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(good)), community.Id);
            Assert.True(report.Stored, string.Join("; ", report.Errors.Take(3)));
            Assert.Equal(rows, report.Recorded);
        }

        await using (var scope = db.Scope())
        {
            Assert.Equal(rows, await scope.Get<IReadRepository<Activity>>().CountAsync());
            await scope.Get<AccountingService>().CloseAsync(district.Id, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)));
        }

        var late = header + "补录一,volunteer-service,2025-03-31,武夷香榭,5,\n" + "补录二,volunteer-service,2025-04-01,武夷香榭,5,\n" + "补录三,volunteer-service,2025-01-01,剑津社区,5,\n";
        await using (var scope = db.Scope())
        {
            var report = await scope.Get<ActivityImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(late)), community.Id);
            Assert.False(report.Stored);
            Assert.Equal([(2, PeriodGuard.Closed), (4, PeriodGuard.Closed)], report.Errors.Select(e => (e.Row, e.Code)));
        }

        await using var read = db.Scope();
        Assert.Equal(rows, await read.Get<IReadRepository<Activity>>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(StoreFixture.Providers), MemberType = typeof(StoreFixture))]
    public async Task A_file_imported_through_the_use_case_names_its_actor_in_every_audit_entry(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        var (_, community, _, _) = await SeedAsync(db);
        db.Actors.Current = new Actor("t:someone-else", ActorKind.System, Guid.Empty); // the host's ambient actor: not the one acting
        var importer = new Actor("t:importer", ActorKind.System, Guid.Empty);
        await using (var scope = db.Scope())
        {
            var report = await scope.Get<Application.LedgerFileUseCases>().ImportAsync(importer, community.Id,
                new MemoryStream(Encoding.UTF8.GetBytes(Ledger(LedgerImporter.ChunkRows + 10)))); // streamed in two parts
            Assert.True(report.Stored, string.Join("; ", report.Errors.Take(3)));
        }

        await using var read = db.Scope();
        var trail = await read.Get<IReadRepository<AuditEntry>>().ListAsync();
        var imported = trail.Where(e => e.Action.StartsWith("member.", StringComparison.Ordinal)).ToList();
        Assert.Equal(LedgerImporter.ChunkRows + 10, imported.Count);
        Assert.All(imported, e => Assert.Equal("t:importer", e.ActorId));
    }
}
