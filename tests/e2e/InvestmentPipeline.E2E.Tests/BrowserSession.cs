using System.Text.RegularExpressions;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>One test's browser context and page, with the app's common steps and screenshot keeping.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> pageErrors = [];
    private readonly string testName;

    public BrowserSession(IBrowserContext context, IPage page, string testName)
    {
        Context = context;
        Page = page;
        this.testName = testName;
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Console += (_, message) => Log("console." + message.Type + ": " + message.Text);
        page.RequestFailed += (_, request) => Log("request failed: " + request.Method + " " + request.Url + " " + request.Failure);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Log("HTTP " + response.Status + ": " + response.Request.Method + " " + response.Url);
            }
        };
    }

    private readonly List<string> log = [];

    /// <summary>What the page said (console, failed requests, HTTP errors): printed when a step fails.</summary>
    public string Diagnostics
    {
        get
        {
            lock (log)
            {
                return string.Join(Environment.NewLine, log);
            }
        }
    }

    private void Log(string line)
    {
        lock (log)
        {
            log.Add(line);
        }
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Opens an nz-select and picks the option showing the text.</summary>
    public async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        await Page.Locator(".ant-select-item-option", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }

    /// <summary>
    /// Types a day or month into an nz-date-picker as a user does: click, wait for the calendar, type, Enter. The picker
    /// ignores what is typed while its calendar is still opening (under load that was the whole value), so the value is
    /// checked to have stayed.
    /// </summary>
    public async Task TypeDateAsync(ILocator picker, string text)
    {
        var input = picker.Locator("input");
        await input.ClickAsync();
        await Expect(Page.Locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)").Last).ToBeVisibleAsync();
        await input.FillAsync(text);
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(text);
    }

    /// <summary>Opens the login page and waits until the Angular form is there.</summary>
    public async Task OpenLoginAsync()
    {
        await Page.GotoAsync("/login");
        try
        {
            await Expect(ByTestId("login-submit")).ToBeVisibleAsync();
        }
        catch (PlaywrightException e)
        {
            await ScreenshotAsync("login-failed");
            throw new InvalidOperationException(e.Message + Environment.NewLine + "Page log:" + Environment.NewLine + Diagnostics + Environment.NewLine + await Page.ContentAsync(), e);
        }
    }

    /// <summary>Signs in through the login form and waits for the shell.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await OpenLoginAsync();
        await ByTestId("login-username").FillAsync(userName);
        await ByTestId("login-password").FillAsync(password);
        await ByTestId("login-submit").ClickAsync();
        await Expect(ByTestId("header-user")).ToBeVisibleAsync();
    }

    /// <summary>Keeps a full-page screenshot as a CI artefact: artifacts/screenshots/&lt;test&gt;-&lt;step&gt;.png.</summary>
    public async Task ScreenshotAsync(string step)
    {
        var path = Path.Combine(E2EApp.ScreenshotDirectory, $"{testName}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>No uncaught script error happened in the page during the test.</summary>
    public void ShouldHaveNoScriptErrors() =>
        pageErrors.ShouldBeEmpty("uncaught errors in the page: " + string.Join(" | ", pageErrors));

    public static Regex EndsWith(string path) => new(Regex.Escape(path) + "$");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
