using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Organization.Specifications;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Scale;

/// <summary>
/// After the ledger is imported: the Red Stewards of every branch (a secretary, a committee where BR-4 asks for one,
/// building leaders; some terms ending soon or run out, some seats left empty), co-building partners with covenants
/// signed by every party, and residents' requests in every state over two years — each made by the aggregate's own
/// steps and stored a street at a time through the unit of work (bulk writes on EF Core).
/// </summary>
internal static class PeopleGenerator
{
    public static async Task<(int Appointments, int Partners, int Covenants, int Requests)> RunAsync(ScaleDatabase database, ScaleShape shape)
    {
        await using var services = database.Services();
        var now = TreeGenerator.SystemClockNow();
        var today = TreeGenerator.Today();
        var options = services.GetRequiredService<NeighborPartyOptions>();
        List<Place> streets;
        Place district;
        await using (var scope = services.CreateAsyncScope())
        {
            var places = scope.ServiceProvider.GetRequiredService<IReadRepository<Place>>();
            district = (await places.ListAsync(new RootPlacesSpec())).Single();
            streets = await places.ListAsync(new ChildPlacesSpec(district.Id));
        }

        var (appointments, partners, covenants, requests) = (0, 0, 0, 0);
        var requestsPerStreet = Math.Max(1, shape.Requests / streets.Count);
        var partnersPerStreet = Math.Max(1, shape.Partners / streets.Count);
        var counter = 0;
        foreach (var street in streets)
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var inside = await sp.GetRequiredService<IReadRepository<Place>>().ListAsync(new PlaceSubtreeSpec(street.Path, readOnly: true));
            var streetUnit = (await sp.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync(new LiveUnitsCoveringSpec(["street"], [street.Id]))).Single();
            var units = await sp.GetRequiredService<IReadRepository<OrganizationUnit>>().ListAsync(new UnitSubtreeSpec(streetUnit.Path, readOnly: true));
            var members = await sp.GetRequiredService<IReadRepository<PartyMember>>().ListAsync(new MembersOfUnitsSpec(streetUnit.Path));
            var fullByUnit = members.Where(m => m.Status == MemberStatus.Full && m.UnitId is not null).GroupBy(m => m.UnitId!.Value).ToDictionary(g => g.Key, g => g.ToList());
            var residents = members.Where(m => m.ResidenceCompoundId is not null).GroupBy(m => m.ResidenceCompoundId!.Value).ToDictionary(g => g.Key, g => g.ToList());
            var buildings = inside.Where(p => p.Kind == PlaceKind.Building).GroupBy(p => p.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());
            var compounds = inside.Where(p => p.Kind == PlaceKind.Compound).ToList();
            var branches = units.Where(u => u.Kind == OrganizationUnitKind.Branch).ToDictionary(u => u.Places[0]);

            var made = new List<Appointment>();
            foreach (var compound in compounds)
            {
                var n = counter++;
                if (branches.TryGetValue(compound.Id, out var branch) && fullByUnit.TryGetValue(branch.Id, out var full) && full.Count > 0)
                {
                    var start = new LocalDate(2021, 6, 1).PlusDays(n * 37 % 1600);
                    var term = new DateInterval(start, start.PlusYears(5).PlusDays(-1)); // TR-2: five years in a community
                    var seats = full.Count >= options.Formation.CommitteeFromFullMembers
                        ? new[] { StewardRole.Secretary, StewardRole.OrganisationMember, StewardRole.PublicityMember, StewardRole.DisciplineMember }
                        : [StewardRole.Secretary];
                    for (var s = 0; s < seats.Length && s < full.Count; s++)
                    {
                        var appointment = Appointment.Appoint(AppointmentId.New(), seats[s], AppointmentHolder.Of(full[s]), AppointmentSite.InUnit(branch), term,
                            AppointmentBasis.ElectedByAssembly, null, today, now);
                        if (s == 3 && n % 13 == 5 && start < today.PlusDays(-30) && term.End > today.PlusDays(-20))
                        {
                            appointment.EndEarly(today.PlusDays(-20), AppointmentEndReason.MovedAway, null, today, now); // a seat left empty (TR-5)
                        }

                        made.Add(appointment);
                    }
                }

                var living = residents.GetValueOrDefault(compound.Id) ?? [];
                var blocks = buildings.GetValueOrDefault(compound.Id) ?? [];
                for (var b = 0; b < blocks.Count && living.Count > 0; b++)
                {
                    if ((n + b) % 9 == 4)
                    {
                        continue; // a building without a leader
                    }

                    var leaderStart = new LocalDate(2022, 1, 1).PlusDays((n + b) % 1000);
                    made.Add(Appointment.Appoint(AppointmentId.New(), StewardRole.BuildingLeader, AppointmentHolder.Of(living[b % living.Count]), AppointmentSite.AtPlace(blocks[b]),
                        new DateInterval(leaderStart, leaderStart.PlusYears(3).PlusDays(-1)), AppointmentBasis.AppointedLocally, null, today, now));
                }
            }

            var (streetPartners, streetCovenants) = CoBuilding(street, compounds, branches, partnersPerStreet, options, today, now, ref counter);
            var streetRequests = Requests(compounds, buildings, requestsPerStreet, options.Requests, now, ref counter);
            sp.GetRequiredService<IRepository<Appointment>>().AddRange(made);
            sp.GetRequiredService<IRepository<Partner>>().AddRange(streetPartners);
            sp.GetRequiredService<IRepository<Covenant>>().AddRange(streetCovenants);
            sp.GetRequiredService<IRepository<ResidentRequest>>().AddRange(streetRequests);
            await sp.GetRequiredService<IUnitOfWork>().CommitAsync();
            (appointments, partners, covenants, requests) = (appointments + made.Count, partners + streetPartners.Count, covenants + streetCovenants.Count, requests + streetRequests.Count);
        }

