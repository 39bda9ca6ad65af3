using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NeighborParty.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser (issue 17, item 1): it loads without a CDN, logs in as a demo actor, drills down
/// the district report, draws a chart, shows the sweep, coverage, request desk, wish wall, care and a compound page
/// in Chinese and in English, and axe finds no serious or critical accessibility violation on any page.
/// Screenshots are saved as test artifacts.
/// </summary>
public sealed class DashboardTests : IClassFixture<DashboardFixture>
{
    private static readonly string[] Pages = ["#/", "#/tree", "#/report", "#/sweep", "#/requests", "#/care", "#/compounds"];

    private readonly DashboardFixture _fixture;

    public DashboardTests(DashboardFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Modes() => DashboardFixture.BrowserRuns ? ["chromium"] : ["http-only (no chromium here; CI always runs the browser)"];

    private async Task<(IPage Page, List<string> Errors)> SignedInAsync(string actor = "district-admin", string firstView = "home")
    {
        var context = await _fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(_fixture.BaseUrl + "/dashboard");
        await page.Locator($"button[data-actor='{actor}']").ClickAsync();
        await page.Locator($"main[data-view='{firstView}']:not([aria-busy]) h1").WaitForAsync();
        return (page, errors);
    }

    private static async Task ViewAsync(IPage page, string hash)
    {
        await page.EvaluateAsync("h => { location.hash = h; }", hash);
        var view = hash.TrimStart('#', '/').Split('/')[0];
        await page.Locator($"main[data-view='{(view.Length == 0 ? "home" : view)}']:not([aria-busy])").WaitForAsync();
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.Screenshots, name + ".png"), FullPage = true });

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Every_page_loads_from_this_host_only_after_a_demo_login(string mode)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_fixture.BaseUrl) };
        var html = await http.GetStringAsync("/dashboard/index.html");
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "app.js", "app.css", "api.js", "i18n.js", "charts.js", "dom.js", "views-core.js", "views-people.js" })
        {
            var text = await http.GetStringAsync("/dashboard/" + asset);
            Assert.DoesNotMatch(new Regex("(src|href)=\"https?://|import .* from ['\"]https?://|url\\(https?://"), text); // no CDN: every asset is this host's
        }

        Assert.Contains("script-src 'self'", (await http.GetAsync("/dashboard/index.html")).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_fixture.BaseUrl) }
            .GetAsync("/dashboard")).StatusCode);
        if (mode != "chromium")
        {
            return;
        }

        var (page, errors) = await SignedInAsync();
        Assert.Contains("延平区", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("208", await page.Locator(".cards").InnerTextAsync(), StringComparison.Ordinal); // the story's compound branches
        await ShotAsync(page, "01-overview");
        var names = new[] { "02-tree", "03-report", "04-sweep-coverage", "05-requests-wishes", "06-care", "07-compounds" };
        for (var i = 1; i < Pages.Length; i++)
        {
            await ViewAsync(page, Pages[i]);
            Assert.Equal(0, await page.Locator(".error").CountAsync());
            await ShotAsync(page, names[i - 1]);
        }

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_report_drills_down_and_draws_a_chart_over_the_years(string mode)
    {
        if (mode != "chromium")
        {
            return;
        }

        var (page, errors) = await SignedInAsync();
        await ViewAsync(page, "#/report");
        Assert.True(await page.Locator("svg[data-chart='bars'] rect").CountAsync() >= 8, "one bar per year since 2019");
        await page.Locator("a[data-drill='水南街道']").ClickAsync();
        await page.Locator("main[data-view='report']:not([aria-busy]) h1:has-text('水南街道')").WaitForAsync();
        Assert.Contains("江南社区", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#figure").SelectOptionAsync("volunteer-services");
        await page.Locator("svg[data-chart='bars'][aria-label*='志愿服务']").WaitForAsync();
        await ShotAsync(page, "08-report-drilled-to-shuinan");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_story_reads_in_chinese_and_in_english(string mode)
    {
        if (mode != "chromium")
        {
            return;
        }

        var (page, errors) = await SignedInAsync();
        await ViewAsync(page, "#/sweep");
        var sweep = await page.Locator("main").InnerTextAsync();
        Assert.Contains("豫轩里小区党支部", sweep, StringComparison.Ordinal);
        Assert.Contains("不再符合设立条件", sweep, StringComparison.Ordinal);
        await ViewAsync(page, "#/requests");
        Assert.Contains("逾期未办结", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ViewAsync(page, "#/care");
        Assert.Contains("周根荣", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await ViewAsync(page, "#/compounds");
        await page.Locator("main .cards a:text-is('第二网格小区')").ClickAsync();
        await page.Locator("main[data-view='compound']:not([aria-busy]) h1:has-text('第二网格小区')").WaitForAsync();
        var compound = await page.Locator("main").InnerTextAsync();
        Assert.Contains("孙志强", compound, StringComparison.Ordinal); // 孙书记, the branch secretary of the story
        Assert.Contains("周根荣", compound, StringComparison.Ordinal);
        await ShotAsync(page, "09-compound-second-grid");

        await page.Locator("#lang").ClickAsync();
        await page.Locator("main:not([aria-busy])").WaitForAsync();
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Contains("Overview", await page.Locator("nav").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, "10-compound-in-english");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Every_demo_actor_signs_in_and_sees_what_the_library_lets_it_see(string mode)
    {
        if (mode != "chromium")
        {
            return;
        }

        foreach (var (actor, first, expect) in new[]
        {
            ("street-staff", "home", "紫云街道"), ("community-staff", "home", "剑津社区"), ("compound-secretary", "home", "武夷香榭"), ("steward", "home", "武夷香榭"),
            ("resident", "mine", "老花镜"), ("co-building-party", "mine", "百合姐姐"), ("system", "home", "延平区"),
        })
        {
            var (page, errors) = await SignedInAsync(actor, first);
            Assert.Contains(expect, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator(".error").CountAsync());
            if (first == "home")
            {
                await ViewAsync(page, "#/care");
                Assert.Equal(0, await page.Locator(".error").CountAsync());
            }

            await ShotAsync(page, "11-signed-in-as-" + actor);
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Axe_finds_no_serious_accessibility_violation_on_any_page(string mode)
    {
        if (mode != "chromium")
        {
            return;
        }

        var context = await _fixture.Browser!.NewContextAsync();
        var login = await context.NewPageAsync();
        await login.GotoAsync(_fixture.BaseUrl + "/dashboard");
        await login.Locator("button[data-actor]").First.WaitForAsync();
        var found = new List<string>();
        void Collect(string where, AxeResult result) => found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) ×{v.Nodes.Length}: {string.Join(" | ", v.Nodes.Take(2).Select(n => string.Join(",", n.Target)))}"));
        Collect("login", await login.RunAxe());

        var (page, _) = await SignedInAsync();
        foreach (var hash in Pages)
        {
            await ViewAsync(page, hash);
            Collect(hash, await page.RunAxe());
        }

        var (resident, _) = await SignedInAsync("resident", "mine");
        Collect("resident", await resident.RunAxe());

        Assert.Empty(found);
    }
}
