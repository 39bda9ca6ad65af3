using NeighborParty;
using NeighborParty.EntityFrameworkCore;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.SampleApi.Organization;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Domain: the schema preset (or a custom schema) comes from configuration; SystemClock is registered by the library.
var schemaSection = builder.Configuration.GetSection("NeighborParty:Schema");
builder.Services.AddNeighborParty(options =>
{
    var custom = schemaSection.GetSection("Custom");
    if (custom.Exists())
    {
        var definition = new HierarchySchemaDefinition();
        custom.Bind(definition);
        options.Schema = HierarchySchema.FromDefinition(definition);
    }
    else
    {
        options.Schema = HierarchySchema.Preset(schemaSection["Preset"] ?? "yanping");
    }

    builder.Configuration.GetSection("NeighborParty:Organization").Bind(options.Organization);
});

// Persistence: a SQLite file by default (created and migrated at start).
var connectionString = builder.Configuration.GetConnectionString("NeighborParty") ?? "Data Source=neighborparty.db";
builder.Services.AddNeighborPartyEntityFrameworkCore(db => db.UseNeighborPartySqlite(connectionString));

builder.Services.AddSampleApiInfrastructure();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference("/scalar", o => o.WithTitle("NeighborParty sample API"));
app.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription();
app.MapHealthChecks("/health");

app.MapPlaceEndpoints();
app.MapOrganizationEndpoints();

await app.Services.MigrateNeighborPartyDatabaseAsync();
if (app.Configuration.GetValue("NeighborParty:SeedDemoData", true))
{
    await app.Services.SeedYanpingDemoAsync();
}

await app.RunAsync();
