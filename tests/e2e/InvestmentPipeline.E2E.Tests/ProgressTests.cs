using MiniExcelLibs;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>月度进展 through the real browser: a unit imports last month's sheet, then corrects the month in the dialog.</summary>
public sealed class ProgressTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task A_unit_imports_last_months_progress_and_corrects_it_in_the_report_dialog()
    {
        var lastMonth = E2EApp.Today.AddMonths(-1);
        var name = "进展端到端" + Guid.NewGuid().ToString("N")[..6];
        await app.PlanProjectForTheUnitAsync(lastMonth.Year, name);
        var sheet = Path.Combine(Path.GetTempPath(), $"progress-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object?>
            {
                ["项目名称"] = name,
                ["报告月份"] = $"{lastMonth:yyyy-MM}",
                ["本月完成投资(万元)"] = 150,
                ["开复工状态"] = "已开工",
                ["实际开(复)工时间"] = $"{lastMonth:yyyy-MM}-05",
                ["形象进度"] = "基础施工",
                ["是否入库"] = "否",
            },
        }, sheetName: "项目月度进展表");

        await using var browser = await app.NewSessionAsync(nameof(A_unit_imports_last_months_progress_and_corrects_it_in_the_report_dialog));
        var page = browser.Page;
        await browser.SignInAsync("cjtz", DemoPasswords.User);
        await browser.ByTestId("menu-scheduling-progress").ClickAsync();
        await Expect(browser.ByTestId("progress-page")).ToBeVisibleAsync();
        await browser.ByTestId("progress-import").ClickAsync();
        await browser.ByTestId("progress-import-file").SetInputFilesAsync(sheet);
        await browser.ByTestId("progress-import-submit").ClickAsync();
        await Expect(browser.ByTestId("progress-import-result")).ToBeVisibleAsync();
        await browser.ByTestId("progress-import-close").ClickAsync();

        var row = browser.ByTestId("progress-row").Filter(new LocatorFilterOptions { HasText = name });
        await Expect(row).ToContainTextAsync("150.00");
        await row.GetByTestId("progress-row-report").ClickAsync();
        await browser.ByTestId("report-investment").Locator("input").FillAsync("180");
        await browser.ScreenshotAsync("report-dialog");
        var saved = await page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("report-save").ClickAsync(),
            r => r.Url.Contains("/api/scheduling/progress/", StringComparison.Ordinal) && r.Request.Method == "PUT");

        saved.Status.ShouldBe(200, await saved.TextAsync());
        (await saved.TextAsync()).ShouldContain("\"investmentThisMonth\":1800000");
        await Expect(row).ToContainTextAsync("180.00");
        await browser.ScreenshotAsync("progress");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task The_commission_reads_last_months_progress_of_the_demo_plan_with_the_lagging_projects_and_their_causes()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_commission_reads_last_months_progress_of_the_demo_plan_with_the_lagging_projects_and_their_causes));
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await browser.Page.GotoAsync("/scheduling/progress");

        var row = browser.ByTestId("progress-row").Filter(new LocatorFilterOptions { HasText = "新平大道东延段" });
        await Expect(row).ToContainTextAsync("拆迁未完成");
        await Expect(row.GetByTestId("progress-row-report")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("demo-progress");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task The_leader_reads_the_rates_with_their_definitions_and_opens_the_projects_not_started()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_leader_reads_the_rates_with_their_definitions_and_opens_the_projects_not_started));
        await browser.SignInAsync("qld", DemoPasswords.User);
        await browser.Page.GotoAsync("/scheduling/statistics");

        var rate = browser.ByTestId("statistics-rate-StartOrResumeRate");
        await Expect(rate.GetByTestId("statistics-rate-value")).ToContainTextAsync("%");
        await Expect(rate.GetByTestId("statistics-definition")).ToContainTextAsync("拟开工");
        await browser.ByTestId("statistics-drill-NotStartedOrResumed").ClickAsync();
        await Expect(browser.ByTestId("statistics-projects")).ToContainTextAsync("新平大道东延段");
        await Expect(browser.ByTestId("statistics-projects")).ToContainTextAsync("拆迁未完成");
        await browser.ScreenshotAsync("statistics-not-started");
        browser.ShouldHaveNoScriptErrors();
    }
}
