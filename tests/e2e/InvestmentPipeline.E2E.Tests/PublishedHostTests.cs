using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// A deployment is one command: the folder `dotnet publish` writes, started alone with `dotnet InvestmentPipeline.Host.dll`,
/// serves the Angular app, the API and /scalar. Published from the build the other tests use (the Angular app is built
/// by test.sh before them), into a folder of its own.
/// </summary>
public sealed class PublishedHostTests
{
    [Fact]
    public async Task The_published_folder_alone_serves_the_app_the_api_and_the_reference()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ip-published-" + Guid.NewGuid().ToString("N")[..8]);
        Process? host = null;
        try
        {
            await RunAsync("dotnet", $"publish aspnet-core/src/InvestmentPipeline.Host --no-build -c Debug -p:SkipAngularBuild=true -o \"{folder}\"", E2EApp.RepositoryRoot);
            File.Exists(Path.Combine(folder, "wwwroot", "index.html")).ShouldBeTrue("the app is in the published wwwroot");

            var port = FreePort();
            host = Start(folder, port);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(http, host);

            (await http.GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await http.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = E2EApp.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = http.BaseAddress.ToString(), Locale = "zh-CN" });
            await page.GotoAsync("/login");
            await Expect(page.GetByTestId("login-submit")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
            await Expect(page).ToHaveTitleAsync("投资项目全流程管理系统");
        }
        finally
        {
            if (host is not null)
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
                host.Dispose();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process Start(string folder, int port)
    {
        var start = new ProcessStartInfo("dotnet", $"InvestmentPipeline.Host.dll --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["App__DataDirectory"] = Path.Combine(folder, "App_Data");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine(); // drained, or a full pipe would stall the host
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process host)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            host.HasExited.ShouldBeFalse("the published host stopped while starting");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The published host was not ready within 3 minutes.");
    }

    private static async Task RunAsync(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        process.ExitCode.ShouldBe(0, $"{file} {arguments}\n{await output}\n{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
