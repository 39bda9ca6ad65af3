using Ardalis.Specification;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.SampleApi.Infrastructure.RateLimiting;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Security;

/// <summary>A demo actor the development token endpoint can issue a token for.</summary>
/// <param name="Name">The name used in the URL, such as <c>compound-secretary</c>.</param>
/// <param name="Kind">The actor kind.</param>
/// <param name="Description">Who it is and where it stands.</param>
/// <param name="ScopeUnitName">The name of the seeded unit the actor is bound to, or null.</param>
/// <param name="FixedScope">The party or resident id for actors not bound to a unit.</param>
public sealed record DemoActor(string Name, ActorKind Kind, string Description, string? ScopeUnitName, Guid FixedScope);

/// <summary>A demo actor with its resolved scope.</summary>
/// <param name="Name">The demo name.</param>
/// <param name="Kind">The actor kind.</param>
/// <param name="Description">Who it is.</param>
/// <param name="ScopeId">The unit, party or resident the actor is bound to.</param>
public sealed record DemoActorResponse(string Name, ActorKind Kind, string Description, Guid ScopeId);

/// <summary>A signed bearer token.</summary>
/// <param name="Token">Send it as <c>Authorization: Bearer …</c>.</param>
/// <param name="Actor">Who it is for.</param>
/// <param name="Expires">When it stops working.</param>
public sealed record TokenResponse(string Token, DemoActorResponse Actor, Instant Expires);

/// <summary>
/// Development only: issues tokens for the demo actors of the seeded Yanping data, so that a newcomer can try the API
/// in Scalar. Never mapped outside the Development environment.
/// </summary>
internal static class DevTokenEndpoints
{
    public static readonly DemoActor[] Actors =
    [
        new("district-admin", ActorKind.DistrictAdmin, "延平区委组织部 administrator (the whole district)", "中共南平市延平区委员会", Guid.Empty),
        new("street-staff", ActorKind.StreetStaff, "紫云街道党工委 staff", "紫云街道党工委", Guid.Empty),
        new("community-staff", ActorKind.CommunityStaff, "剑津社区党委 staff", "剑津社区党委", Guid.Empty),
        new("compound-secretary", ActorKind.CompoundSecretary, "Secretary of 武夷香榭小区党支部", "武夷香榭小区党支部", Guid.Empty),
        new("steward", ActorKind.Steward, "A Red Steward (红色管家) of 武夷香榭", "武夷香榭小区党支部", Guid.Empty),
        new("co-building-party", ActorKind.CoBuildingParty, "延平区妇联, a co-building party (共建单位): signs its covenants, runs its menu and orders", null,
            new Guid("5e0c1b1d-0000-4000-8000-000000000001")),
        new("resident", ActorKind.Resident, "陈美华, a resident of 武夷香榭: raises and follows her own requests and micro-wishes", null,
            new Guid("5e0c1b1d-0000-4000-8000-000000000002")),
        new("system", ActorKind.System, "The system itself: may do everything (creating districts and root units)", null, Guid.Empty),
    ];

    public static IEndpointRouteBuilder MapDevTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var dev = app.MapGroup("/dev").WithTags("Development").AllowAnonymous();

        dev.MapGet("/actors", async (IReadRepository<OrganizationUnit> units, IReadRepository<NeighborParty.CoBuilding.Partner> partners,
                IReadRepository<NeighborParty.Membership.Resident> residents, CancellationToken ct) =>
                (await ResolveAllAsync(units, partners, residents, ct)).ConvertAll(a => a.Response))
            .WithSummary("Development only: the demo actors a token can be issued for.");

        dev.MapPost("/tokens/{name}", async (string name, IReadRepository<OrganizationUnit> units, IReadRepository<NeighborParty.CoBuilding.Partner> partners,
                IReadRepository<NeighborParty.Membership.Resident> residents, TokenIssuer issuer, CancellationToken ct) =>
            {
                var match = (await ResolveAllAsync(units, partners, residents, ct)).Find(a => string.Equals(a.Response.Name, name, StringComparison.Ordinal));
                if (match.Response is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such demo actor.",
                        detail: "See GET /dev/actors.", extensions: new Dictionary<string, object?> { ["code"] = "NP-DEV-404", ["messageZh"] = "没有这个演示身份。" });
                }

                var (token, expires) = issuer.Issue(match.Actor);
                return Results.Ok(new TokenResponse(token, match.Response, expires));
            })
            .WithSummary("Development only: issues a bearer token for a demo actor (paste it into Scalar's authentication).")
            .RequireRateLimiting(RateLimitPolicies.Tokens);
        return app;
    }

    private static async Task<List<(DemoActorResponse Response, Actor Actor)>> ResolveAllAsync(IReadRepository<OrganizationUnit> units,
        IReadRepository<NeighborParty.CoBuilding.Partner> partners, IReadRepository<NeighborParty.Membership.Resident> residents, CancellationToken ct)
    {
        var list = new List<(DemoActorResponse, Actor)>();
        foreach (var demo in Actors)
        {
            var scope = demo.FixedScope;
            if (demo.Kind == ActorKind.CoBuildingParty && await partners.FirstOrDefaultAsync(new PartnerByNameSpec("延平区妇联"), ct) is { } partner)
            {
                scope = partner.Id.Value; // the demo party is the Women's Federation of the story
            }

            if (demo.Kind == ActorKind.Resident && await residents.FirstOrDefaultAsync(new ResidentByNameSpec("陈美华"), ct) is { } resident)
            {
                scope = resident.Id.Value; // the demo resident of the story's 武夷香榭
            }

            if (demo.ScopeUnitName is { } unitName)
            {
                var unit = await units.FirstOrDefaultAsync(new UnitByNameSpec(unitName), ct);
                if (unit is null)
                {
                    continue;
                }

                scope = unit.Id.Value;
            }

            list.Add((new DemoActorResponse(demo.Name, demo.Kind, demo.Description, scope), new Actor("demo:" + demo.Name, demo.Kind, scope)));
        }

        return list;
    }

    private sealed class PartnerByNameSpec : Specification<NeighborParty.CoBuilding.Partner>
    {
        public PartnerByNameSpec(string name) => Query.Where(p => p.Name == name).OrderBy(p => p.Id);
    }

    private sealed class ResidentByNameSpec : Specification<NeighborParty.Membership.Resident>
    {
        public ResidentByNameSpec(string name) => Query.Where(r => r.Name == name).OrderBy(r => r.Id);
    }

    private sealed class UnitByNameSpec : Specification<OrganizationUnit>
    {
        public UnitByNameSpec(string name) => Query.Where(u => u.Name == name && u.Dissolved == null).OrderBy(u => u.Position.PathHigh).ThenBy(u => u.Position.PathLow);
    }
}
