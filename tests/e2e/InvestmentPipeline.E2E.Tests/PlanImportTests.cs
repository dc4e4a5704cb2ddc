using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// 年度计划 import through the real browser: a bad workbook is refused with every problem, a good one lands; a unit
/// written by an unknown short name is mapped in the dialog, remembered, and the same file imported again.
/// </summary>
public sealed class PlanImportTests(E2EApp app) : IClassFixture<E2EApp>
{
    private static readonly int Year = E2EApp.Today.Year;

    [Fact]
    public async Task A_bad_workbook_shows_its_problems_and_a_marked_copy_and_the_corrected_one_is_imported()
    {
        await using var browser = await app.NewSessionAsync(nameof(A_bad_workbook_shows_its_problems_and_a_marked_copy_and_the_corrected_one_is_imported));
        var page = browser.Page;
        var name = "导入端到端" + Guid.NewGuid().ToString("N")[..6];
        var bad = WriteWorkbook("bad", Row(name, "改建"));
        var good = WriteWorkbook("good", Row(name, "新建"));
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await page.GotoAsync("/plan");

        await browser.ByTestId("plan-import").ClickAsync();
        await browser.ByTestId("plan-import-file").SetInputFilesAsync(bad);
        await browser.ByTestId("plan-import-submit").ClickAsync();
        await Expect(browser.ByTestId("plan-import-problems")).ToContainTextAsync("建设性质");
        await Expect(browser.ByTestId("plan-import-problems")).ToContainTextAsync("改建");
        await browser.ScreenshotAsync("import-problems");
        var download = await page.RunAndWaitForDownloadAsync(() => browser.ByTestId("plan-import-error-workbook").ClickAsync());
        var marked = await download.PathAsync();

        await browser.ByTestId("plan-import-file").SetInputFilesAsync(good);
        await browser.ByTestId("plan-import-submit").ClickAsync();
        await Expect(browser.ByTestId("plan-import-result")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-result");
        await browser.ByTestId("plan-import-close").ClickAsync();
        await Expect(browser.ByTestId("plan-import-dialog")).ToHaveCountAsync(0);
        await browser.ByTestId("plan-search").FillAsync(name);
        var listed = await page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("plan-search-submit").ClickAsync(),
            r => r.Url.Contains("/entries?", StringComparison.Ordinal) && r.Url.Contains("search=", StringComparison.Ordinal));
        (await listed.TextAsync()).ShouldContain(name);

        await Expect(browser.ByTestId("plan-table").GetByTestId("plan-project-link")).ToHaveTextAsync(name);
        using (var document = SpreadsheetDocument.Open(marked, false))
        {
            var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            cells["Q1"].InnerText.ShouldBe("错误说明");
            cells["Q2"].InnerText.ShouldContain("建设性质");
        }

        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task An_unknown_short_name_is_mapped_and_remembered_and_the_same_file_imported_again()
    {
        await using var browser = await app.NewSessionAsync(nameof(An_unknown_short_name_is_mapped_and_remembered_and_the_same_file_imported_again));
        var page = browser.Page;
        var first = "简称导入" + Guid.NewGuid().ToString("N")[..6];
        var second = "简称再导入" + Guid.NewGuid().ToString("N")[..6];
        var mapped = WriteWorkbook("short-name", Row(first, "新建", unit: "区住建委"));
        var later = WriteWorkbook("short-name-later", Row(second, "新建", unit: "区住建委"));
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await page.GotoAsync("/plan");

        await browser.ByTestId("plan-import").ClickAsync();
        await browser.ByTestId("plan-import-file").SetInputFilesAsync(mapped);
        await browser.ByTestId("plan-import-submit").ClickAsync();
        var unknown = browser.ByTestId("plan-import-unknown-name");
        await Expect(unknown).ToHaveCountAsync(1);
        await Expect(unknown).ToContainTextAsync("责任单位");
        await Expect(unknown).ToContainTextAsync("区住建委");
        await Expect(unknown.GetByTestId("plan-import-unknown-name-select")).ToContainTextAsync("区住房和城乡建设局");
        await unknown.GetByTestId("plan-import-unknown-name-remember").ClickAsync();
        await Expect(unknown.GetByTestId("plan-import-unknown-name-remember").Locator("input")).ToBeCheckedAsync();
        await browser.ScreenshotAsync("unknown-names");

        // the 简称 is saved, then the file the dialog holds is posted again (not chosen again) with the choice;
        // the browser does not expose a file upload's body: the unit tests check its nameMappings
        var posted = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST")
            {
                lock (posted)
                {
                    posted.Add(new Uri(r.Url).AbsolutePath);
                }
            }
        };
        await page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("plan-import-remap").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith($"/api/reserve/plans/{Year}/import", StringComparison.Ordinal));
        lock (posted)
        {
            posted.ShouldBe(["/api/identity/department-aliases", $"/api/reserve/plans/{Year}/import"]);
        }

        await Expect(browser.ByTestId("plan-import-result")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("plan-import-counts")).ToContainTextAsync("新建项目 1 个");
        await Expect(browser.ByTestId("plan-import-unknown-names")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("plan-import-alias-failures")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("mapped-result");
        await browser.ByTestId("plan-import-close").ClickAsync();
        await Expect(browser.ByTestId("plan-import-dialog")).ToHaveCountAsync(0);

        // 区住建委 is now the housing bureau's 简称: a later file writing it imports at once
        await browser.ByTestId("plan-import").ClickAsync();
        await browser.ByTestId("plan-import-file").SetInputFilesAsync(later);
        await browser.ByTestId("plan-import-submit").ClickAsync();
        await Expect(browser.ByTestId("plan-import-result")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("plan-import-problems")).ToHaveCountAsync(0);

        using var api = await app.Host.SignInAsync("fgw");
        (await ResponsibleDepartmentAsync(api, first)).ShouldBe("区住房和城乡建设局");
        (await ResponsibleDepartmentAsync(api, second)).ShouldBe("区住房和城乡建设局");
        browser.ShouldHaveNoScriptErrors();
    }

    private static async Task<string?> ResponsibleDepartmentAsync(ApiSession api, string project)
    {
        var page = await api.GetJsonAsync<System.Text.Json.JsonElement>($"/api/reserve/plans/{Year}/entries?search={Uri.EscapeDataString(project)}");
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("project").GetProperty("responsibleDepartmentName").GetString();
    }

    private static Dictionary<string, object?> Row(string name, string type, string unit = "区住房和城乡建设局") => new()
    {
        ["序号"] = 1,
        ["项目名称"] = name,
        ["项目代码"] = null,
        ["建设性质"] = type,
        ["行业领域"] = "市政",
        ["建设地点"] = "平安镇",
        ["建设规模及主要内容"] = "道路改造 0.8 公里",
        ["总投资(万元)"] = 2000,
        ["年度计划投资(万元)"] = 500,
        ["计划开工时间"] = $"{Year}-06",
        ["计划竣工时间"] = $"{Year + 1}-06",
        ["包联领导"] = "李副区长",
        ["责任单位"] = unit,
        ["责任人"] = "张工",
        ["联系电话"] = "0972-8612345",
        ["资金来源"] = "区财政",
    };

    private static string WriteWorkbook(string kind, Dictionary<string, object?> row)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{kind}-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new[] { row }, sheetName: "年度重点项目计划表");
        return path;
    }
}
