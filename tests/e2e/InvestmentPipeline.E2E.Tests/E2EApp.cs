using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// One test class's world: the real host on Kestrel (fresh SQLite database, demo seed) serving the built Angular app,
/// and one headless Debian Chromium shared by the class's tests (each test opens its own browser context).
/// The host and the browser share one fixed day, <see cref="Now"/>: with the real clock, a run crossing midnight in
/// Shanghai had the page offer a day the host's clock (fixed when the fixture started) still called the future.
/// </summary>
public sealed class E2EApp : IAsyncLifetime
{
    /// <summary>A Monday morning in June, Shanghai time: the host's clock stands here, the browser's starts here and runs.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Today in Shanghai for both the host and the browser.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    private readonly KestrelApp app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The Chromium that Debian installs; Playwright never downloads a browser for these tests.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebRoot { get; } = Path.Combine(RepositoryRoot, "angular", "dist", "investment-pipeline", "browser");

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    /// <summary>The Kestrel address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public AppFactory Host => app;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public async Task InitializeAsync()
    {
        // assertions wait as long as actions do (15 s): with the browser tests running side by side on two cores, a save
        // and the reload behind it can take longer than Playwright's default 5 s
        Assertions.SetDefaultExpectTimeout(15_000);
        if (!File.Exists(Path.Combine(WebRoot, "index.html")))
        {
            throw new InvalidOperationException(
                $"The Angular app is not built: {Path.Combine(WebRoot, "index.html")} is missing. Run `npm run build` in angular/ first.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath} (apt-get install chromium).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);

        await ((IAsyncLifetime)app).InitializeAsync(); // creates the database and starts the host (on Kestrel)
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The host is not listening on Kestrel.");
        BaseUrl = addresses.First().TrimEnd('/').Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal);

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        });
    }

    /// <summary>The commission puts a 城投 project (新建, due to start in January) into the plan through the API: the plan screens are covered elsewhere.</summary>
    public async Task PlanProjectForTheUnitAsync(int year, string name)
    {
        using var api = await app.SignInAsync("fgw");
        using var created = await api.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type = "New",
            plannedInvestment = 10_000_000m,
            plannedStartMonth = $"{year}-01-01",
            newProject = new
            {
                name,
                regime = "Approval",
                sectorCode = "MUNICIPAL",
                responsibleDepartmentId = await TestUsers.DepartmentIdAsync(api, "UCI"),
                projectUnit = "区城市建设投资有限公司",
                totalInvestment = 30_000_000m,
                maturity = "Mature",
            },
        });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    /// <summary>A fresh, isolated browser (own cookies and localStorage) in Chinese, at a desktop size.</summary>
    public async Task<BrowserSession> NewSessionAsync(string testName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = Now.UtcDateTime });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await ((IAsyncLifetime)app).DisposeAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InvestmentPipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"InvestmentPipeline.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>The test host, listening on a free local port and serving the built Angular app.</summary>
    private sealed class KestrelApp : AppFactory
    {
        public KestrelApp()
            : base(DatabaseKind.Sqlite)
        {
            UseKestrel(0);
        }

        protected override DateTimeOffset StartTime => Now;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["App:WebRoot"] = WebRoot,
        };
    }
}
