// The hand-written peer of the load benchmark (issue 26, item 6). benchmarks/load/run.sh starts it on a copy of the
// sample's database and checks, before any load, that it gives the sample's answers; the ratio that tells whether the
// library costs anything is the sample's requests/s over this one's, in the same run. See benchmarks/README.md.
using System.Security.Claims;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using NeighborParty;
using NeighborParty.LoadPeer;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connection = builder.Configuration.GetConnectionString("NeighborParty") ?? throw new InvalidOperationException("Set ConnectionStrings__NeighborParty.");
var postgres = string.Equals(builder.Configuration["NeighborParty:Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
builder.Services.AddDbContextPool<PeerDb>(o =>
{
    if (postgres)
    {
        o.UseNpgsql(connection);
    }
    else
    {
        o.UseSqlite(connection);
    }

    o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
});

// The sample's token: HS256, its issuer and audience, the actor in sub, np_kind and np_scope.
var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Authentication:Jwt:SigningKey"] ?? throw new InvalidOperationException("Set Authentication__Jwt__SigningKey.")));
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
{
    o.MapInboundClaims = false;
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = builder.Configuration["Authentication:Jwt:Issuer"] ?? "neighborparty-sample",
        ValidAudience = builder.Configuration["Authentication:Jwt:Audience"] ?? "neighborparty-api",
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
    };
});
builder.Services.AddAuthorization();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddSingleton(new NeighborPartyOptions());
builder.Services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance); // the time, as the sample reads it

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/api/units/{id:guid}", async (Guid id, ClaimsPrincipal user, PeerDb db, HttpContext http, CancellationToken ct) =>
{
    var scope = await Scope.OfAsync(db, user, ct);
    var unit = await db.Units.Where(u => u.Id == id)
        .Select(u => new { Row = u, Places = db.UnitPlaces.Where(p => p.UnitId == u.Id).Select(p => p.PlaceId).ToList() })
        .FirstOrDefaultAsync(ct);
    if (unit is null || scope is null || !scope.Value.Contains(unit.Row.PositionPathHigh, unit.Row.PositionPathLow))
    {
        return Results.NotFound();
    }

    http.Response.Headers.ETag = $"\"{unit.Row.Version}\"";
    return Results.Ok(Answers.Unit(unit.Row, unit.Places));
}).RequireAuthorization();

app.MapGet("/api/units/{id:guid}/children", async (Guid id, ClaimsPrincipal user, PeerDb db, CancellationToken ct) =>
{
    var scope = await Scope.OfAsync(db, user, ct);
    var parent = await db.Units.Where(u => u.Id == id).Select(u => new { u.PositionPathHigh, u.PositionPathLow }).FirstOrDefaultAsync(ct);
    if (parent is null || scope is null || !scope.Value.Contains(parent.PositionPathHigh, parent.PositionPathLow))
    {
        return Results.NotFound();
    }

    var children = await db.Units.Where(u => u.ParentId == id && u.Dissolved == null)
        .OrderBy(u => u.PositionPathHigh).ThenBy(u => u.PositionPathLow)
        .Select(u => new { Row = u, Places = db.UnitPlaces.Where(p => p.UnitId == u.Id).Select(p => p.PlaceId).ToList() })
        .ToListAsync(ct);
    return Results.Ok(children.ConvertAll(c => Answers.Unit(c.Row, c.Places)));
}).RequireAuthorization();

app.MapGet("/api/members", async (Guid unit, int? take, ClaimsPrincipal user, PeerDb db, NodaTime.IClock clock, CancellationToken ct) =>
{
    var scope = await Scope.OfAsync(db, user, ct);
    var target = await db.Units.Where(u => u.Id == unit)
        .Select(u => new { u.PositionPathHigh, u.PositionPathLow, Places = db.UnitPlaces.Where(up => up.UnitId == u.Id).Join(db.Places, up => up.PlaceId, p => p.Id, (up, p) => new { p.PositionPathHigh, p.PositionPathLow }).ToList() })
        .FirstOrDefaultAsync(ct);
    if (target is null || scope is null || !scope.Value.Contains(target.PositionPathHigh, target.PositionPathLow))
    {
        return Results.NotFound();
    }

    // The unit's scope: relationship in its subtree, or living or registered in its places; name order, a page.
    var query = db.Members.Where(Scope.MembersOf(target.PositionPathHigh, target.PositionPathLow, [.. target.Places.Select(p => (p.PositionPathHigh, p.PositionPathLow))]));
    // The page, then the past relationships of its members (SQLite cannot join a collection to a limited query).
    var page = await query.OrderBy(m => m.Name).ThenBy(m => m.Id).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(ct);
    var ids = page.ConvertAll(m => m.Id);
    var history = (await db.Relationships.Where(r => ids.Contains(r.MemberId)).OrderBy(r => r.From).ToListAsync(ct)).ToLookup(r => r.MemberId);
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetCurrentInstant().ToDateTimeUtc(), Answers.Zone));
    return Results.Ok(page.ConvertAll(m => Answers.Member(m, [.. history[m.Id]], today)));
}).RequireAuthorization();

app.MapGet("/open311/v2/requests.json", async (PeerDb db, NeighborPartyOptions options, NodaTime.IClock clock, CancellationToken ct) =>
{
    // The default list: public requests received in the last 90 days, newest first, the first page of 1,000.
    var now = clock.GetCurrentInstant().ToDateTimeUtc();
    var from = now.AddDays(-90);
    var rows = await db.Requests.Where(r => r.IsPublic && r.ReceivedAt >= from && r.ReceivedAt <= now)
        .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Take(1000)
        .Select(r => new
        {
            Row = r,
            Compound = db.Places.Where(p => p.Id == r.CompoundId).Select(p => p.Name).FirstOrDefault(),
            Building = db.Places.Where(p => p.Id == r.BuildingId).Select(p => p.Name).FirstOrDefault(),
            Media = db.Media.Where(m => m.RequestId == r.Id).OrderBy(m => m.Id).Select(m => m.Url).FirstOrDefault(),
        })
        .ToListAsync(ct);
    return Results.Ok(rows.ConvertAll(r => Answers.Open311(r.Row, r.Compound, r.Building, r.Media, options)));
});

app.MapGet("/api/reports/{placeId:guid}", (Guid placeId, DateOnly from, DateOnly to, ClaimsPrincipal user, PeerDb db, NeighborPartyOptions options, CancellationToken ct) =>
    Report.AnswerAsync(placeId, from, to, user, db, options, ct)).RequireAuthorization();

app.Run();
