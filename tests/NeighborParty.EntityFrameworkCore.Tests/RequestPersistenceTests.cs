using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;
using NodaTime;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>Requests and micro-wishes on each provider, with the overdue and unclaimed lists as SQL.</summary>
public sealed class RequestPersistenceTests
{
    public static TheoryData<string> Providers => StoreFixture.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Requests_and_wishes_round_trip_and_list_overdue_and_unclaimed(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        Place community, compound;
        RequestId leakId, lightId;
        MicroWishId wishId;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
            community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区"));
            compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里"));
            var resident = await scope.ServiceProvider.GetRequiredService<MemberLedger>().RecordResidentAsync("张阿姨", compound.Id);
            var desk = scope.ServiceProvider.GetRequiredService<RequestDesk>();
            var leak = await desk.SubmitAsync(new NewRequest("water-leak", "doorstep-post", compound.Id, "楼道水管漏水", resident.Id, Latitude: 26.64, Longitude: 118.17,
                Media: ["https://example.org/leak.jpg"], Attributes: new Dictionary<string, string> { ["floor"] = "3" }));
            leakId = leak.Id;
            await desk.AcceptAsync(leakId);
            await desk.AssignAsync(leakId, AssigneeKind.PropertyCompany, null, "豫轩物业");
            lightId = (await desk.SubmitAsync(new NewRequest("lighting", "hotline", compound.Id, "路灯不亮"))).Id;
            wishId = (await desk.PostWishAsync(resident.Id, "想要一副老花镜")).Id;
        }

