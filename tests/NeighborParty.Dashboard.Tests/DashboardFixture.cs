using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NeighborParty.SampleApi.Tests.Accounting;

namespace NeighborParty.Dashboard.Tests;

/// <summary>
/// The sample host with the whole demo district on a real Kestrel port, and Debian's chromium driven by Playwright
/// (never a browser download: the executable is the system's, installed by <c>eng/install-browser.sh</c>).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Gets the chromium executable: <c>NEIGHBORPARTY_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("NEIGHBORPARTY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Gets a value indicating whether the browser tests run: always in CI (where a missing browser fails them), else when chromium is installed.</summary>
    public static bool BrowserRuns => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || File.Exists(ChromiumPath);

    /// <summary>Gets the folder screenshots are written to: <c>NEIGHBORPARTY_ARTIFACTS</c>/dashboard, else next to the test assembly.</summary>
    public static string Screenshots { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("NEIGHBORPARTY_ARTIFACTS") is { Length: > 0 } root ? root : Path.Combine(AppContext.BaseDirectory, "artifacts"), "dashboard");

    /// <summary>Gets the host.</summary>
    public DistrictReportTests.DistrictFactory Factory { get; } = new();

    /// <summary>Gets the host's address, such as http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Gets Playwright, or null when the browser tests do not run.</summary>
    public IPlaywright? Playwright { get; private set; }

    /// <summary>Gets the browser, or null when the browser tests do not run.</summary>
    public IBrowser? Browser { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Directory.CreateDirectory(Screenshots);
        if (!BrowserRuns)
        {
            return;
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
