using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using static NeighborParty.Core.Tests.Membership.LedgerFixture;

namespace NeighborParty.Core.Tests.Common;

/// <summary>
/// Keyset paging (issue 26): following the tokens from the first page to the last yields every item of the list once,
/// in the list's order, whatever the page size, the scope (the probe of a large scope, the ranges of a small one) and
/// the ties in the key; a token not given out is refused with NP-GEN-009.
/// </summary>
public sealed class KeysetPagingTests
{
    private static readonly Actor System = Actor.System;

    private static (LedgerFixture F, OrganizationUnit Branch) World(int inCommunity, int inBranch, int sharedNames)
    {
        var f = new LedgerFixture();
        var branch = f.Branch(f.Compounds[0]);
        var ledger = f.Ledger;
        for (var i = 0; i < inCommunity + inBranch; i++)
        {
            var details = f.Details(home: f.Compounds[i % f.Compounds.Count]);
            details = details with { Name = i < sharedNames ? "同名" : details.Name }; // ties in the key: the id decides
            Run(ledger.RecordAsync(details, MemberRelationship.InUnit(i < inBranch ? branch.Id : f.Community.Id)));
        }

        return (f, branch);
    }

    private static List<PartyMember> Walk(LedgerFixture f, OrganizationUnit unit, int take)
    {
        var cases = f.Tree.Get<MemberUseCases>();
        var all = new List<PartyMember>();
        string? after = null;
        for (var pages = 0; pages < 10_000; pages++)
        {
            var page = Run(cases.PageAsync(System, unit.Id, new MemberFilter(), after, take));
            Assert.True(page.Items.Count <= take);
            all.AddRange(page.Items.Select(v => v.Member));
            if (page.Next is null)
            {
                return all;
            }

            Assert.Equal(take, page.Items.Count); // only the last page is short
            after = page.Next;
        }

        throw new InvalidOperationException("The pages did not end.");
    }

    /// <summary>The whole list, in the list's order (the in-memory store's: the name by the default comparer, then the id).</summary>
    private static List<PartyMember> Expected(LedgerFixture f, OrganizationUnit unit)
    {
        var places = unit.Places.Select(p => Run(f.Tree.Get<IReadRepository<Place>>().GetByIdAsync(p))!.Path).ToList();
        return [.. Run(f.Members.ListAsync(new MembersForCountingSpec(unit.Path, places))).OrderBy(m => m.Name).ThenBy(m => m.Id)];
    }

    [Property(MaxTest = 20)]
    public Property Following_the_tokens_yields_every_member_once_in_order(PositiveInt communitySize, PositiveInt branchSize, NonNegativeInt ties, PositiveInt pageSize)
    {
        var (inCommunity, inBranch) = (communitySize.Get % 300, branchSize.Get % 40);
        var take = 1 + (pageSize.Get % 60);
        var (f, branch) = World(inCommunity, inBranch, ties.Get % 12);
        foreach (var unit in new[] { f.Community, branch })
        {
            var paged = Walk(f, unit, take).Select(m => m.Id).ToList();
            var expected = Expected(f, unit).Select(m => m.Id).ToList();
            if (!paged.SequenceEqual(expected))
            {
                return false.Label($"{unit.Name}: paged {paged.Count}, expected {expected.Count}, take {take}");
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void A_scope_that_is_most_of_the_ledger_and_one_that_is_a_sliver_page_alike()
    {
        // 1,500 members: the community holds all of them (the probe finds its pages), the branch 12 (its own ranges do).
        var (f, branch) = World(1_488, 12, 3);
        Assert.Equal(Expected(f, f.Community).Select(m => m.Id), Walk(f, f.Community, 50).Select(m => m.Id));
        Assert.Equal(Expected(f, branch).Select(m => m.Id), Walk(f, branch, 5).Select(m => m.Id));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("s@@@@.00000000000000000000000000000000")]
    [InlineData("t12.0123456789abcdef0123456789abcdef")]
    public void A_token_this_list_did_not_give_out_is_refused(string token)
    {
        var (f, _) = World(3, 0, 0);
        var refused = Assert.Throws<RuleViolationException>(() => Run(f.Tree.Get<MemberUseCases>().PageAsync(System, f.Community.Id, new MemberFilter(), token, 10)));
        Assert.Equal(PageToken.Malformed, refused.Code);
    }
}
