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
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Opens the login page and waits until the Angular form is there.</summary>
    public async Task OpenLoginAsync()
    {
        await Page.GotoAsync("/login");
        await Expect(ByTestId("login-submit")).ToBeVisibleAsync();
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
