namespace InvestmentPipeline.E2E.Tests;

/// <summary>The 中文 / English switch in the header.</summary>
public sealed class LanguageTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task The_language_switch_toggles_English_and_back_and_survives_a_reload()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_language_switch_toggles_English_and_back_and_survives_a_reload));
        var page = browser.Page;
        await browser.SignInAsync("admin", DemoPasswords.Admin);
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("工作台");
        await Expect(browser.ByTestId("lang-switch")).ToContainTextAsync("English");

        await browser.ByTestId("lang-switch").ClickAsync();

        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("Dashboard");
        await Expect(browser.ByTestId("menu-leads")).ToContainTextAsync("Investment leads");
        await Expect(browser.ByTestId("menu-admin-audit-logs")).ToContainTextAsync("Audit log");
        await Expect(browser.ByTestId("logout")).ToContainTextAsync("Sign out");
        await Expect(browser.ByTestId("lang-switch")).ToContainTextAsync("中文");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('ip.lang')")).ShouldBe("en");
        await browser.ScreenshotAsync("english-shell");

        await page.ReloadAsync();
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("Dashboard");
        await Expect(browser.ByTestId("menu-leads")).ToContainTextAsync("Investment leads");

        await browser.ByTestId("lang-switch").ClickAsync();

        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("工作台");
        await Expect(browser.ByTestId("menu-leads")).ToContainTextAsync("招商线索");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        (await page.EvaluateAsync<string>("() => localStorage.getItem('ip.lang')")).ShouldBe("zh-CN");

        await page.ReloadAsync();
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("工作台");
        await Expect(browser.ByTestId("lang-switch")).ToContainTextAsync("English");
        await browser.ScreenshotAsync("chinese-again");
        browser.ShouldHaveNoScriptErrors();
    }
}