        db.Clock.AdvanceDays(5); // past both time limits
        await using (var scope = db.Scope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<RequestDesk>();
            var leak = await desk.GetAsync(leakId);
            Assert.Equal([RequestState.Received, RequestState.Accepted, RequestState.Assigned], leak.Transitions.Select(t => t.State));
            Assert.Equal(("豫轩物业", "3", "https://example.org/leak.jpg", 26.64), (leak.AssigneeName, leak.Attributes.Single().Value, leak.Media.Single().Url, leak.Latitude!.Value));

            var requests = scope.ServiceProvider.GetRequiredService<IReadRepository<ResidentRequest>>();
            var overdue = await requests.ListAsync(new RequestsInScopeSpec(community.Path, overdueAt: db.Clock.GetCurrentInstant()));
            Assert.Equal(2, overdue.Count);
            await desk.DeclineAsync(lightId, "属于市政路灯");
            var open = await requests.ListAsync(new RequestsInScopeSpec(community.Path, openOnly: true));
            Assert.Equal(leakId, open.Single().Id);
            Assert.Empty(await requests.ListAsync(new RequestsInScopeSpec(community.Path, category: "parking")));

            var wishes = scope.ServiceProvider.GetRequiredService<IReadRepository<MicroWish>>();
            Assert.Equal(wishId, (await wishes.ListAsync(new WishesInScopeSpec(community.Path, unclaimedOnly: true))).Single().Id);
            Assert.Empty(await wishes.ListAsync(new WishesInScopeSpec(community.Path, overdueOn: new LocalDate(2026, 12, 1))));
            Assert.Single(await wishes.ListAsync(new WishesInScopeSpec(community.Path, overdueOn: new LocalDate(2027, 1, 31))));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deliberations_round_trip_and_searches_and_figures_run_as_sql(string provider)
    {
        await using var db = await StoreFixture.CreateAsync(provider);
        Place community, compound;
        RequestId parkingId, publicId;
        DeliberationId deliberationId;
        ResidentId residentId;
        await using (var scope = db.Scope())
        {
            var places = scope.ServiceProvider.GetRequiredService<PlaceDirectory>();
            var district = await places.RegisterDistrictAsync(new NewPlace(PlaceKind.District, "延平区"));
            var street = await places.RegisterAsync(district.Id, new NewPlace(PlaceKind.Street, "水南街道"));
            community = await places.RegisterAsync(street.Id, new NewPlace(PlaceKind.Community, "江南社区"));
            compound = await places.RegisterAsync(community.Id, new NewPlace(PlaceKind.Compound, "豫轩里"));
            residentId = (await scope.ServiceProvider.GetRequiredService<MemberLedger>().RecordResidentAsync("张阿姨", compound.Id)).Id;
            var desk = scope.ServiceProvider.GetRequiredService<RequestDesk>();
            parkingId = (await desk.SubmitAsync(new NewRequest("parking", "listening-garden", compound.Id, "乱停车", residentId))).Id;
            publicId = (await desk.SubmitAsync(new NewRequest("lighting", "open311", compound.Id, "路灯不亮", IsPublic: true))).Id;
            var service = scope.ServiceProvider.GetRequiredService<DeliberationService>();
            var d = await service.ConveneAsync(new NewDeliberation("停车难议事", compound.Id, "listening-garden", db.Clock.GetCurrentInstant(), [parkingId],
                [new NewParticipant(ParticipantParty.Branch, "沈仲连"), new NewParticipant(ParticipantParty.PropertyCompany, "物业经理"), new NewParticipant(ParticipantParty.Other, "社区干部")],
                ["通报停车现状", "表决方案"]));
            deliberationId = d.Id;
            await service.ProposeAsync(d.Id, "划定夜间停车位", 1);
            await service.OpenAsync(d.Id, [1, 2, 3]);
            await service.VoteAsync(d.Id, 1, 1, VoteChoice.Yes);
            await service.VoteAsync(d.Id, 1, 2, VoteChoice.Yes);
            await service.DecideAsync(d.Id, 1);
            await service.AddActionAsync(d.Id, new NewFollowUpAction("施划车位", AssigneeKind.PropertyCompany, "物业", new LocalDate(2027, 1, 10), parkingId));
            await desk.AcceptAsync(parkingId);
            await desk.AssignAsync(parkingId, AssigneeKind.Branch, null, "支部");
            await desk.StartAsync(parkingId);
            await desk.ResolveAsync(parkingId, "施划车位");
        }

        await using (var scope = db.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<DeliberationService>();
            var d = await service.GetAsync(deliberationId);
            Assert.Equal([parkingId], d.Requests);
            Assert.Equal((3, 2, 2, "划定夜间停车位"), (d.Participants.Count, d.Agenda.Count, d.Votes.Count(v => v.Choice == VoteChoice.Yes), d.Decision));
            Assert.False(d.Participants[2].Votes);
            Assert.Equal(parkingId, d.Actions.Single().RequestId);
            var deliberations = scope.ServiceProvider.GetRequiredService<IReadRepository<Deliberation>>();
            Assert.Equal(deliberationId, (await deliberations.ListAsync(new DeliberationsSpec(parkingId))).Single().Id);
            Assert.Single(await deliberations.ListAsync(new DeliberationsSpec(community.Path)));

            var requests = scope.ServiceProvider.GetRequiredService<IReadRepository<ResidentRequest>>();
            Assert.Equal(publicId, (await requests.ListAsync(new RequestSearchSpec(new RequestSearch(PublicOnly: true)))).Single().Id);
            var shown = Assert.Single(await scope.ServiceProvider.GetRequiredService<Application.RequestUseCases>().PublicAsync(new RequestSearch())); // projected as SQL
            Assert.Equal((publicId, "豫轩里", (string?)null, true, "路灯不亮"), (shown.Id, shown.CompoundName, shown.MediaUrl, shown.IsOpen, shown.Description));
            Assert.Equal(2, await requests.CountAsync(new RequestCountSpec(new RequestSearch(community.Path, VisibleTo: residentId))));
            Assert.Equal(parkingId, (await requests.ListAsync(new RequestSearchSpec(new RequestSearch(Ids: [parkingId], Status: RequestStatusFilter.Closed)))).Single().Id);
            Assert.Equal(publicId, (await requests.ListAsync(new RequestSearchSpec(new RequestSearch(Categories: ["lighting", "water-leak"], Status: RequestStatusFilter.Open)))).Single().Id);
            Assert.Empty(await requests.ListAsync(new RequestSearchSpec(new RequestSearch(ReceivedFrom: db.Clock.GetCurrentInstant() + Duration.FromHours(1)))));

            var today = db.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
            var report = await scope.ServiceProvider.GetRequiredService<NeighborParty.Accounting.AccountingService>().ReportAsync(community.Id, new DateInterval(today.PlusDays(-1), today));
            Assert.Equal((1, 2), (report[NeighborParty.Accounting.Figures.ProblemsSolved], report[NeighborParty.Accounting.Figures.Platforms]));
        }
    }
}
