using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record ImportProblemRow(int Row, string Column, string? Value, string Message);

public sealed record ImportFailure(string? Detail, string? Code, List<ImportProblemRow> Problems, List<string> Warnings);

public sealed record ImportResult(int Rows, int CreatedProjects, int UpdatedProjects, int AddedEntries, int UpdatedEntries, int UnchangedEntries, List<string> Warnings);

/// <summary>Builds 年度重点项目计划表 workbooks the way the district fills them in.</summary>
public static class PlanWorkbooks
{
    public static Dictionary<string, object?> Row(
        string name, string type = "新建", string? code = null, object? start = null, object? completion = null, object? total = null,
        object? planned = null, string unit = "区住房和城乡建设局", string? town = "平安镇", string sector = "市政", object? serial = null) => new()
    {
        ["序号"] = serial ?? 1,
        ["项目名称"] = name,
        ["项目代码"] = code,
        ["建设性质"] = type,
        ["行业领域"] = sector,
        ["建设地点"] = town,
        ["建设规模及主要内容"] = "道路改造 1.2 公里",
        ["总投资(万元)"] = total ?? 3000,
        ["年度计划投资(万元)"] = planned ?? 800,
        ["计划开工时间"] = start,
        ["计划竣工时间"] = completion,
        ["包联领导"] = "王副区长",
        ["责任单位"] = unit,
        ["责任人"] = "张工",
        ["联系电话"] = "0972-8612345",
        ["资金来源"] = "专项债;区财政",
    };

    public static byte[] Build(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: "年度重点项目计划表");
        return stream.ToArray();
    }

    public static Task<HttpResponseMessage> PostAsync(ApiSession session, string url, byte[] workbook, string fileName = "计划.xlsx")
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return session.Client.PostAsync(url, new MultipartFormDataContent { { file, "file", fileName } });
    }

    public static async Task<ImportFailure> ShouldFailAsync(this HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        return JsonSerializer.Deserialize<ImportFailure>(await response.Content.ReadAsStringAsync(), ApiSession.Json)!;
    }
}

