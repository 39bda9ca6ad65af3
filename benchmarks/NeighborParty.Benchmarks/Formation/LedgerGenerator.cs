using System.Text;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Benchmarks.Formation;

/// <summary>A district of many compounds with branches, community committees and members, built directly (no rule checks).</summary>
internal sealed class LedgerGenerator
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];


    public List<Place> Compounds { get; } = [];

    public List<OrganizationUnit> Branches { get; } = [];

    public Dictionary<OrganizationUnitId, HierarchyPath[]> Holders { get; } = [];

    public List<PartyMember> Members { get; } = [];

    public static string IdNumber(int n)
    {
        var birth = new LocalDate(1940, 1, 1).PlusDays(n % 11000);
        var body = $"350702{birth.Year:0000}{birth.Month:00}{birth.Day:00}{n / 11000 % 1000:000}";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    public static LedgerGenerator Build(int compounds, int membersPerCompound, int seed = 7)
    {
        var g = new LedgerGenerator();
        var random = new Random(seed);
        var now = Instant.FromUtc(2026, 1, 1, 0, 0);
        var schema = HierarchySchema.Yanping;
        var district = Place.CreateDistrict(PlaceId.New(), 1, "区", null, now);
        var committee = OrganizationUnit.CreateRoot(OrganizationUnitId.New(), schema.GetLevel("district"), OrganizationUnitKind.Committee, "区委", null, 1, [district.Id], new LocalDate(2000, 1, 1), BenchmarkDates.Today, now);
        var perCommunity = 1000;
        var n = 0;
        Place? street = null;
        OrganizationUnit? streetUnit = null;
        for (var c = 0; c * perCommunity < compounds; c++)
        {
            if (c % 10 == 0)
            {
                street = district.AddChild(PlaceId.New(), PlaceKind.Street, "街道", null, now);
                streetUnit = committee.AddChild(OrganizationUnitId.New(), schema.GetLevel("street"), OrganizationUnitKind.WorkingCommittee, "街道党工委", null, [street.Id], new LocalDate(2002, 1, 1), BenchmarkDates.Today, now);
            }

            var community = street!.AddChild(PlaceId.New(), PlaceKind.Community, "社区", null, now);
            var communityUnit = streetUnit!.AddChild(OrganizationUnitId.New(), schema.GetLevel("community"), OrganizationUnitKind.Committee, "社区党委", null, [community.Id], new LocalDate(2010, 1, 1), BenchmarkDates.Today, now);
            g.Holders[communityUnit.Id] = [community.Path];
            for (var k = 0; k < perCommunity && g.Compounds.Count < compounds; k++)
            {
                var compound = community.AddChild(PlaceId.New(), PlaceKind.Compound, "小区" + k, null, now);
                g.Compounds.Add(compound);
                OrganizationUnit? branch = null;
                if (random.Next(10) < 6)
                {
                    branch = communityUnit.AddChild(OrganizationUnitId.New(), schema.GetLevel("compound"), OrganizationUnitKind.Branch, "小区党支部" + k, null, [compound.Id], new LocalDate(2020, 1, 1), BenchmarkDates.Today, now);
                    g.Branches.Add(branch);
                }

                for (var m = 0; m < membersPerCompound; m++)
                {
                    var full = m % 5 != 4;
                    var inService = m % 5 == 3;
                    var details = new MemberDetails("党员", IdNumber(n++), new LocalDate(1990, 7, 1), inService ? MemberCategory.InService : MemberCategory.Retired)
                    {
                        MadeFull = full ? new LocalDate(1991, 7, 1) : null,
                        ResidenceCompoundId = compound.Id,
                    };
                    var relationship = inService ? MemberRelationship.Outside("单位党支部") : MemberRelationship.InUnit(branch?.Id ?? communityUnit.Id);
                    var member = PartyMember.Record(PartyMemberId.New(), details, relationship, inService ? null : branch ?? communityUnit, details.Joined, compound, null, BenchmarkDates.Today, now);
                    if (inService)
                    {
                        member.Register(compound, null, null, new LocalDate(2025, 1, 1), BenchmarkDates.Today, now);
                    }

                    member.ClearDomainEvents();
                    g.Members.Add(member);
                }
            }
        }

        return g;
    }

    /// <summary>Writes a ledger CSV of <paramref name="rows"/> members living in (and held by) the first community's units.</summary>
    public static void WriteCsv(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write("姓名,身份证号,性别,联系电话,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区\r\n");
        var line = new StringBuilder(160);
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            line.Append("党员").Append(i).Append(',').Append(IdNumber(i)).Append(",,138").Append((i % 100_000_000).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",1990-07-01,").Append(i % 5 == 4 ? "" : "1991-07-01").Append(",离退休,否,社区党委,,小区").Append(i % 1000).Append("\r\n");
            writer.Write(line);
        }
    }
}
