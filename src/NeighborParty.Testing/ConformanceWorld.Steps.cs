using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Activities;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Testing;

/// <content>Random steps over the world — creates and moves — for properties and for the suite's sequence check.</content>
public sealed partial class ConformanceWorld
{
    private readonly List<OrganizationUnitId> _groups = [];
    private int _people = 100;

    /// <summary>
    /// Takes one step chosen by <paramref name="choice"/>: moves the branch between the community committee and the
    /// street (街道直管), moves a functional group to the other branch, adds a group, records an activity or a member in
    /// some unit. Each step is one unit of work through the library's services.
    /// </summary>
    /// <param name="services">The provider over the store.</param>
    /// <param name="choice">Any non-negative number.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>What was done, for a failure's label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public async Task<string> StepAsync(IServiceProvider services, int choice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        choice = Math.Abs(choice % 1_000_000);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tree = sp.GetRequiredService<OrganizationTree>();
        var groups = _groups.Count == 0 ? [Group.Id] : _groups.Prepend(Group.Id).ToList();
        var branches = new[] { Branch.Id, OtherBranch.Id };
        switch (choice % 6)
        {
            case 0:
                var branch = await tree.GetAsync(Branch.Id, cancellationToken);
                var to = branch.ParentId == StreetUnit.Id ? CommunityUnit.Id : StreetUnit.Id;
                await tree.MoveAsync(Branch.Id, to, cancellationToken: cancellationToken);
                return $"move the branch under {(to == StreetUnit.Id ? "the street" : "the community")}";
            case 1 or 5:
                var group = groups[choice / 6 % groups.Count];
                var current = (await tree.GetAsync(group, cancellationToken)).ParentId;
                await tree.MoveAsync(group, current == Branch.Id ? OtherBranch.Id : Branch.Id, cancellationToken: cancellationToken);
                return $"move group {groups.IndexOf(group)} to the other branch";
            case 2:
                var parent = branches[choice / 6 % 2];
                var added = await tree.AddChildAsync(parent, new NewOrganizationUnit("functional-group", OrganizationUnitKind.FunctionalGroup, $"功能党小组{_groups.Count + 2}", [])
                    { Established = new LocalDate(2021, 1, 1) }, cancellationToken);
                _groups.Add(added.Id);
                return $"add group {_groups.Count} under branch {parent == Branch.Id}";
            case 3:
                OrganizationUnitId[] organisers = [Root.Id, StreetUnit.Id, CommunityUnit.Id, .. branches, .. groups];
                var organiser = organisers[choice / 6 % organisers.Length];
                var zone = sp.GetRequiredService<NeighborPartyOptions>().TimeZone;
                await sp.GetRequiredService<ActivityLedger>().RecordAsync(new NewActivity("co-learning", "共学", Compound.Id,
                    new LocalDate(2026, 11, 1).At(new LocalTime(19, 0)).InZoneLeniently(zone), 8, organiser), cancellationToken);
                return $"record an activity of unit {Array.IndexOf(organisers, organiser)}";
            default:
                OrganizationUnitId[] holders = [CommunityUnit.Id, .. branches, .. groups];
                var holder = holders[choice / 6 % holders.Length];
                await sp.GetRequiredService<MemberLedger>().RecordAsync(new MemberDetails($"党员{_people}", IdNumber(_people++), new LocalDate(1990, 7, 1), MemberCategory.Retired)
                    { ResidenceCompoundId = OtherCompound.Id }, MemberRelationship.InUnit(holder), cancellationToken: cancellationToken);
                return $"record a member in unit {Array.IndexOf(holders, holder)}";
        }
    }
}
