using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NeighborParty;
using NeighborParty.EntityFrameworkCore;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Accounting;
using NeighborParty.SampleApi.Care;
using NeighborParty.SampleApi.CoBuilding;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.SampleApi.Infrastructure.RateLimiting;
using NeighborParty.SampleApi.Membership;
using NeighborParty.SampleApi.Open311;
using NeighborParty.SampleApi.Organization;
using NeighborParty.SampleApi.Requests;
using NeighborParty.SampleApi.Security;
using NeighborParty.SampleApi.Stewards;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Domain: the schema (a preset or a whole custom schema) and every policy from the NeighborParty section, checked
// before the host starts (an unknown key or a bad value stops it with every problem listed).
builder.Services.AddNeighborParty(builder.Configuration.GetSection("NeighborParty"));

// Persistence: a SQLite file by default (created and migrated at start, WAL, full sync), or PostgreSQL.
var connectionString = builder.Configuration.GetConnectionString("NeighborParty") ?? "Data Source=neighborparty.db";
var provider = builder.Configuration["NeighborParty:Database:Provider"] ?? "Sqlite";
if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
{
    builder.Services.AddNeighborPartyPostgreSql(connectionString);
}
else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
{
    builder.Services.AddNeighborPartySqlite(connectionString);
}
else
{
    throw new InvalidOperationException($"NeighborParty:Database:Provider must be Sqlite or PostgreSql, not '{provider}'.");
}

builder.Services.AddSampleApiSecurity(builder.Configuration);
builder.Services.Configure<Open311Options>(builder.Configuration.GetSection("Open311"));
builder.Services.AddSampleApiInfrastructure();
builder.Services.AddSampleApiRateLimiting(builder.Configuration);

var app = builder.Build();

app.UseMiddleware<RequestLogging>();
app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<BodySizeLimit>();
app.UseStaticFiles(); // the dashboard (wwwroot/dashboard): static files only; its data comes from the API with a token
app.UseAuthentication();
app.UseRateLimiter(); // after authentication: the partition is the actor when a token was sent
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/scalar", o => o.WithTitle("NeighborParty sample API").AddPreferredSecuritySchemes("Bearer")).AllowAnonymous();
app.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription().AllowAnonymous();
app.MapGet("/dashboard", () => Results.Redirect("/dashboard/index.html")).ExcludeFromDescription().AllowAnonymous();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();

app.MapPlaceEndpoints();
app.MapOrganizationEndpoints();
app.MapMemberEndpoints();
app.MapStewardEndpoints();
app.MapCoBuildingEndpoints();
app.MapRequestEndpoints();
app.MapOpen311Endpoints();
app.MapAccountingEndpoints();
app.MapActivityFileEndpoints();
app.MapCareEndpoints();

// Development only: tokens for the demo actors, so that a newcomer can try the API in Scalar.
if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Authentication:DevTokens", true))
{
    app.MapDevTokenEndpoints();
}

// The demo district is seeded only in Development and only when asked for (appsettings.Development.json does);
// a production host never gets demo people in its ledger (security finding 11).
var seedDemo = app.Configuration.GetValue("NeighborParty:SeedDemoData", false);
if (seedDemo && !app.Environment.IsDevelopment())
{
    app.Logger.LogWarning("NeighborParty:SeedDemoData is set in the {Environment} environment; demo data is seeded only in Development, so nothing was seeded.", app.Environment.EnvironmentName);
    seedDemo = false;
}

if (seedDemo)
{
    await app.Services.ReplaceIfFromOlderReleaseAsync(app.Logger);
}

await app.Services.MigrateNeighborPartyDatabaseAsync();
if (seedDemo)
{
    // The rest of the district (a few hundred compounds, so the report shows the story's figures) takes a while on first start.
    await app.Services.SeedYanpingDemoAsync(app.Configuration.GetValue("NeighborParty:SeedDistrictFigures", true));
}

await app.RunAsync();