public abstract class PlanImportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task A_good_workbook_is_imported_and_importing_it_or_its_export_again_changes_nothing()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2031;
        var known = ProjectForms.UniqueName("湟水北路");
        await AddDirectAsync(fgw, 2030, known);
        var fresh = ProjectForms.UniqueName("平安大道");
        var code = ProjectForms.UniqueCode();
        var continuing = ProjectForms.UniqueName("体育中心");
        var workbook = PlanWorkbooks.Build(
        [
            PlanWorkbooks.Row(fresh, code: code, start: new DateTime(year, 4, 15), completion: "2032-10", serial: 1),
            PlanWorkbooks.Row(known + " 项目", type: "拟开工", start: $"{year}年9月", completion: "2033-06", total: 5000, planned: "1,200.5", serial: 2),
            PlanWorkbooks.Row(continuing, type: "续建", completion: "2032年6月", total: 8000, planned: 3000, town: null, sector: "教育", unit: "区教育局", serial: 3),
        ]);

        var firstResponse = await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook);
        var first = await firstResponse.ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var again = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var export = await fgw.GetAsync($"/api/reserve/plans/{year}/export");
        var exported = await export.Content.ReadAsByteArrayAsync();
        var reimported = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", exported)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var plan = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");

        first.ShouldBe(first with { Rows = 3, CreatedProjects = 2, UpdatedProjects = 1, AddedEntries = 3, UpdatedEntries = 0, UnchangedEntries = 0 });
        again.ShouldBe(again with { CreatedProjects = 0, UpdatedProjects = 0, AddedEntries = 0, UpdatedEntries = 0, UnchangedEntries = 3 });
        reimported.ShouldBe(reimported with { CreatedProjects = 0, UpdatedProjects = 0, AddedEntries = 0, UpdatedEntries = 0, UnchangedEntries = 3 });
        export.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{year}年度重点项目计划表.xlsx");
        MiniExcel.Query(new MemoryStream(exported)).Cast<IDictionary<string, object>>().First().Values.Select(v => v?.ToString())
            .ShouldBe(["序号", "项目名称", "项目代码", "建设性质", "行业领域", "建设地点", "建设规模及主要内容", "总投资(万元)", "年度计划投资(万元)",
                "计划开工时间", "计划竣工时间", "包联领导", "责任单位", "项目单位", "责任人", "联系电话", "资金来源"]);
        plan.TotalCount.ShouldBe(3);
        var freshEntry = plan.Items.Single(e => e.Project.Name == fresh);
        freshEntry.Project.Code.ShouldBe(code);
        freshEntry.Project.State.ShouldBe("PreConstruction");
        freshEntry.Project.ReviewStatus.ShouldBe("Accepted");
        freshEntry.Project.TownName.ShouldBe("平安镇");
        freshEntry.PlannedStartMonth.ShouldBe(new DateOnly(year, 4, 1));
        freshEntry.PlannedInvestment.ShouldBe(8_000_000m);
        freshEntry.FundingNote.ShouldBe("专项债;区财政");
        var knownEntry = plan.Items.Single(e => e.Type == "ToStart");
        knownEntry.Project.Name.ShouldBe(known + " 项目");
        knownEntry.Project.TotalInvestment.ShouldBe(50_000_000m);
        knownEntry.PlannedInvestment.ShouldBe(12_005_000m);
        var continuingEntry = plan.Items.Single(e => e.Type == "Continuing");
        continuingEntry.Project.State.ShouldBe("UnderConstruction");
        continuingEntry.PlannedCompletionMonth.ShouldBe(new DateOnly(2032, 6, 1));
        (continuingEntry.ResponsibleDepartmentName, continuingEntry.ProjectUnit).ShouldBe(("区教育局", "区教育局"));
    }

    [Fact]
    public async Task A_changed_row_updates_its_entry_and_leaves_the_others_alone()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2032;
        var (a, b) = (ProjectForms.UniqueName("甲路"), ProjectForms.UniqueName("乙路"));
        await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([PlanWorkbooks.Row(a, start: $"{year}-05"), PlanWorkbooks.Row(b, start: $"{year}-05")]));

        var result = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([PlanWorkbooks.Row(a, start: $"{year}-05", planned: 900)])))
            .ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var plan = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");

        result.UpdatedEntries.ShouldBe(1);
        result.Warnings.ShouldContain("计划中另有 1 个项目不在本文件中，未作改动");
        plan.Items.Single(e => e.Project.Name == a).PlannedInvestment.ShouldBe(9_000_000m);
        plan.Items.Single(e => e.Project.Name == b).PlannedInvestment.ShouldBe(8_000_000m);
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_changes_nothing_and_reports_every_problem_with_row_column_and_value()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2033;
        var draft = ProjectForms.UniqueName("草稿项目");
        (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, draft))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twice = ProjectForms.UniqueName("重复");
        var good = ProjectForms.UniqueName("好项目");
        var rows = new List<Dictionary<string, object?>>
        {
            PlanWorkbooks.Row("", start: $"{year}-03"),                                                    // 2: 项目名称 missing
            PlanWorkbooks.Row(ProjectForms.UniqueName("a"), type: "改建", start: $"{year}-03"),              // 3: 建设性质 not a choice
            PlanWorkbooks.Row(ProjectForms.UniqueName("b"), sector: "航天", start: $"{year}-03"),             // 4: unknown sector
            PlanWorkbooks.Row(ProjectForms.UniqueName("c"), total: "三千万", start: $"{year}-03"),            // 5: not a number
            PlanWorkbooks.Row(ProjectForms.UniqueName("d"), planned: -5, start: $"{year}-03"),              // 6: negative
            PlanWorkbooks.Row(ProjectForms.UniqueName("e")),                                               // 7: 新建 without start
            PlanWorkbooks.Row(ProjectForms.UniqueName("f"), start: "明年春天"),                             // 8: not a month
            PlanWorkbooks.Row(ProjectForms.UniqueName("g"), unit: "区宇航局", start: $"{year}-03"),          // 9: unknown unit
            PlanWorkbooks.Row(ProjectForms.UniqueName("h"), town: "火星镇", start: $"{year}-03"),            // 10: unknown town, only warned
            PlanWorkbooks.Row(ProjectForms.UniqueName("i"), code: "123", start: $"{year}-03"),             // 11: code format
            PlanWorkbooks.Row(twice, start: $"{year}-03"),                                                 // 12
            PlanWorkbooks.Row(twice + "·", start: $"{year}-03"),                                           // 13: same project twice
            PlanWorkbooks.Row(ProjectForms.UniqueName("j"), total: 100, planned: 200, start: $"{year}-03"), // 14: more than the total
            PlanWorkbooks.Row(ProjectForms.UniqueName("k"), start: $"{year}-08", completion: $"{year}-02"), // 15: ends before it starts
            PlanWorkbooks.Row(ProjectForms.UniqueName("l"), start: $"{year}-03"),                          // 16: bad phone (below)
            PlanWorkbooks.Row(draft, start: $"{year}-03"),                                                 // 17: not accepted into the library
            PlanWorkbooks.Row(ProjectForms.UniqueName("m"), start: $"{year + 1}-03", serial: "第一"),       // 18: outside the year, bad 序号
            PlanWorkbooks.Row(good, start: $"{year}-03"),                                                  // 19: fine, but not written either
        };
        rows[14]["联系电话"] = "call me";
        rows.ForEach(row => row["备注"] = null);
        rows[0]["备注"] = "多余的列";

        var failure = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build(rows))).ShouldFailAsync();
        var plan = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");
        var library = await fgw.GetJsonAsync<Page<ProjectRow>>($"/api/reserve/projects?search={good}");

        failure.Code.ShouldBe("ImportInvalid");
        failure.Detail!.ShouldContain("未作任何修改");
        failure.Warnings.ShouldContain(w => w.Contains("备注", StringComparison.Ordinal));
        failure.Warnings.ShouldContain(w => w.StartsWith("「建设地点」第 10 行「火星镇」不是本区的乡镇/街道", StringComparison.Ordinal)); // optional: left out, not refused
        failure.Problems.Select(p => (p.Row, p.Column)).ShouldBe(
        [
            (2, "项目名称"), (3, "建设性质"), (4, "行业领域"), (5, "总投资(万元)"), (6, "年度计划投资(万元)"), (7, "计划开工时间"), (8, "计划开工时间"),
            (9, "责任单位"), (11, "项目代码"), (13, "项目名称"), (14, "年度计划投资(万元)"), (15, "计划竣工时间"), (16, "联系电话"),
            (17, "项目名称"), (18, "序号"), (18, "计划开工时间"),
        ], ignoreOrder: true);
        failure.Problems.ShouldAllBe(p => p.Message.Length > 0);
        failure.Problems.Single(p => p.Row == 5).Value.ShouldBe("三千万");
        failure.Problems.Single(p => p.Row == 13).Message.ShouldContain("第 12 行");
        failure.Problems.Single(p => p.Row == 17).Message.ShouldContain("尚未入库");
        plan.TotalCount.ShouldBe(0);
        library.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task The_error_workbook_is_the_users_file_with_the_bad_cells_marked()
    {
        using var fgw = await app.SignInAsync("fgw");
        var rows = new[] { PlanWorkbooks.Row(ProjectForms.UniqueName("甲"), start: "2034-03"), PlanWorkbooks.Row(ProjectForms.UniqueName("乙"), type: "改建", start: "2034-03") };

        var response = await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2034/import/errors", PlanWorkbooks.Build(rows), "我的计划.xlsx");
        var marked = await response.Content.ReadAsByteArrayAsync();
        var noErrors = await (await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2034/import/errors", PlanWorkbooks.Build(rows.Take(1)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("我的计划-错误标注.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(marked), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        cells["D3"].StyleIndex.ShouldNotBeNull();
        cells["Q1"].InnerText.ShouldBe("错误说明");
        cells["Q3"].InnerText.ShouldStartWith("建设性质：");
        cells.ContainsKey("Q2").ShouldBeFalse();
        noErrors.Code.ShouldBe("ImportHasNoErrors");
    }

    [Fact]
    public async Task A_file_without_a_required_column_or_that_is_no_workbook_is_refused()
    {
        using var fgw = await app.SignInAsync("fgw");
        var row = PlanWorkbooks.Row(ProjectForms.UniqueName("缺列"), start: "2035-03");
        row.Remove("责任单位");

        var missing = await (await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2035/import", PlanWorkbooks.Build([row]))).ShouldFailAsync();
        var notWorkbook = await (await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2035/import", "项目名称,建设性质"u8.ToArray(), "plan.csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        missing.Problems.ShouldBe([new ImportProblemRow(1, "责任单位", null, "缺少必填列「责任单位」")]);
        notWorkbook.Code.ShouldBe("ImportNotWorkbook");
    }

    [Fact]
    public async Task Only_the_commission_imports_and_a_unit_exports_only_its_own_projects()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        const int year = 2036;
        var own = ProjectForms.UniqueName("城投停车场");
        var workbook = PlanWorkbooks.Build([PlanWorkbooks.Row(own, start: $"{year}-03", unit: "区城市建设投资有限公司", town: null), PlanWorkbooks.Row(ProjectForms.UniqueName("别人的路"), start: $"{year}-03", town: null)]);
        (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await PlanWorkbooks.PostAsync(unit, $"/api/reserve/plans/{year}/import", workbook);
        var export = await unit.GetAsync($"/api/reserve/plans/{year}/export");
        var rows = MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        rows.Select(r => r["项目名称"]).ShouldBe([own]);
    }

    private static async Task AddDirectAsync(ApiSession fgw, int year, string name)
    {
        var response = await fgw.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type = "ToStart",
            plannedInvestment = 1_000_000m,
            plannedStartMonth = $"{year}-09-01",
            newProject = await ProjectForms.FormAsync(fgw, name, total: 50_000_000m),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

public sealed class PlanImportTestsOnSqlite(SqliteApp app) : PlanImportTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PlanImportTestsOnPostgres(PostgresApp app) : PlanImportTests<PostgresApp>(app);
