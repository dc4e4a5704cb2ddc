using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>年度计划 import through the real browser: a bad workbook is refused with every problem, a good one lands.</summary>
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

    private static Dictionary<string, object?> Row(string name, string type) => new()
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
        ["责任单位"] = "区住房和城乡建设局",
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
