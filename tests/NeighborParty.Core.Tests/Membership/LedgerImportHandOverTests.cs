using System.Text;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Persistence;
using NodaTime;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Membership;

/// <summary>
/// The import hands the members it makes, and the unit of work the audit entries it makes, to the in-memory store
/// without copying them (nothing else holds them). Whatever a caller reads afterwards must still be a private copy.
/// </summary>
public sealed class LedgerImportHandOverTests
{
    private static LedgerImportReport Import(LedgerFixture f, int rows)
    {
        var csv = new StringBuilder("姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append($"党员{i},{IdNumbers.Make(new LocalDate(1945, 1, 1).PlusDays(i), 7_000 + i)},,1990-07-01,1991-07-01,离退休,否,{f.Community.Name},,{f.Compounds[0].Name},,,\n");
        }

        return Run(f.Tree.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), f.CommunityPlace.Id));
    }

    [Fact]
    public void Imported_members_and_their_audit_entries_are_read_as_private_copies()
    {
        var f = new LedgerFixture();
        var report = Import(f, 40);
        Assert.True(report.Stored, string.Join("; ", report.Errors));

        // Read straight from the store (the fixture's unit of work would hand back the object it tracks).
        var store = Assert.IsType<InMemoryStore>(f.Tree.Get<IAggregateStore>());
        var kept = store.Stored<PartyMember>().Where(m => m.Name.StartsWith("党员", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, kept.Count);
        Assert.All(kept, m => Assert.Equal(1, m.Version));
        var copy = store.Find<PartyMember>(kept[0].Id.Value)!;
        Assert.NotSame(kept[0], copy);
        Assert.NotSame(copy, store.Find<PartyMember>(kept[0].Id.Value));

        // A caller changing what it read changes nothing stored.
        var name = copy.Name;
        Assert.True(IdCardNumber.TryParse(copy.IdNumber, out var card));
        copy.Update(new MemberDetails("改名", copy.IdNumber, copy.Joined, copy.Category) { MadeFull = copy.MadeFull }, card, default, NeighborParty.Organization.TreePosition.None, Instant.FromUtc(2026, 12, 1, 0, 0));
        Assert.Equal("改名", copy.Name);
        Assert.Equal(name, store.Find<PartyMember>(copy.Id.Value)!.Name);
        Assert.Equal(name, kept[0].Name);

        var entries = store.Stored<AuditEntry>().Where(e => e.Action == "member.recorded").ToList();
        Assert.Equal(40, entries.Count);
        Assert.All(entries, e => Assert.Equal(1, e.Version));
        Assert.NotSame(entries[0], store.Find<AuditEntry>(entries[0].Id.Value));
        Assert.Equal(entries[0].Summary, store.Find<AuditEntry>(entries[0].Id.Value)!.Summary);
    }

    [Fact]
    public void Only_a_new_aggregate_is_handed_over_and_a_commit_leaves_no_mark()
    {
        var f = new LedgerFixture();
        var stored = Run(f.Ledger.RecordAsync(f.Details(), MemberRelationship.InUnit(f.Community.Id)));
        Assert.Throws<InvalidOperationException>(() => HandOver.Mark(stored));
        Assert.False(HandOver.IsMarked(stored));

        Assert.True(Import(f, 3).Stored);
        var members = Run(f.Members.ListAsync());
        Assert.All(members, m => Assert.False(HandOver.IsMarked(m)));
    }
}
