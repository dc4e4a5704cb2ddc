using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// The meeting's loop through the real browser: a unit imports September's sheet for last year's plan, the key-projects
/// office evaluates the month and sees the red warning appear, then generates the brief, opens it and downloads the .docx.
/// Last year is complete whatever today's date, so the project (due to start in January) is eight months late.
/// </summary>
public sealed class WarningAndBriefTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task A_unit_imports_a_month_the_office_sees_a_red_warning_appear_and_opens_the_brief()
    {
        var year = E2EApp.Today.Year - 1;
        var name = "预警端到端" + Guid.NewGuid().ToString("N")[..6];
        await app.PlanProjectForTheUnitAsync(year, name);
        var sheet = Path.Combine(Path.GetTempPath(), $"warning-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object?>
            {
                ["项目名称"] = name,
                ["报告月份"] = $"{year}-09",
                ["本月完成投资(万元)"] = 0,
                ["开复工状态"] = "未开工",
                ["存在问题"] = "沿线 12 户征收协议未签订",
                ["问题类别"] = "拆迁未完成",
            },
        }, sheetName: "项目月度进展表");

        await using (var unit = await app.NewSessionAsync(nameof(A_unit_imports_a_month_the_office_sees_a_red_warning_appear_and_opens_the_brief) + "-unit"))
        {
            await unit.SignInAsync("cjtz", DemoPasswords.User);
            await unit.Page.GotoAsync("/scheduling/progress");
            await unit.ChooseAsync(unit.ByTestId("progress-year"), $"{year} 年");
            await unit.ChooseAsync(unit.ByTestId("progress-month"), "9 月");
            await unit.ByTestId("progress-import").ClickAsync();
            await unit.ByTestId("progress-import-file").SetInputFilesAsync(sheet);
            await unit.ByTestId("progress-import-submit").ClickAsync();
            await Expect(unit.ByTestId("progress-import-result")).ToBeVisibleAsync();
            unit.ShouldHaveNoScriptErrors();
        }

        await using var office = await app.NewSessionAsync(nameof(A_unit_imports_a_month_the_office_sees_a_red_warning_appear_and_opens_the_brief));
        await office.SignInAsync("zdb", DemoPasswords.User);
        await office.Page.GotoAsync("/scheduling/warnings");
        await office.ChooseAsync(office.ByTestId("warnings-year"), $"{year} 年");
        var row = office.ByTestId("warning-row").Filter(new LocatorFilterOptions { HasText = name });
        await Expect(row).ToHaveCountAsync(0);

        await office.ByTestId("warnings-evaluate").ClickAsync();
        await office.ChooseAsync(office.ByTestId("evaluate-year"), $"{year} 年");
        await office.ChooseAsync(office.ByTestId("evaluate-month"), "9 月");
        await office.ByTestId("evaluate-submit").ClickAsync();
        await Expect(office.ByTestId("evaluate-result")).ToBeVisibleAsync();
        await office.Page.Keyboard.PressAsync("Escape");

        var start = row.Filter(new LocatorFilterOptions { HasText = "开工预警" });
        await Expect(start.GetByTestId("warning-level")).ToHaveTextAsync("红色");
        await Expect(start.GetByTestId("warning-data")).ToContainTextAsync($"计划{year}年1月开工，截至{year}年9月末仍未开工");
        await Expect(start.GetByTestId("warning-data")).ToContainTextAsync("沿线 12 户征收协议未签订");
        await office.ScreenshotAsync("red-warning");

        await office.ByTestId("briefs-link").ClickAsync();
        await office.ByTestId("briefs-generate").ClickAsync();
        await office.ChooseAsync(office.ByTestId("brief-year"), $"{year} 年");
        await office.ChooseAsync(office.ByTestId("brief-month"), "9 月");
        await office.ByTestId("brief-generate-submit").ClickAsync();
        var view = office.ByTestId("brief-view");
        await Expect(view).ToContainTextAsync($"{year}年1-9月全区重点项目推进情况通报");
        await Expect(office.ByTestId("brief-red")).ToContainTextAsync(name);
        await Expect(office.ByTestId("brief-not-started")).ToContainTextAsync("拆迁未完成");
        await office.ScreenshotAsync("brief");

        var download = await office.Page.RunAndWaitForDownloadAsync(() => office.ByTestId("brief-view-download").ClickAsync());
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), isEditable: false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain($"{year}年1-9月全区重点项目推进情况通报");
            text.ShouldContain("五、红色预警项目"); // last year has no targets, so no 年度目标 section before it
            text.ShouldContain(name);
        }

        office.ShouldHaveNoScriptErrors();
    }
}