        return (appointments, partners, covenants, requests);
    }

    private static (List<Partner> Partners, List<Covenant> Covenants) CoBuilding(Place street, List<Place> compounds, Dictionary<PlaceId, OrganizationUnit> branches, int count,
        NeighborPartyOptions options, LocalDate today, Instant now, ref int counter)
    {
        var partners = new List<Partner>();
        for (var i = 0; i < count; i++)
        {
            var category = (i % 10) switch { < 7 => PartnerCategory.GovernmentOrgan, 7 => PartnerCategory.ChamberOrEnterprise, 8 => PartnerCategory.MassOrganisation, _ => PartnerCategory.PeoplesCongressDeputy };
            var name = category == PartnerCategory.PeoplesCongressDeputy ? $"代表{counter++}" : $"{street.Name}共建单位{i}";
            partners.Add(Partner.Register(PartnerId.New(), new PartnerDetails(name, category, street.Id, category == PartnerCategory.MassOrganisation ? MassOrganisationKind.WomensFederation : null),
                street, now));
        }

        var covenants = new List<Covenant>();
        var branchList = compounds.Where(c => branches.ContainsKey(c.Id)).Select(c => branches[c.Id]).ToList();
        for (var b = 0; b < branchList.Count; b += 2)
        {
            var partner = partners[b / 2 % partners.Count];
            var start = today.PlusDays(-(counter++ % 700));
            var covenant = Covenant.Draft(CovenantId.New(), $"{branchList[b].Name}共建盟约", branchList[b], options.Schema.GetLevel("compound"), [partner.Id],
                new DateInterval(start, start.PlusYears(2)), [new CommitmentDetails(CommitmentKind.Service, "每月一次志愿服务", 12, "次", "每月", partner.Id)], now);
            covenant.Submit(today, now);
            covenant.Sign(null, "支部书记", now);
            covenant.Sign(partner.Id, "共建单位负责人", now);
            covenants.Add(covenant);
        }

        return (partners, covenants);
    }

    private static List<ResidentRequest> Requests(List<Place> compounds, Dictionary<PlaceId, List<Place>> buildings, int count, RequestPolicy policy, Instant now, ref int counter)
    {
        var categories = policy.Categories.Keys.Where(k => !(policy.Categories[k].Attributes ?? []).Any(a => a.Required)).ToList();
        var channels = policy.Channels.Keys.ToList();
        var list = new List<ResidentRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var n = counter++;
            var compound = compounds[n % compounds.Count];
            var received = now.Minus(Duration.FromHours(1 + (n * 131 % (2 * 365 * 24)))); // over the last two years
            var building = buildings.GetValueOrDefault(compound.Id)?.FirstOrDefault();
            var request = ResidentRequest.Receive(RequestId.New(), new NewRequest(categories[n % categories.Count], channels[n % channels.Count], compound.Id,
                $"居民反映的第{n}件事", BuildingId: building?.Id, IsPublic: n % 3 == 0), policy, compound, building, "scale", received);
            var stage = n % 10;
            if (stage >= 2)
            {
                request.Accept("scale", received.Plus(Duration.FromHours(2)));
            }

            if (stage >= 4)
            {
                request.Assign(AssigneeKind.Branch, null, "小区党支部", "scale", received.Plus(Duration.FromHours(3)));
            }

            if (stage >= 5)
            {
                request.Start("scale", received.Plus(Duration.FromHours(4)));
                request.Resolve("已处理", "scale", received.Plus(Duration.FromHours(30)));
            }

            if (stage >= 7)
            {
                request.Close(5, null, "scale", received.Plus(Duration.FromHours(40)));
            }

            list.Add(request);
        }

        return list;
    }

    /// <summary>The members whose relationship lies in a unit subtree, or who live in it, read-only.</summary>
    private sealed class MembersOfUnitsSpec : Specification<PartyMember>
    {
        public MembersOfUnitsSpec(HierarchyPath units)
        {
            Query.Where(MembersInScopeSpec.InScope(units, [])).AsNoTracking();
        }
    }
}
