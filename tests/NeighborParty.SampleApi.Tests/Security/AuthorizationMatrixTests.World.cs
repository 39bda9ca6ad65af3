using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <content>The world the matrix runs in: targets inside and outside each actor's scope, built through the API.</content>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Adds a second district (outside the district admin's scope) and picks the targets from the seeded tree.</summary>
    private static async Task<World> BuildWorldAsync(SampleApiFactory factory)
    {
        var system = factory.CreateSystemClient();
        var roots = (await system.GetFromJsonAsync<JsonArray>("/api/units"))!;
        var root = roots.First(r => (string)r!["name"]! == "中共南平市延平区委员会")!;
        var units = (await system.GetFromJsonAsync<JsonArray>($"/api/units/{root["id"]}/subtree"))!.Select(u => (JsonObject)u!).ToList();
        JsonObject Unit(string name) => units.First(u => (string)u["name"]! == name);
        List<JsonObject> Children(JsonObject u) => units.FindAll(c => (string?)c["parentId"] == (string)u["id"]!);

        // A neighbouring district of its own, for the district admin's "outside".
        var otherPlace = await (await system.PostAsJsonAsync("/api/places", new { kind = "District", name = "邻区" })).Content.ReadFromJsonAsync<JsonObject>();
        var otherStreetPlace = await (await system.PostAsJsonAsync($"/api/places/{otherPlace!["id"]}/children", new { kind = "Street", name = "邻区街道" })).Content.ReadFromJsonAsync<JsonObject>();
        var otherRoot = await (await system.PostAsJsonAsync("/api/units", new { level = "district", kind = "Committee", name = "邻区委", places = new[] { otherPlace["id"] }, established = "2000-01-01" })).Content.ReadFromJsonAsync<JsonObject>();
        var otherStreet = await (await system.PostAsJsonAsync($"/api/units/{otherRoot!["id"]}/children", new { level = "street", kind = "WorkingCommittee", name = "邻区街道党工委", places = new[] { otherStreetPlace!["id"] }, established = "2002-01-01" })).Content.ReadFromJsonAsync<JsonObject>();

        async Task<Target> TargetAt(JsonObject unit)
        {
            var below = Children(unit).FirstOrDefault() ?? unit;
            var placeId = (string?)below["places"]!.AsArray().FirstOrDefault() ?? (string)unit["places"]![0]!;
            var place = (await system.GetFromJsonAsync<JsonObject>($"/api/places/{placeId}"))!;
            return new Target((string)unit["id"]!, (string)below["id"]!, (string)below["parentId"]!, placeId, (string)place["name"]!, (string)unit["places"]![0]!);
        }

        async Task<JsonObject> Post(string url, object body)
        {
            var response = await system.PostAsJsonAsync(url, body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }

        // The other district gets a compound, a member and a resident too.
        var otherCommunity = await Post($"/api/places/{otherStreetPlace["id"]}/children", new { kind = "Community", name = "邻区社区" });
        var otherCompound = await Post($"/api/places/{otherCommunity["id"]}/children", new { kind = "Compound", name = "邻区小区" });
        var otherMember = await Post("/api/members", new { name = "邻区党员", idNumber = NewIdNumber(), joined = "1990-07-01", madeFull = "1991-07-01", category = "Retired", unitId = otherStreet!["id"] });
        var otherResident = await Post("/api/residents", new { name = "邻区居民", compoundId = otherCompound["id"] });

        async Task<Target> OtherTarget()
        {
            var place = (await system.GetFromJsonAsync<JsonObject>($"/api/places/{otherStreetPlace["id"]}"))!;
            return new Target((string)otherRoot!["id"]!, (string)otherStreet!["id"]!, (string)otherRoot["id"]!, (string)otherStreetPlace!["id"]!, (string)place["name"]!, (string)otherPlace!["id"]!)
            {
                Member = (string)otherMember["id"]!, Resident = (string)otherResident["id"]!, Compound = (string)otherCompound["id"]!, Branch = (string)otherStreet["id"]!,
                Appointment = Guid.NewGuid().ToString(), // none there: unknown and out of scope answer alike
                Partner = Guid.NewGuid().ToString(), PartnerHome = (string)otherStreetPlace["id"]!, PartnerName = "矩阵单位（外）", Deputy = Guid.NewGuid().ToString(), Covenant = Guid.NewGuid().ToString(),
                Offering = Guid.NewGuid().ToString(), Order = Guid.NewGuid().ToString(), Position = Guid.NewGuid().ToString(), Team = Guid.NewGuid().ToString(),
                Motion = Guid.NewGuid().ToString(), Request = Guid.NewGuid().ToString(), Wish = Guid.NewGuid().ToString(), Deliberation = Guid.NewGuid().ToString(),
                Project = Guid.NewGuid().ToString(), Care = Guid.NewGuid().ToString(), ClosedCare = Guid.NewGuid().ToString(), CareAt = "2026-01-01T00:00:00Z",
            };
        }

        // A compound, its branch, one of its members and a resident: what the ledger cells aim at.
        async Task<Target> WithLedger(Target target, JsonObject branch)
        {
            var compound = (string)branch["places"]![0]!;
            var member = (await system.GetFromJsonAsync<JsonArray>($"/api/members?unit={branch["id"]}&category=Retired&take=1"))![0]!;
            var resident = await Post("/api/residents", new { name = "居民" + branch["name"], compoundId = compound });

            // An appointment below the branch where there is one (a building leader), else the branch's own.
            var appointment = (await system.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?place={compound}&role=building-leader&take=1"))!.FirstOrDefault()
                ?? (await system.GetFromJsonAsync<JsonArray>($"/api/stewards/appointments?unit={branch["id"]}&take=1"))![0]!;
            return target with
            {
                Member = (string)member["id"]!, Resident = (string)resident["id"]!, Compound = compound, Branch = (string)branch["id"]!, Appointment = (string)appointment["id"]!,
            };
        }

        // Co-building around a compound: a partner and a deputy at its community, a draft covenant whose validity is over,
        // an offering, a declined order, a position, a team and a motion.
        async Task<Target> WithCoBuilding(Target target)
        {
            var compound = (await system.GetFromJsonAsync<JsonObject>($"/api/places/{target.Compound}"))!;
            var community = (string)compound["parentId"]!;
            var partner = await Post("/api/cobuilding/partners", new { name = "矩阵单位" + compound["name"], category = "GovernmentOrgan", homePlaceId = community });
            var deputy = await Post("/api/cobuilding/partners", new { name = "矩阵代表" + compound["name"], category = "PeoplesCongressDeputy", homePlaceId = community });
            var covenant = await Post("/api/cobuilding/covenants", new { title = "矩阵盟约", unitId = target.Branch, partners = new[] { partner["id"] }, validFrom = "2020-01-01",
                validTo = "2020-12-31", commitments = new[] { new { kind = "Service", description = "法律咨询" } } });
            var offering = await Post("/api/cobuilding/offerings", new { partnerId = partner["id"], category = "legal-advice", title = "法律咨询", mode = "Menu", capacity = 5,
                period = "Month", compounds = new[] { target.Compound } });
            var order = await Post("/api/cobuilding/orders", new { offeringId = offering["id"], compoundId = target.Compound, needs = "矩阵", wanted = "2099-01-01" });
            await Post($"/api/cobuilding/orders/{order["id"]}/decline", new { reason = "矩阵" });
            var position = await Post("/api/cobuilding/positions", new { kind = "women-home", name = "矩阵阵地", compoundId = target.Compound, opened = "2024-01-01" });
            var team = await Post("/api/cobuilding/teams", new { kind = "women-post", name = "矩阵队伍", homePlaceId = community, compounds = new[] { target.Compound }, from = "2024-01-01" });
            var motion = await Post("/api/cobuilding/motions", new { deputyId = deputy["id"], kind = "Suggestion", title = "矩阵建议", compoundId = target.Compound, filedWith = "区人大",
                filedOn = "2026-01-01" });
            // A resident's own private request (declined, so every handling step conflicts), a wish fulfilled by the partner, a cancelled deliberation.
            var request = await Post("/api/requests", new { category = "lighting", channel = "doorstep-post", compoundId = target.Compound, description = "矩阵诉求", residentId = target.Resident });
            var deliberation = await Post("/api/deliberations", new { title = "矩阵议事", compoundId = target.Compound, venue = "listening-garden", scheduledAt = "2026-12-01T11:00:00Z",
                requests = new[] { request["id"] }, participants = new[] { new { party = "Branch", name = "矩阵书记" } } });
            await Post($"/api/deliberations/{deliberation["id"]}/cancel", new { text = "矩阵" });
            await Post($"/api/requests/{request["id"]}/decline", new { text = "矩阵" });
            var wish = await Post("/api/wishes", new { wish = "矩阵心愿", residentId = target.Resident });
            await Post($"/api/wishes/{wish["id"]}/claim", new { partnerId = partner["id"] });
            await Post($"/api/wishes/{wish["id"]}/fulfil", new { text = "矩阵" });
            var project = await Post("/api/projects", new { title = "矩阵项目", unitId = target.Branch, placeId = target.Compound, plannedOn = "2024-01-01" });

            // The resident under care: a closed record, then an open one with a single guardian.
            object Care() => new
            {
                residentId = target.Resident, needs = new[] { "IsolatedElderly" }, consent = new { givenBy = "矩阵居民", relation = "本人", on = "2026-01-01", means = "书面签字" },
                guardians = new[] { new { kind = "Neighbour", name = "矩阵邻居", duty = "探访" } },
            };
            var closedCare = await Post("/api/care", Care());
            await Post($"/api/care/{closedCare["id"]}/close", new { because = "矩阵" });
            var care = await Post("/api/care", Care());
            return target with
            {
                Care = (string)care["id"]!, ClosedCare = (string)closedCare["id"]!, CareAt = (string)care["registeredAt"]!,
                Request = (string)request["id"]!, Wish = (string)wish["id"]!, Deliberation = (string)deliberation["id"]!, Project = (string)project["id"]!,
                Partner = (string)partner["id"]!, PartnerHome = community, PartnerName = (string)partner["name"]!, Deputy = (string)deputy["id"]!, Covenant = (string)covenant["id"]!, Offering = (string)offering["id"]!,
                Order = (string)order["id"]!, Position = (string)position["id"]!, Team = (string)team["id"]!, Motion = (string)motion["id"]!,
            };
        }

        var wuyi = Unit("武夷香榭小区党支部");
        var yijing = await WithCoBuilding(await WithLedger(await TargetAt(Unit("怡景嘉园小区党支部")), Unit("怡景嘉园小区党支部")));
        var wuyiTarget = await WithCoBuilding(await WithLedger(await TargetAt(wuyi), wuyi));
        Target Inside(Target target) => target with
        {
            Member = wuyiTarget.Member, Resident = wuyiTarget.Resident, Compound = wuyiTarget.Compound, Branch = wuyiTarget.Branch, Appointment = wuyiTarget.Appointment,
            Partner = wuyiTarget.Partner, PartnerHome = wuyiTarget.PartnerHome, PartnerName = wuyiTarget.PartnerName, Deputy = wuyiTarget.Deputy, Covenant = wuyiTarget.Covenant, Offering = wuyiTarget.Offering,
            Order = wuyiTarget.Order, Position = wuyiTarget.Position, Team = wuyiTarget.Team, Motion = wuyiTarget.Motion,
            Request = wuyiTarget.Request, Wish = wuyiTarget.Wish, Deliberation = wuyiTarget.Deliberation, Project = wuyiTarget.Project,
            Care = wuyiTarget.Care, ClosedCare = wuyiTarget.ClosedCare, CareAt = wuyiTarget.CareAt,
        };
        Target Outside(Target target) => target with
        {
            Member = yijing.Member, Resident = yijing.Resident, Compound = yijing.Compound, Branch = yijing.Branch, Appointment = yijing.Appointment,
            Partner = yijing.Partner, PartnerHome = yijing.PartnerHome, PartnerName = yijing.PartnerName, Deputy = yijing.Deputy, Covenant = yijing.Covenant, Offering = yijing.Offering,
            Order = yijing.Order, Position = yijing.Position, Team = yijing.Team, Motion = yijing.Motion,
            Request = yijing.Request, Wish = yijing.Wish, Deliberation = yijing.Deliberation, Project = yijing.Project,
            Care = yijing.Care, ClosedCare = yijing.ClosedCare, CareAt = yijing.CareAt,
        };
        var actors = new Dictionary<ActorKind, (Actor, Target, Target)>
        {
            [DA] = (new Actor("t:da", DA, Guid.Parse((string)root["id"]!)), Inside(await TargetAt((JsonObject)root)), await OtherTarget()),
            [SS] = (new Actor("t:ss", SS, Guid.Parse((string)Unit("紫云街道党工委")["id"]!)), Inside(await TargetAt(Unit("紫云街道党工委"))), Outside(await TargetAt(Unit("黄墩街道党工委")))),
            [CS] = (new Actor("t:cs", CS, Guid.Parse((string)Unit("剑津社区党委")["id"]!)), Inside(await TargetAt(Unit("剑津社区党委"))), Outside(await TargetAt(Unit("东教社区党委")))),
            [Sec] = (new Actor("t:sec", Sec, Guid.Parse((string)wuyi["id"]!)), wuyiTarget, yijing),
            [Stw] = (new Actor("t:stw", Stw, Guid.Parse((string)wuyi["id"]!)), wuyiTarget, yijing),
            [ActorKind.CoBuildingParty] = (new Actor("t:party", ActorKind.CoBuildingParty, Guid.Parse(wuyiTarget.Partner)), wuyiTarget, yijing),
            [ActorKind.Resident] = (new Actor("t:resident", ActorKind.Resident, Guid.Parse(wuyiTarget.Resident)), wuyiTarget, yijing),
            [Sys] = (new Actor("t:system", Sys, Guid.Empty), wuyiTarget, yijing),
        };
        return new World(actors);
    }
}
