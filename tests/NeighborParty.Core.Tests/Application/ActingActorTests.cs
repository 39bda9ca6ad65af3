using NeighborParty.Application;
using NeighborParty.Core.Tests.Membership;
using NeighborParty.Core.Tests.Organization;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.Security;
using static NeighborParty.Core.Tests.Organization.TreeFixture;

namespace NeighborParty.Core.Tests.Application;

/// <summary>
/// One source for who acts (issue 28): the actor passed to a use case is the one its audit entries and stored records
/// name, whatever the host's ambient <see cref="IActorAccessor"/> says (the fixtures' ambient actor is a clerk,
/// <c>t:clerk</c>, who is never the one acting here).
/// </summary>
public sealed class ActingActorTests
{
    [Fact]
    public void An_audit_entry_names_the_use_case_actor_not_the_ambient_one()
    {
        var f = new TreeFixture().WithPlaces();
        var (root, street, _) = f.Frame();
        var admin = new Actor("t:admin", ActorKind.DistrictAdmin, root.Id.Value);
        var units = f.Get<OrganizationUseCases>();

        Run(units.RenameAsync(admin, street.Id, "紫云街道党工委（新）", null, null));

        var renamed = Assert.Single(Run(units.AuditAsync(admin, street.Id, null)), e => e.Action == "unit.renamed");
        Assert.Equal("t:admin", renamed.ActorId);
    }

    [Fact]
    public void A_request_step_is_stamped_with_the_use_case_actor_and_a_refused_one_leaves_no_trace()
    {
        var ledger = new LedgerFixture();
        var desk = ledger.Tree.Get<RequestDesk>();
        var request = Run(desk.SubmitAsync(new NewRequest("water-leak", "doorstep-post", ledger.Compounds[0].Id, "3号楼楼道水管漏水",
            Attributes: new Dictionary<string, string> { ["floor"] = "3" })));
        var cases = ledger.Tree.Get<RequestUseCases>();
        var admin = new Actor("t:admin", ActorKind.DistrictAdmin, ledger.Root.Id.Value);

        var accepted = Run(cases.AcceptAsync(admin, request.Id, null));

        Assert.Equal(("t:clerk", "t:admin"), (accepted.Transitions[0].Actor, accepted.Transitions[^1].Actor)); // received by the desk's ambient clerk, accepted by the admin
        var resident = new Actor("t:resident", ActorKind.Resident, Guid.NewGuid());
        Assert.Throws<NeighborParty.Common.RuleViolationException>(() => Run(cases.StartAsync(resident, request.Id, null)));
        Assert.Equal(2, Run(ledger.Tree.Get<RequestDesk>().GetAsync(request.Id)).Transitions.Count);
    }
}
