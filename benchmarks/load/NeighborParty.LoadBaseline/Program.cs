// The bare endpoint of the load benchmark: a minimal API that returns a small JSON object, on the same web host
// defaults as the sample (Kestrel, System.Text.Json), with request logging at Warning like the sample's hosting
// diagnostics. Every ratio in benchmarks/README.md is the sample's requests/s over this one's, in the same run.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
var body = new Reply(Guid.Parse("6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f"), "豫轩里小区党支部", "compound", 7);
app.MapGet("/bare", () => body);
app.Run();

/// <summary>A small JSON object, about the size of one unit's summary.</summary>
internal sealed record Reply(Guid Id, string Name, string Level, long Version);
