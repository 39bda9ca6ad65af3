using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Core.Tests.Application;

/// <summary>
/// The authorization matrix against the application layer, without any host: every actor kind × use case × a
/// target inside the actor's scope, outside it, and an unknown id. The expectations are written out by hand. A kind
/// that may never act is refused with NP-SEC-001 before anything is looked up (also for an unknown id); a granted
/// kind aimed outside its scope gets exactly the refusal an unknown id gets (same code, same text).
/// </summary>
public sealed class UseCaseAuthorizationMatrixTests
{
    private const ActorKind DA = ActorKind.DistrictAdmin, SS = ActorKind.StreetStaff, CS = ActorKind.CommunityStaff,
        Sec = ActorKind.CompoundSecretary, Stw = ActorKind.Steward, Party = ActorKind.CoBuildingParty, Res = ActorKind.Resident, Sys = ActorKind.System;

    private static readonly World Shared = new();

    /// <summary>A use case called at a target: the unit/place/member ids to use.</summary>
    private sealed record Target(OrganizationUnitId Unit, PlaceId Compound, PartyMemberId Member);

    public static TheoryData<string, ActorKind> Cells()
    {
        var data = new TheoryData<string, ActorKind>();
        foreach (var name in Cases.Keys)
        {
            foreach (var kind in Enum.GetValues<ActorKind>())
            {
                data.Add(name, kind);
            }
        }

        return data;
    }

    /// <summary>Who may call each use case (hand-written; DomainAccess docs and docs/security.md say the same).</summary>
    private static readonly Dictionary<string, (ActorKind[] Allowed, Func<World, Actor, Target, Task> Call)> Cases = new()
    {
        ["units.get"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Units.GetAsync(a, t.Unit)),
        ["units.children"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Units.ChildrenAsync(a, t.Unit)),
        ["units.audit"] = ([DA, SS, CS, Sec, Sys], (w, a, t) => w.Units.AuditAsync(a, t.Unit, null)),
        ["places.get"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Places.GetAsync(a, t.Compound)),
        ["places.children"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Places.ChildrenAsync(a, t.Compound)),
        ["members.list"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Members.ListAsync(a, t.Unit, new MemberFilter())),
        ["members.get"] = ([DA, SS, CS, Sec, Stw, Sys], (w, a, t) => w.Members.GetAsync(a, t.Member)),
        ["members.record"] = ([DA, SS, CS, Sec, Sys], (w, a, t) => w.Members.RecordAsync(a, w.Ledger.Details(), MemberRelationship.InUnit(t.Unit))),
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task A_use_case_decides_who_may_call_it_and_hides_what_is_out_of_scope(string useCase, ActorKind kind)
    {
        var world = Shared;
        var (allowed, call) = Cases[useCase];
        var actor = world.ActorOf(kind);
        var unknown = new Target(new OrganizationUnitId(Guid.NewGuid()), new PlaceId(Guid.NewGuid()), new PartyMemberId(Guid.NewGuid()));

        if (!allowed.Contains(kind))
        {
            foreach (var target in new[] { world.Inside, world.Outside, unknown })
            {
                var refused = await Assert.ThrowsAsync<RuleViolationException>(() => call(world, actor, target));
                Assert.Equal(("NP-SEC-001", RuleViolationKind.Forbidden), (refused.Violation.Code, refused.Violation.Kind));
            }

            return;
        }

        await call(world, actor, world.Inside); // allowed inside: no refusal
        var missing = await Assert.ThrowsAsync<RuleViolationException>(() => call(world, actor, unknown));
        Assert.Equal(RuleViolationKind.NotFound, missing.Violation.Kind);
        if (kind is DA or Sys)
        {
            await call(world, actor, world.Outside); // the whole district is theirs
            return;
        }

        var hidden = await Assert.ThrowsAsync<RuleViolationException>(() => call(world, actor, world.Outside));
        Assert.Equal(Neutral(missing.Violation, unknown), Neutral(hidden.Violation, world.Outside));
    }

    private static (string, RuleViolationKind, string, string) Neutral(RuleViolation v, Target t)
    {
        string Strip(string text) => text.Replace(t.Unit.ToString(), "ID", StringComparison.Ordinal).Replace(t.Compound.ToString(), "ID", StringComparison.Ordinal)
            .Replace(t.Member.ToString(), "ID", StringComparison.Ordinal);
        return (v.Code, v.Kind, Strip(v.Message), Strip(v.MessageZh));
    }

    /// <summary>Two streets; the actors stand in the first one's community and compound branch.</summary>
    private sealed class World
    {
        public World()
        {
            Ledger = new LedgerFixture();
            var tree = Ledger.Tree;
            var branch = Ledger.Branch(Ledger.Compounds[0]);
            var otherStreet = tree.Add(Ledger.Root, "street", OrganizationUnitKind.WorkingCommittee, tree.Streets[1]);
            var otherCommunity = tree.Add(otherStreet, "community", OrganizationUnitKind.Committee, tree.Communities[2]);
            var otherCompound = tree.CompoundsOf(tree.Communities[2])[0];
            var otherBranch = tree.Add(otherCommunity, "compound", OrganizationUnitKind.Branch, otherCompound);
            var system = new Actor("t:system", ActorKind.System, Guid.Empty);
            Units = tree.Get<OrganizationUseCases>();
            Places = tree.Get<PlaceUseCases>();
            Members = tree.Get<MemberUseCases>();
            var inside = TreeFixture.Run(Members.RecordAsync(system, Ledger.Details(home: Ledger.Compounds[0]), MemberRelationship.InUnit(branch.Id)));
            var outside = TreeFixture.Run(Members.RecordAsync(system, Ledger.Details(home: otherCompound), MemberRelationship.InUnit(otherBranch.Id)));
            Inside = new Target(branch.Id, Ledger.Compounds[0].Id, inside.Member.Id);
            Outside = new Target(otherBranch.Id, otherCompound.Id, outside.Member.Id);
            _scopes = new Dictionary<ActorKind, Guid>
            {
                [DA] = Ledger.Root.Id.Value, [SS] = Ledger.Street.Id.Value, [CS] = Ledger.Community.Id.Value, [Sec] = branch.Id.Value, [Stw] = branch.Id.Value,
                [Party] = Guid.NewGuid(), [Res] = Guid.NewGuid(), [Sys] = Guid.Empty,
            };
        }

        private readonly Dictionary<ActorKind, Guid> _scopes;

        public LedgerFixture Ledger { get; }

        public OrganizationUseCases Units { get; }

        public PlaceUseCases Places { get; }

        public MemberUseCases Members { get; }

        public Target Inside { get; }

        public Target Outside { get; }

        public Actor ActorOf(ActorKind kind) => new($"t:{kind}", kind, _scopes[kind]);
    }
}
