using NeighborParty.Core.Tests.Organization;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Core.Tests.Membership;

/// <summary>Valid GB 11643 numbers for tests.</summary>
internal static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Make(LocalDate birth, int sequence, Gender gender = Gender.Male, string region = "350702")
    {
        var seq = (sequence % 50) * 2 + (gender == Gender.Male ? 1 : 0); // 17th digit odd for men
        var body = $"{region}{birth:yyyyMMdd}{(sequence / 50) % 10}{seq:00}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}

/// <summary>A compound tree (TreeFixture) with a ledger and the formation service on in-memory stores.</summary>
internal sealed class LedgerFixture
{
    private int _sequence;

    public LedgerFixture(Action<NeighborPartyOptions>? configure = null)
    {
        Tree = new TreeFixture(configure: configure).WithPlaces();
        (Root, Street, Community) = Tree.Frame();
        Members = Tree.Get<IRepository<PartyMember>>();
        Residents = Tree.Get<IRepository<Resident>>();
        Ledger = Tree.Get<MemberLedger>();
        Formation = Tree.Get<FormationService>();
    }

    public TreeFixture Tree { get; }

    public OrganizationUnit Root { get; }

    public OrganizationUnit Street { get; }

    public OrganizationUnit Community { get; }

    public IRepository<PartyMember> Members { get; }

    public IRepository<Resident> Residents { get; }

    public MemberLedger Ledger { get; }

    public FormationService Formation { get; }

    public Place CommunityPlace => Tree.Communities[0];

    public List<Place> Compounds => Tree.CompoundsOf(CommunityPlace);

    public OrganizationUnit Branch(Place compound) => Tree.Add(Community, "compound", OrganizationUnitKind.Branch, compound);

    public MemberDetails Details(bool full = true, MemberCategory category = MemberCategory.Retired, Place? home = null, VotingSuspension? suspension = null, bool mobile = false)
    {
        var n = Interlocked.Increment(ref _sequence);
        var birth = new LocalDate(1950, 1, 1).PlusDays(n);
        return new MemberDetails($"党员{n}", IdNumbers.Make(birth, n), new LocalDate(1990, 7, 1), category)
        {
            MadeFull = full ? new LocalDate(1991, 7, 1) : null,
            ResidenceCompoundId = home?.Id,
            Suspension = suspension,
            IsMobile = mobile,
            Phone = "1380013" + (n % 10000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Records members living in <paramref name="home"/> with the relationship at <paramref name="unit"/>.</summary>
    public List<PartyMember> Add(int count, OrganizationUnit unit, Place? home, bool full = true, MemberCategory category = MemberCategory.Retired, VotingSuspension? suspension = null) =>
        [.. Enumerable.Range(0, count).Select(_ => Run(Ledger.RecordAsync(Details(full, category, home, suspension), MemberRelationship.InUnit(unit.Id))))];

    public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
