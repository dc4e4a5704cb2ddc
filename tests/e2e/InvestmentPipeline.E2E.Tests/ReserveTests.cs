namespace InvestmentPipeline.E2E.Tests;

/// <summary>项目库 through the real browser: browse the demo library, submit a project, read it back with its history.</summary>
public sealed class ReserveTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task The_commission_browses_the_library_and_opens_a_project_with_its_tabs()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_commission_browses_the_library_and_opens_a_project_with_its_tabs));
        var page = browser.Page;
        await browser.SignInAsync("fgw", DemoPasswords.User);

        await browser.ByTestId("menu-reserve").ClickAsync();
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("项目库");
        await Expect(browser.ByTestId("projects-table")).ToContainTextAsync("七星台森林公园");
        await browser.ScreenshotAsync("library");
        await browser.ByTestId("project-search").FillAsync("湿地");
        await browser.ByTestId("project-search-submit").ClickAsync();
        await Expect(browser.ByTestId("projects-table").GetByTestId("project-link")).ToHaveCountAsync(1);
        await browser.ByTestId("projects-table").GetByTestId("project-link").Filter(new LocatorFilterOptions { HasText = "驿州湿地公园" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reserve/projects/[0-9a-f-]{36}$"));
        await Expect(browser.ByTestId("project-state")).ToHaveTextAsync("在建");
        await Expect(browser.ByTestId("project-basics")).ToContainTextAsync("区自然资源局");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "资金来源" }).ClickAsync();
        await Expect(browser.ByTestId("project-funding")).ToContainTextAsync("地方政府专项债券");
        await browser.ScreenshotAsync("project-funding");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task A_project_submitted_in_the_form_is_saved_in_yuan_and_shows_up_with_its_history()
    {
        await using var browser = await app.NewSessionAsync(nameof(A_project_submitted_in_the_form_is_saved_in_yuan_and_shows_up_with_its_history));
        var page = browser.Page;
        var name = "端到端道路" + Guid.NewGuid().ToString("N")[..6];
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await page.GotoAsync("/reserve");
        await browser.ByTestId("project-create").ClickAsync();

        await Expect(browser.ByTestId("project-form")).ToBeVisibleAsync();
        await browser.ByTestId("project-form-name").FillAsync(name);
        await ChooseAsync(page, browser.ByTestId("project-form-regime"), "审批制");
        await ChooseAsync(page, browser.ByTestId("project-form-sector"), "交通");
        await browser.ByTestId("project-form-department").ClickAsync();
        await page.Locator(".ant-select-tree-node-content-wrapper", new PageLocatorOptions { HasText = "区交通运输局" }).ClickAsync();
        await browser.ByTestId("project-form-unit").FillAsync("区交通运输局");
        await browser.ByTestId("project-form-total").Locator("input").FillAsync("1234.56");
        await browser.ScreenshotAsync("project-form");
        var response = await page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("project-submit").ClickAsync(),
            r => r.Url.EndsWith("/api/reserve/projects", StringComparison.Ordinal) && r.Request.Method == "POST");

        response.Status.ShouldBe(201, await response.TextAsync());
        (await response.TextAsync()).ShouldContain("\"totalInvestment\":12345600");
        await Expect(browser.ByTestId("project-state")).ToHaveTextAsync("储备");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "变更历史" }).ClickAsync();
        await Expect(page.GetByText("fgw").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("project-history");
        browser.ShouldHaveNoScriptErrors();
    }

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".ant-select-item-option", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }
}
