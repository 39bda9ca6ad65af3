// A district developer's first program: reference the packages, call AddNeighborParty, build a tree, ask the scope.
using Microsoft.Extensions.DependencyInjection;
using NeighborParty;
using NeighborParty.Organization;
using NeighborParty.Security;

var services = new ServiceCollection()
    .AddNeighborParty(o => o.Schema = HierarchySchema.Yanping)
    .BuildServiceProvider();

await using var scope = services.CreateAsyncScope();
var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
var tree = scope.ServiceProvider.GetRequiredService<OrganizationTree>();

var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "紫云街道"));
var community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "剑津社区"));
var compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "武夷香榭") { CompoundKind = CompoundKind.Open });

var root = await tree.CreateRootAsync(new NewOrganizationUnit("district", OrganizationUnitKind.Committee, "延平区委", [district.Id]));
var workingCommittee = await tree.AddChildAsync(root.Id, new NewOrganizationUnit("street", OrganizationUnitKind.WorkingCommittee, "紫云街道党工委", [street.Id]));
var communityCommittee = await tree.AddChildAsync(workingCommittee.Id, new NewOrganizationUnit("community", OrganizationUnitKind.Committee, "剑津社区党委", [community.Id]));
var branch = await tree.AddChildAsync(communityCommittee.Id, new NewOrganizationUnit("compound", OrganizationUnitKind.Branch, "武夷香榭小区党支部", [compound.Id]));

var subtree = await tree.GetSubtreeAsync(root.Id);
var inside = await scope.ServiceProvider.GetRequiredService<IScopeChecker>().IsWithinAsync(branch.Id.Value, root.Id.Value);
Console.WriteLine($"consumer: {subtree.Count} units; branch inside district committee: {inside}; path {branch.Path}");

// The conformance kit from its package: build its world on a store and ask the trees' oracle (what a district's own store runs in xUnit).
await using var kit = new ServiceCollection().AddNeighborParty(NeighborParty.Testing.ConformanceWorld.Configure).BuildServiceProvider();
await NeighborParty.Testing.ConformanceWorld.BuildAsync(kit);
await using var check = kit.CreateAsyncScope();
var disagreements = await NeighborParty.Testing.TreeOracle.FindDisagreementsAsync(check.ServiceProvider);
Console.WriteLine($"consumer: conformance world built; {disagreements.Count} subtree disagreements");
return subtree.Count == 4 && inside && disagreements.Count == 0 ? 0 : 1;
