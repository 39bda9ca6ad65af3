using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Excel.Tests;

/// <summary>The library on the in-memory store with one community of three compounds and its committee.</summary>
internal sealed class ExcelWorld
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public ExcelWorld()
    {
        var services = new ServiceCollection()
            .AddSingleton<IActorAccessor>(new Clerk())
            .AddNeighborParty(o => o.Clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0)))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true })
            .CreateScope().ServiceProvider;
        Services = services;
        var places = Get<PlaceDirectory>();
        var tree = Get<OrganizationTree>();
        var district = Run(places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区")));
        var street = Run(places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "梅山街道")));
        Community = Run(places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "大沟社区")));
        Compounds = [.. new[] { "武夷香榭", "江南新城", "滨江花园" }.Select(n => Run(places.RegisterAsync(Community.Id, new NewPlace(PlaceKind.Compound, n))))];
        var root = Run(tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "中共延平区委", [district.Id])));
        var streetUnit = Run(tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "梅山街道党工委", [street.Id])));
        Committee = Run(tree.AddChildAsync(streetUnit.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "大沟社区党委", [Community.Id])));
    }

    public IServiceProvider Services { get; }

    public Place Community { get; }

    public List<Place> Compounds { get; }

    public OrganizationUnit Committee { get; }

    public LedgerImporter Importer => Get<LedgerImporter>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A valid GB 11643 number.</summary>
    public static string IdNumber(int sequence, Gender gender = Gender.Male)
    {
        var seq = (sequence % 50) * 2 + (gender == Gender.Male ? 1 : 0);
        var body = $"350702{new LocalDate(1960, 1, 1).PlusDays(sequence):yyyyMMdd}{(sequence / 50) % 10}{seq:00}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>A CSV ledger of <paramref name="count"/> full members of the community committee living in its compounds.</summary>
    public string Csv(int count, Func<int, string>? name = null)
    {
        var csv = new StringBuilder("姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\r\n");
        for (var i = 0; i < count; i++)
        {
            var gender = i % 2 == 0 ? Gender.Male : Gender.Female;
            csv.Append(name?.Invoke(i) ?? $"党员{i}").Append(',').Append(IdNumber(i, gender)).Append(',').Append(gender == Gender.Male ? "男" : "女")
                .Append(",1990-07-01,1991-07-01,在职,否,").Append(Committee.Name).Append(",,").Append(Compounds[i % 3].Name).Append(",,,\r\n");
        }

        return csv.ToString();
    }

    public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private sealed class Clerk : IActorAccessor
    {
        public Actor? Current { get; } = new("t:clerk", ActorKind.CommunityStaff, Guid.Empty);
    }
}
