using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Tests.Security;

/// <summary>
/// Every actor kind × every endpoint × inside and outside the actor's scope. The expectations are written out here
/// by hand (not derived from the library's policy), so that a change to the policy shows up as a failing cell.
/// A kind that may never do an action gets 403; a granted action aimed outside the scope gets 404, exactly like an
/// unknown id; an allowed request reaches the domain and gets its ordinary answer.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const ActorKind DA = ActorKind.DistrictAdmin, SS = ActorKind.StreetStaff, CS = ActorKind.CommunityStaff,
        Sec = ActorKind.CompoundSecretary, Stw = ActorKind.Steward, Sys = ActorKind.System;

    private static readonly ActorKind[] Readers = [DA, SS, CS, Sec, Stw, Sys];
    private static readonly ActorKind[] Managers = [DA, SS, CS, Sec, Sys];
    private static readonly ActorKind[] Everyone = Enum.GetValues<ActorKind>();
    private static readonly ActorKind[] SystemOnly = [Sys];
    private static int _idSequence;

    /// <summary>What one cell sends and expects.</summary>
    private sealed record Cell(HttpMethod Method, string Url, object? Body = null, bool IfMatch = false)
    {
        /// <summary>Gets a non-JSON body (e.g. a multipart file), or null.</summary>
        public Func<HttpContent>? Content { get; init; }
    }

    /// <summary>One endpoint: who may, the status an allowed call gets, and how to call it at a target.</summary>
    private sealed record Entry(string Method, string Route, ActorKind[] Allowed, HttpStatusCode Ok, Func<World, Target, Cell> Call)
    {
        /// <summary>Gets another status an allowed call may get from the domain, depending on the target (e.g. 409 for a unit with live children).</summary>
        public HttpStatusCode? OrElse { get; init; }

        /// <summary>Gets kinds granted the action whose scope can never hold the target (a compound secretary and a partner registered at a community): 404 inside and out.</summary>
        public ActorKind[] OutOfReach { get; init; } = [];

        /// <summary>Gets kinds whose allowed call reaches the target inside and outside alike (a party browsing any compound's wish wall).</summary>
        public ActorKind[] Everywhere { get; init; } = [];
    }

    /// <summary>Where a cell is aimed: a unit, a unit strictly below it, and a place.</summary>
    private sealed record Target(string Unit, string Below, string BelowParent, string Place, string PlaceName, string UnitPlace)
    {
        public string Member { get; init; } = "";

        public string Resident { get; init; } = "";

        public string Compound { get; init; } = "";

        public string Branch { get; init; } = "";

        public string Appointment { get; init; } = "";

        public string Partner { get; init; } = "";

        public string PartnerHome { get; init; } = "";

        public string PartnerName { get; init; } = "";

        public string Deputy { get; init; } = "";

        public string Covenant { get; init; } = "";

        public string Offering { get; init; } = "";

        public string Order { get; init; } = "";

        public string Position { get; init; } = "";

        public string Team { get; init; } = "";

        public string Motion { get; init; } = "";

        public string Request { get; init; } = "";

        public string Wish { get; init; } = "";

        public string Deliberation { get; init; } = "";

        public string Project { get; init; } = "";

        public string Care { get; init; } = "";

        public string ClosedCare { get; init; } = "";

        public string CareAt { get; init; } = "";
    }

    private static readonly ActorKind[] LedgerKeepers = [DA, SS, CS, Sec, Sys];

    // TR-5: staff appoint in their subtree; a compound secretary below the branch and the compound (the targets are below).
    private static readonly ActorKind[] Appointers = [DA, SS, CS, Sec, Sys];

    private const ActorKind Party = ActorKind.CoBuildingParty;
    private static readonly ActorKind[] ReadersAndParty = [DA, SS, CS, Sec, Stw, Sys, Party];
    private static readonly ActorKind[] StaffAndParty = [DA, SS, CS, Sys, Party];
    private static readonly ActorKind[] PartnerOutOfReach = [Sec, Stw];
    private const ActorKind Res = ActorKind.Resident;
    private static readonly ActorKind[] ReadersAndResident = [DA, SS, CS, Sec, Stw, Sys, Res];
    private static readonly ActorKind[] HandlersAndParty = [DA, SS, CS, Sec, Stw, Sys, Party];
    private static readonly ActorKind[] Deliberators = [DA, SS, CS, Sec, Sys];
    private static readonly ActorKind[] Closers = [DA, SS, CS, Sys];

    private static string NewIdNumber()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var n = Interlocked.Increment(ref _idSequence);
        var body = $"350702{new NodaTime.LocalDate(1960, 1, 1).PlusDays(n):yyyyMMdd}9{n % 100:00}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }

    /// <summary>The seeded tree as seen by the test: the targets inside and outside each actor's scope.</summary>
    private sealed record World(Dictionary<ActorKind, (Actor Actor, Target Inside, Target Outside)> Actors);

    private static readonly Entry[] Matrix =
    [
        new("GET", "/api/schema", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/schema")),
        new("GET", "/api/units/", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/units")),
        new("GET", "/api/units/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/units/{t.Unit}")),
        new("GET", "/api/units/{id:guid}/children", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/units/{t.Unit}/children")),
        new("GET", "/api/units/{id:guid}/subtree", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/units/{t.Unit}/subtree")),
        new("GET", "/api/units/{id:guid}/audit", Managers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/units/{t.Unit}/audit")),
        new("POST", "/api/units/", SystemOnly, HttpStatusCode.UnprocessableEntity,
            (_, _) => new(HttpMethod.Post, "/api/units", new { level = "street", kind = "WorkingCommittee", name = "不是根" })),
        new("POST", "/api/units/{id:guid}/children", Managers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/units/{t.Unit}/children", new { level = "district", kind = "Committee", name = "层级不对" })),
        new("PUT", "/api/units/{id:guid}/name", Managers, HttpStatusCode.OK,
            (w, t) => new(HttpMethod.Put, $"/api/units/{t.Below}/name", new { name = "矩阵测试" }, IfMatch: true)),
        new("POST", "/api/units/{id:guid}/move", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/units/{t.Below}/move", new { parentId = t.BelowParent }, IfMatch: true)),
        new("POST", "/api/units/{id:guid}/dissolve", Managers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/units/{t.Below}/dissolve", new { date = "1995-01-01" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },
        new("POST", "/api/units/{id:guid}/places", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/units/{t.Below}/places", new { places = new[] { t.Place } }, IfMatch: true)),
        new("POST", "/api/units/{id:guid}/places/remove", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/units/{t.Below}/places/remove", new { places = new[] { t.UnitPlace } }, IfMatch: true)),
        new("GET", "/api/places/", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/places")),
        new("GET", "/api/places/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/places/{t.Place}")),
        new("GET", "/api/places/{id:guid}/children", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/places/{t.Place}/children")),
        new("GET", "/api/places/{id:guid}/subtree", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/places/{t.Place}/subtree?kind=Compound")),
        new("GET", "/api/places/{id:guid}/compounds-without-branch", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/places/{t.Place}/compounds-without-branch")),
        new("GET", "/api/places/{id:guid}/audit", Managers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/places/{t.Place}/audit?take=5")),
        new("POST", "/api/places/", SystemOnly, HttpStatusCode.UnprocessableEntity,
            (_, _) => new(HttpMethod.Post, "/api/places", new { kind = "Street", name = "不是区" })),
        new("POST", "/api/places/{id:guid}/children", Managers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/places/{t.Place}/children", new { kind = "District", name = "层级不对" })),
        new("PUT", "/api/places/{id:guid}/name", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Put, $"/api/places/{t.Place}/name", new { name = t.PlaceName }, IfMatch: true)),
        new("PUT", "/api/places/{id:guid}/compound", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Put, $"/api/places/{t.Place}/compound", new { compoundKind = (string?)null, households = (int?)null }, IfMatch: true)),
        new("PUT", "/api/places/{id:guid}/location", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Put, $"/api/places/{t.Place}/location", new { latitude = 26.64, longitude = 118.17 }, IfMatch: true)),

        // The member ledger: reached through the unit holding the relationship or the compound lived or registered in.
        new("GET", "/api/members/", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/members?unit={t.Unit}")),
        new("GET", "/api/members/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/members/{t.Member}")),
        new("POST", "/api/members/", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/members",
            new { name = "矩阵党员", idNumber = NewIdNumber(), joined = "1990-07-01", madeFull = "1991-07-01", category = "Retired", unitId = t.Branch })),
        new("PUT", "/api/members/{id:guid}", LedgerKeepers, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Put, $"/api/members/{t.Member}",
            new { name = "矩阵党员", idNumber = NewIdNumber(), joined = "1990-07-01", category = "Retired", birthDate = "1900-01-01" }, IfMatch: true)),
        new("POST", "/api/members/{id:guid}/transfer", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/members/{t.Member}/transfer", new { }, IfMatch: true)),
        new("POST", "/api/members/{id:guid}/transfer/in-transit", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/members/{t.Member}/transfer/in-transit", IfMatch: true)),
        new("POST", "/api/members/{id:guid}/transfer/receive", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/members/{t.Member}/transfer/receive", new { }, IfMatch: true)),
        new("POST", "/api/members/{id:guid}/transfer/cancel", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/members/{t.Member}/transfer/cancel", IfMatch: true)),
        new("PUT", "/api/members/{id:guid}/registration", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Put, $"/api/members/{t.Member}/registration", new { compoundId = t.Compound }, IfMatch: true)),
        new("DELETE", "/api/members/{id:guid}/registration", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Delete, $"/api/members/{t.Member}/registration", IfMatch: true)),
        new("GET", "/api/residents/", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/residents?compound={t.Compound}")),
        new("GET", "/api/residents/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/residents/{t.Resident}")),
        new("POST", "/api/residents/", LedgerKeepers, HttpStatusCode.Created,
            (_, t) => new(HttpMethod.Post, "/api/residents", new { name = "矩阵居民", compoundId = t.Compound, contact = "13912345678" })),
        new("PUT", "/api/residents/{id:guid}", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Put, $"/api/residents/{t.Resident}", new { name = "矩阵居民", compoundId = t.Compound }, IfMatch: true)),
        new("POST", "/api/ledger/import", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/ledger/import?scope={t.Compound}") { Content = () => LedgerFile("姓名,身份证号\n") }),
        new("GET", "/api/ledger/export", LedgerKeepers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/ledger/export?scope={t.Compound}")),

        // Formation (组建资格).
        new("GET", "/api/formation/compounds/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/formation/compounds/{t.Compound}")),
        new("POST", "/api/formation/compounds", Readers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, "/api/formation/compounds", new { compounds = new[] { t.Compound, t.Compound } })),
        new("GET", "/api/formation/branches/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/formation/branches/{t.Branch}")),
        new("GET", "/api/formation/sweep/{placeId:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/formation/sweep/{t.Compound}")),
        new("GET", "/api/formation/sweep/{placeId:guid}/summary", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/formation/sweep/{t.Compound}/summary")),
        new("GET", "/api/formation/sweep/{placeId:guid}/items", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/formation/sweep/{t.Compound}/items?list=tooLarge")),

        // Red Stewards: appointments reached through their site; a compound's bodies, team and coverage.
        new("GET", "/api/stewards/roles", Readers, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/stewards/roles")),
        new("GET", "/api/stewards/appointments", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/appointments?unit={t.Unit}")),
        new("GET", "/api/stewards/appointments/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/appointments/{t.Appointment}")),
        new("POST", "/api/stewards/appointments", Appointers, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Post, "/api/stewards/appointments",
            new { role = "group-leader", basis = "AppointedLocally", start = "2999-01-01", memberId = t.Member, unitId = t.Below })),
        new("POST", "/api/stewards/appointments/{id:guid}/end", Appointers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/stewards/appointments/{t.Appointment}/end", new { lastDay = "2000-01-01", reason = "Resigned" }, IfMatch: true)),
        new("POST", "/api/stewards/appointments/{id:guid}/term", Appointers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/stewards/appointments/{t.Appointment}/term", new { end = "2000-01-01", approvedBy = "矩阵", approvedOn = "2000-01-01" }, IfMatch: true)),
        new("GET", "/api/stewards/compounds/{id:guid}/governance", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/compounds/{t.Compound}/governance")),
        new("PUT", "/api/stewards/compounds/{id:guid}/governance", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Put, $"/api/stewards/compounds/{t.Compound}/governance", new { management = "PropertyCompany" }, IfMatch: true)),
        new("GET", "/api/stewards/compounds/{id:guid}/team", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/compounds/{t.Compound}/team")),
        new("GET", "/api/stewards/coverage/{placeId:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/coverage/{t.Compound}")),
        new("GET", "/api/stewards/coverage/{placeId:guid}/summary", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/coverage/{t.Compound}/summary")),
        new("GET", "/api/stewards/coverage/{placeId:guid}/items", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/stewards/coverage/{t.Compound}/items?list=vacancies")),

        // Co-building: partners registered at a community; covenants through their branch; orders through their compound; a party on what it is party to.
        new("GET", "/api/cobuilding/catalogues", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/cobuilding/catalogues")),
        new("GET", "/api/cobuilding/partners", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/partners?place={t.PartnerHome}")) { OutOfReach = PartnerOutOfReach },
        new("GET", "/api/cobuilding/partners/{id:guid}", ReadersAndParty, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/partners/{t.Partner}")) { OutOfReach = PartnerOutOfReach },
        new("POST", "/api/cobuilding/partners", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/partners",
            new { name = "矩阵单位", category = "GovernmentOrgan", homePlaceId = t.PartnerHome })) { OutOfReach = [Sec] },
        // Only the contacts change, which a party may do to itself; renaming itself or changing its kind is refused (finding 6, HostileFindingsTests).
        new("PUT", "/api/cobuilding/partners/{id:guid}", StaffAndParty, HttpStatusCode.OK, (_, t) => new(HttpMethod.Put, $"/api/cobuilding/partners/{t.Partner}",
            new { name = t.PartnerName, category = "GovernmentOrgan", homePlaceId = t.PartnerHome, contactName = "矩阵联系人" }, IfMatch: true)) { OutOfReach = PartnerOutOfReach },
        new("GET", "/api/cobuilding/covenants", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/covenants?unit={t.Branch}")),
        new("GET", "/api/cobuilding/covenants/{id:guid}", ReadersAndParty, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/covenants/{t.Covenant}")),
        new("POST", "/api/cobuilding/covenants", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/covenants",
            new { title = "矩阵盟约", unitId = t.Branch, partners = new[] { t.Partner }, validFrom = "2026-01-01", validTo = "2026-12-31", commitments = Array.Empty<object>() })),
        new("PUT", "/api/cobuilding/covenants/{id:guid}/draft", LedgerKeepers, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Put, $"/api/cobuilding/covenants/{t.Covenant}/draft",
            new { validFrom = "2020-01-01", validTo = "2020-12-31", commitments = new[] { new { kind = "Service", description = "矩阵", quantity = -1 } } }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/submit", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/covenants/{t.Covenant}/submit", new { }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/amend", LedgerKeepers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/covenants/{t.Covenant}/amend",
            new { validFrom = "2020-01-01", validTo = "2020-12-31", commitments = Array.Empty<object>() }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/withdraw", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/covenants/{t.Covenant}/withdraw", new { }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/terminate", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/covenants/{t.Covenant}/terminate", new { reason = "矩阵" }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/fulfilments", LedgerKeepers, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Post,
            $"/api/cobuilding/covenants/{t.Covenant}/fulfilments", new { commitmentKey = Guid.NewGuid(), quantity = 1, day = "2020-06-01" }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/renew", LedgerKeepers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post,
            $"/api/cobuilding/covenants/{t.Covenant}/renew", new { validFrom = "2027-01-01", validTo = "2027-12-31" }, IfMatch: true)),
        new("POST", "/api/cobuilding/covenants/{id:guid}/sign", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/covenants/{t.Covenant}/sign", new { signer = "矩阵" }, IfMatch: true)),
        new("GET", "/api/cobuilding/offerings", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/cobuilding/offerings?category=legal-advice")),
        new("GET", "/api/cobuilding/offerings/{id:guid}", Everyone, HttpStatusCode.OK, (w, _) => new(HttpMethod.Get, $"/api/cobuilding/offerings/{w.Actors[Sys].Inside.Offering}")),
        new("POST", "/api/cobuilding/offerings", StaffAndParty, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/offerings",
            new { partnerId = t.Partner, category = "legal-advice", title = "矩阵服务", mode = "Menu", capacity = 3, period = "Month", compounds = new[] { t.Compound } })) { OutOfReach = PartnerOutOfReach },
        new("PUT", "/api/cobuilding/offerings/{id:guid}", StaffAndParty, HttpStatusCode.OK, (_, t) => new(HttpMethod.Put, $"/api/cobuilding/offerings/{t.Offering}",
            new { category = "legal-advice", title = "矩阵服务", mode = "Menu", capacity = 3, period = "Month", compounds = new[] { t.Compound } }, IfMatch: true)) { OutOfReach = PartnerOutOfReach },
        new("GET", "/api/cobuilding/orders", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/orders?place={t.Compound}")),
        new("GET", "/api/cobuilding/orders/{id:guid}", ReadersAndParty, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/orders/{t.Order}")),
        new("POST", "/api/cobuilding/orders", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/orders",
            new { offeringId = t.Offering, compoundId = t.Compound, needs = "矩阵需要", wanted = "2099-01-01" })),
        new("POST", "/api/cobuilding/orders/{id:guid}/accept", [.. LedgerKeepers, Party], HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/accept", new { }, IfMatch: true)),
        new("POST", "/api/cobuilding/orders/{id:guid}/decline", [.. LedgerKeepers, Party], HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/decline", new { reason = "矩阵" }, IfMatch: true)),
        new("POST", "/api/cobuilding/orders/{id:guid}/schedule", [.. LedgerKeepers, Party], HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/schedule", new { day = "2099-01-01" }, IfMatch: true)),
        new("POST", "/api/cobuilding/orders/{id:guid}/deliver", [.. LedgerKeepers, Party], HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/deliver", new { day = "2026-01-01" }, IfMatch: true)),
        new("POST", "/api/cobuilding/orders/{id:guid}/rate", LedgerKeepers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/rate", new { rating = 5 }, IfMatch: true)),
        new("POST", "/api/cobuilding/orders/{id:guid}/cancel", LedgerKeepers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/cobuilding/orders/{t.Order}/cancel", new { reason = "矩阵" }, IfMatch: true)),
        new("GET", "/api/cobuilding/positions", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/positions?place={t.Compound}")),
        new("POST", "/api/cobuilding/positions", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/positions",
            new { kind = "youth-home", name = "矩阵阵地", compoundId = t.Compound, opened = "2024-01-01" })),
        new("POST", "/api/cobuilding/positions/{id:guid}/close", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/positions/{t.Position}/close", new { day = "2025-01-01" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },
        new("GET", "/api/cobuilding/teams", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/teams?place={t.Compound}")),
        new("POST", "/api/cobuilding/teams", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/teams",
            new { kind = "women-post", name = "矩阵队伍", homePlaceId = t.PartnerHome, compounds = new[] { t.Compound }, from = "2024-01-01" })) { OutOfReach = [Sec] },
        new("POST", "/api/cobuilding/teams/{id:guid}/end", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/teams/{t.Team}/end", new { day = "2025-01-01" }, IfMatch: true)) { OutOfReach = [Sec], OrElse = HttpStatusCode.Conflict },
        new("GET", "/api/cobuilding/motions", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/cobuilding/motions?place={t.Compound}")),
        new("POST", "/api/cobuilding/motions", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/cobuilding/motions",
            new { deputyId = t.Deputy, kind = "Suggestion", title = "矩阵建议", compoundId = t.Compound, filedWith = "区人大", filedOn = "2026-01-01" })),
        new("POST", "/api/cobuilding/motions/{id:guid}/status", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/cobuilding/motions/{t.Motion}/status", new { status = "Accepted", day = "2026-02-01" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },

        // Requests: reached through their compound; a resident reaches their own (and public ones), in their own compound.
        new("GET", "/api/requests/catalogue", Everyone, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/requests/catalogue")),
        new("GET", "/api/requests/", ReadersAndResident, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/requests?place={t.Compound}")),
        new("GET", "/api/requests/figures", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/requests/figures?place={t.Compound}&from=2026-01-01&to=2026-12-31")),
        new("GET", "/api/requests/{id:guid}", ReadersAndResident, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/requests/{t.Request}")),
        new("GET", "/api/requests/{id:guid}/trail", ReadersAndResident, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/requests/{t.Request}/trail")),
        new("POST", "/api/requests/", ReadersAndResident, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/requests",
            new { category = "lighting", channel = "doorstep-post", compoundId = t.Compound, description = "矩阵：路灯不亮" })),
        new("POST", "/api/requests/{id:guid}/accept", Readers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/accept", new { }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/assign", Readers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/assign", new { kind = "Branch", name = "矩阵支部" }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/start", Readers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/start", new { }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/resolve", Readers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/resolve", new { text = "矩阵" }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/decline", Readers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/decline", new { text = "矩阵" }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/duplicate", Readers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/duplicate", new { of = t.Request }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/close", ReadersAndResident, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/close", new { rating = 5 }, IfMatch: true)),
        new("POST", "/api/requests/{id:guid}/reopen", ReadersAndResident, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/requests/{t.Request}/reopen", new { text = "矩阵" }, IfMatch: true)),

        // Micro-wishes: a party browses any wall and sees the wishes it claimed; a resident their own.
        new("GET", "/api/wishes/", [.. ReadersAndResident, Party], HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/wishes?place={t.Compound}")) { Everywhere = [Party] },
        new("GET", "/api/wishes/{id:guid}", [.. ReadersAndResident, Party], HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/wishes/{t.Wish}")),
        new("POST", "/api/wishes/", ReadersAndResident, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/wishes", new { wish = "矩阵心愿", residentId = t.Resident })),
        new("POST", "/api/wishes/{id:guid}/claim", HandlersAndParty, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/wishes/{t.Wish}/claim", new { partnerId = t.Partner }, IfMatch: true)),
        new("POST", "/api/wishes/{id:guid}/fulfil", HandlersAndParty, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/wishes/{t.Wish}/fulfil", new { text = "矩阵" }, IfMatch: true)),
        new("POST", "/api/wishes/{id:guid}/confirm", ReadersAndResident, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/wishes/{t.Wish}/confirm", new { }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },

        // Deliberations: convened and run by staff and the compound secretary; stewards read them.
        new("GET", "/api/deliberations/", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/deliberations?place={t.Compound}")),
        new("GET", "/api/deliberations/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/deliberations/{t.Deliberation}")),
        new("POST", "/api/deliberations/", Deliberators, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Post, "/api/deliberations",
            new { title = "矩阵议事", compoundId = t.Compound, venue = "listening-garden", scheduledAt = "2026-12-01T11:00:00Z", requests = new[] { t.Request },
                participants = new[] { new { party = "Branch", name = "矩阵书记" } } })),
        new("POST", "/api/deliberations/{id:guid}/proposals", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/proposals", new { text = "矩阵方案" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/open", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/open", new { present = new[] { 1 } }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/votes", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/votes", new { proposal = 1, participant = 1, choice = "Yes" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/decide", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/decide", new { note = "矩阵" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/actions", Deliberators, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/actions",
            new { description = "矩阵行动", assigneeKind = "Branch", assignee = "矩阵", dueOn = "2027-01-01" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/actions/{number:int}/end", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/actions/1/end", new { done = true, result = "矩阵" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/close", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/close", new { text = "矩阵" }, IfMatch: true)),
        new("POST", "/api/deliberations/{id:guid}/cancel", Deliberators, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/deliberations/{t.Deliberation}/cancel", new { text = "矩阵" }, IfMatch: true)),

        // Activities, projects and the accounts: staff and the secretary record; staff above the compound close and correct.
        new("GET", "/api/activities/kinds", Readers, HttpStatusCode.OK, (_, _) => new(HttpMethod.Get, "/api/activities/kinds")),
        new("GET", "/api/activities", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/activities?place={t.Compound}&from=2020-01-01&to=2026-12-31")),
        new("POST", "/api/activities/import", LedgerKeepers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/activities/import?scope={t.Compound}") { Content = () => LedgerFile("活动名称\n") }),
        new("POST", "/api/activities", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/activities",
            new { kind = "volunteer-service", title = "矩阵志愿服务", placeId = t.Compound, startsAt = "2026-01-05T10:00:00", participants = 5 })),
        new("GET", "/api/reports/{placeId:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/reports/{t.Compound}?from=2026-01-01&to=2026-06-30")),
        new("GET", "/api/reports/{placeId:guid}/csv", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/reports/{t.Compound}/csv?from=2026-01-01&to=2026-06-30")),
        new("GET", "/api/reports/{placeId:guid}/xlsx", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/reports/{t.Compound}/xlsx?from=2026-01-01&to=2026-06-30")),
        new("POST", "/api/reports/{placeId:guid}/close", Closers, HttpStatusCode.Created,
            (_, t) => new(HttpMethod.Post, $"/api/reports/{t.Compound}/close", new { from = "2020-01-01", to = "2020-12-31" })) { OrElse = HttpStatusCode.Conflict },
        new("POST", "/api/reports/corrections", Closers, HttpStatusCode.UnprocessableEntity, (_, t) => new(HttpMethod.Post, "/api/reports/corrections",
            new { figure = "volunteer-services", placeId = t.Compound, delta = 1, attributedTo = "2019-06-01", reason = "矩阵" })),
        new("GET", "/api/compliance/{unitId:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/compliance/{t.Branch}?from=2026-01-01&to=2026-06-30")),
        new("GET", "/api/members/{id:guid}/volunteer-hours", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/members/{t.Member}/volunteer-hours?from=2026-01-01&to=2026-06-30")),
        new("GET", "/api/projects", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/projects?place={t.Compound}")),
        new("GET", "/api/projects/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/projects/{t.Project}")),
        new("GET", "/api/care/", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/care?place={t.Compound}")),
        new("GET", "/api/care/{id:guid}", Readers, HttpStatusCode.OK, (_, t) => new(HttpMethod.Get, $"/api/care/{t.Care}")),
        new("POST", "/api/care/", Managers, HttpStatusCode.Conflict, (_, t) => new(HttpMethod.Post, "/api/care", new
        {
            residentId = t.Resident, needs = new[] { "IsolatedElderly" }, consent = new { givenBy = "矩阵居民", relation = "本人", on = "2026-01-01", means = "书面签字" },
            guardians = new[] { new { kind = "Neighbour", name = "矩阵邻居", duty = "探访" } },
        })), // the resident already has an open record
        new("POST", "/api/care/{id:guid}/guardians", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/guardians", new { guardian = new { kind = "Neighbour", name = "矩阵邻居", duty = "探访" }, since = "2026-01-01" }, IfMatch: true))
            { OrElse = HttpStatusCode.UnprocessableEntity }, // CR-2: at most six at once
        new("POST", "/api/care/{id:guid}/guardians/{key:int}/end", Managers, HttpStatusCode.UnprocessableEntity,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/guardians/99/end", new { lastDay = "2026-01-01" }, IfMatch: true)),
        new("POST", "/api/care/{id:guid}/contacts", Readers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/contacts", new { at = t.CareAt, by = "矩阵探访", mode = "Phone", note = "问候" }, IfMatch: true)),
        new("POST", "/api/care/{id:guid}/actions", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/actions", new { level = "Branch", kind = "MedicalHelp", description = "矩阵措施" }, IfMatch: true)),
        new("POST", "/api/care/{id:guid}/actions/{key:int}/done", Managers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/actions/99/done", new { outcome = "矩阵" }, IfMatch: true)),
        new("POST", "/api/care/{id:guid}/move", Managers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.Care}/move", new { facility = "矩阵养老院" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },
        new("POST", "/api/care/{id:guid}/close", Managers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/care/{t.ClosedCare}/close", new { because = "矩阵" }, IfMatch: true)), // already closed
        new("POST", "/api/projects", LedgerKeepers, HttpStatusCode.Created, (_, t) => new(HttpMethod.Post, "/api/projects",
            new { title = "矩阵项目", unitId = t.Branch, placeId = t.Compound, plannedOn = "2024-01-01" })),
        new("POST", "/api/projects/{id:guid}/start", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/projects/{t.Project}/start", new { day = "2025-01-01" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },
        new("POST", "/api/projects/{id:guid}/complete", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/projects/{t.Project}/complete", new { day = "2025-02-01", text = "矩阵" }, IfMatch: true)) { OrElse = HttpStatusCode.Conflict },
        new("POST", "/api/projects/{id:guid}/abandon", LedgerKeepers, HttpStatusCode.Conflict,
            (_, t) => new(HttpMethod.Post, $"/api/projects/{t.Project}/abandon", new { day = "2025-03-01", text = "矩阵" }, IfMatch: true)) { OrElse = HttpStatusCode.OK },
        new("POST", "/api/projects/{id:guid}/requests", LedgerKeepers, HttpStatusCode.OK,
            (_, t) => new(HttpMethod.Post, $"/api/projects/{t.Project}/requests", new { requestId = t.Request }, IfMatch: true)),
    ];

    private static MultipartFormDataContent LedgerFile(string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "ledger.csv");
        return form;
    }

    /// <summary>Endpoints anyone may call without a token.</summary>
    private static readonly string[] Anonymous =
    [
        "* /health", "GET /openapi/{documentName}.json", "GET /", "GET /dev/actors", "POST /dev/tokens/{name}",
        "GET /dashboard", // a redirect to the dashboard's static page; its data comes from the API with a token (DashboardTests)

        // Open311 GeoReport v2: anonymous reads of public requests, posts with an API key (Open311ConformanceTests).
        "GET /open311/v2/discovery.{format}", "GET /open311/v2/services.{format}", "GET /open311/v2/services/{service_code}.{format}", "POST /open311/v2/requests.{format}",
        "GET /open311/v2/requests.{format}", "GET /open311/v2/requests/{id}.{format}", "GET /open311/v2/tokens/{token}.{format}",
        "GET /open311/v2/{**rest}", "POST /open311/v2/{**rest}", "PUT /open311/v2/{**rest}", "DELETE /open311/v2/{**rest}", "PATCH /open311/v2/{**rest}",
    ];

    public static TheoryData<ActorKind> Kinds => new(Everyone);

    [Fact]
    public void Every_endpoint_of_the_host_has_a_matrix_entry_and_every_entry_an_endpoint()
    {
        using var factory = new SampleApiFactory();
        _ = factory.Server; // starts the host
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var known = Matrix.Select(e => $"{e.Method} {e.Route}").Concat(Anonymous).ToHashSet();
        var missing = endpoints.Except(known).Where(e => !e.StartsWith("GET /scalar/", StringComparison.Ordinal)).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints without a matrix entry: " + string.Join(", ", missing));
        var stale = Matrix.Select(e => $"{e.Method} {e.Route}").Except(endpoints).ToList();
        Assert.True(stale.Count == 0, "Matrix entries without an endpoint: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Without_a_token_every_api_endpoint_answers_401_and_the_anonymous_ones_answer()
    {
        using var factory = new SampleApiFactory();
        var world = await BuildWorldAsync(factory);
        var anonymous = factory.CreateClient();
        foreach (var entry in Matrix)
        {
            var cell = entry.Call(world, world.Actors[Sys].Inside);
            var response = await anonymous.SendAsync(ToRequest(cell, "*"));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{entry.Method} {entry.Route} answered {response.StatusCode} without a token");
        }

        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/schema")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/dev/actors")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_actor_kind_gets_exactly_its_cells(ActorKind kind)
    {
        using var factory = new SampleApiFactory();
        var world = await BuildWorldAsync(factory);
        var (actor, inside, outside) = world.Actors[kind];
        var client = factory.CreateClientFor(actor);
        var failures = new List<string>();
        foreach (var entry in Matrix)
        {
            var allowed = entry.Allowed.Contains(kind);
            foreach (var (where, target) in new[] { ("inside", inside), ("outside", outside) })
            {
                var cell = entry.Call(world, target);
                var expected = entry.OutOfReach.Contains(kind) ? HttpStatusCode.NotFound
                    : !allowed ? HttpStatusCode.Forbidden
                    : where == "inside" || kind == Sys || !HasTarget(entry) || entry.Everywhere.Contains(kind) ? entry.Ok
                    : HttpStatusCode.NotFound;
                var response = await client.SendAsync(ToRequest(cell, "*"));
                if (response.StatusCode != expected && !(expected == entry.Ok && response.StatusCode == entry.OrElse))
                {
                    failures.Add($"{kind} {where} {entry.Method} {entry.Route}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else if (expected is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                    var code = (string?)problem["code"];
                    if (expected == HttpStatusCode.Forbidden && code != "NP-SEC-001")
                    {
                        failures.Add($"{kind} {where} {entry.Route}: 403 without NP-SEC-001 ({code})");
                    }
                }
            }
        }

        // Lists show only what lies inside: the browsing roots never include the outside target.
        var units = await client.GetStringAsync("/api/units");
        Assert.DoesNotContain(kind == Sys ? Guid.Empty.ToString() : outside.Unit, units, StringComparison.Ordinal);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Out_of_scope_and_unknown_ids_get_the_same_answer()
    {
        using var factory = new SampleApiFactory();
        var world = await BuildWorldAsync(factory);
        var (actor, _, outside) = world.Actors[SS];
        var client = factory.CreateClientFor(actor);
        var hidden = (await (await client.GetAsync($"/api/units/{outside.Unit}")).Content.ReadFromJsonAsync<JsonObject>())!;
        var unknown = (await (await client.GetAsync($"/api/units/{Guid.NewGuid()}")).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((string)unknown["code"]!, (string)hidden["code"]!);
        Assert.Equal((int)unknown["status"]!, (int)hidden["status"]!);
        Assert.Equal(((string)unknown["title"]!).Split(' ')[0], ((string)hidden["title"]!).Split(' ')[0]);
    }

    private static readonly HashSet<string> Untargeted = ["GET /api/activities/kinds", "GET /api/requests/catalogue", "GET /api/cobuilding/catalogues", "GET /api/cobuilding/offerings", "GET /api/cobuilding/offerings/{id:guid}", "GET /api/stewards/roles", "GET /api/schema", "GET /api/units/", "POST /api/units/", "GET /api/places/", "POST /api/places/"];

    private static bool HasTarget(Entry entry) => !Untargeted.Contains($"{entry.Method} {entry.Route}");

    private static HttpRequestMessage ToRequest(Cell cell, string ifMatch)
    {
        var request = new HttpRequestMessage(cell.Method, cell.Url);
        if (cell.Content is not null)
        {
            request.Content = cell.Content();
        }
        else if (cell.Body is not null)
        {
            request.Content = JsonContent.Create(cell.Body);
        }

        if (cell.IfMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
