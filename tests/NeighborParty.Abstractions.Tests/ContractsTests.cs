using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Organization.Events;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;
using NodaTime.Testing;

namespace NeighborParty.Abstractions.Tests;

public sealed class ContractsTests
{
    [Theory]
    [InlineData(ActorKind.DistrictAdmin, true)]
    [InlineData(ActorKind.CompoundSecretary, true)]
    [InlineData(ActorKind.Steward, true)]
    [InlineData(ActorKind.CoBuildingParty, false)]
    [InlineData(ActorKind.Resident, false)]
    [InlineData(ActorKind.System, false)]
    public void Staff_secretaries_and_stewards_act_from_a_node(ActorKind kind, bool boundToNode) =>
        Assert.Equal(boundToNode, new Actor("a", kind, Guid.NewGuid()).IsBoundToNode);

    [Fact]
    public void A_rule_violation_needs_a_code_and_both_messages()
    {
        Assert.Throws<ArgumentException>(() => new RuleViolation("", "m", "信息"));
        Assert.Throws<ArgumentException>(() => new RuleViolation("BR-1", "m", " "));
        var e = new RuleViolationException(new RuleViolation("BR-1", "Form a branch.", "应当成立党支部。", "支部条例 art. 4"));
        Assert.Equal("BR-1", e.Code);
        Assert.Equal("BR-1: Form a branch.", e.Message);
    }

    [Fact]
    public void AddNeighborParty_registers_everything_once_and_an_adopters_registration_wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddNeighborParty(o => o.Schema = HierarchySchema.GridBased);
        var count = services.Count;
        services.AddNeighborParty(o => o.Schema = HierarchySchema.Rural);
        Assert.Equal(count, services.Count);

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();
        Assert.Same(clock, scope.ServiceProvider.GetRequiredService<IClock>());
        Assert.Same(HierarchySchema.GridBased, scope.ServiceProvider.GetRequiredService<OrganizationTree>().Schema);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IRepository<Place>>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IScopeChecker>());
    }

    [Fact]
    public void Invalid_options_are_rejected_at_registration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddNeighborParty(o => o.Organization.JointBranchMaxUnits = 1));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddNeighborParty(o => o.Schema = null!));
    }

    [Fact]
    public async Task Domain_events_reach_registered_handlers_after_a_write()
    {
        var handler = new RecordingHandler();
        var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<PlaceRegistered>>(handler)
            .AddNeighborParty(o => o.Clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var district = await directory.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        Assert.Equal(district.Id, Assert.Single(handler.Seen).PlaceId);
        Assert.Empty(district.DomainEvents);
    }

    [Fact]
    public async Task The_scope_checker_answers_over_the_tree()
    {
        await using var provider = new ServiceCollection().AddNeighborParty().BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
        var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();
        var district = await directory.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
        var street = await directory.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
        var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "区委", [district.Id]) { Established = new LocalDate(2000, 1, 1) });
        var child = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "党工委", [street.Id]) { Established = new LocalDate(2001, 1, 1) });
        var checker = scope.ServiceProvider.GetRequiredService<IScopeChecker>();
        Assert.True(await checker.IsWithinAsync(child.Id.Value, root.Id.Value));
        Assert.True(await checker.IsWithinAsync(root.Id.Value, root.Id.Value));
        Assert.False(await checker.IsWithinAsync(root.Id.Value, child.Id.Value));
        Assert.False(await checker.IsWithinAsync(Guid.NewGuid(), root.Id.Value));
    }

    private sealed class RecordingHandler : IDomainEventHandler<PlaceRegistered>
    {
        public List<PlaceRegistered> Seen { get; } = [];

        public Task HandleAsync(PlaceRegistered domainEvent, CancellationToken cancellationToken = default)
        {
            Seen.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
