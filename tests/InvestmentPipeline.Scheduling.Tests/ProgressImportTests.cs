using System.Net;
using MiniExcelLibs;

namespace InvestmentPipeline.Scheduling.Tests;

public abstract class ProgressImportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private const int Year = 2025;
    private const string ImportUrl = "/api/scheduling/progress/2025/import";

    [Fact]
    public async Task A_good_sheet_is_imported_and_importing_it_or_a_months_export_again_changes_nothing()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var name = ProgressFixtures.UniqueName("导入道路");
        await ProgressFixtures.PlanProjectAsync(fgw, Year, name);
        var workbook = ProgressFixtures.Workbook(
        [
            ProgressFixtures.Row(name, "2025-01", 0, "未开工", inStatistics: "否", problem: "征地未完成", category: "用地未落实"),
            ProgressFixtures.Row(name + " 项目", "2025年2月", 120.5, "已开工", startDate: "2025/2/18", cumulative: 120.5),
            ProgressFixtures.Row(name, "2025-03", "300", "已开工", startDate: "2025年2月18日", cumulative: 420.5),
        ]);

        var first = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, workbook)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var again = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, workbook)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var export = await (await unit.GetAsync($"/api/scheduling/progress/{Year}/3/export")).Content.ReadAsByteArrayAsync();
        var reimported = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, export)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var march = await unit.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/3?search={name}");
        var exported = MiniExcel.Query(new MemoryStream(export), useHeaderRow: true).Cast<IDictionary<string, object>>().Single(r => Equals(r["项目名称"], name));

        first.ShouldBe(first with { Rows = 3, Added = 3, Updated = 0, Unchanged = 0 });
        again.ShouldBe(again with { Added = 0, Updated = 0, Unchanged = 3 });
        reimported.Unchanged.ShouldBeGreaterThanOrEqualTo(1);
        reimported.Added.ShouldBe(0);
        reimported.Updated.ShouldBe(0);
        march.Items.Single().CumulativeThisYear.ShouldBe(4_205_000m);
        march.Items.Single().Report!.ActualStartDate.ShouldBe(new DateOnly(2025, 2, 18));
        exported["累计完成投资(万元)"].ShouldBe(420.5m);
        exported["开复工状态"].ShouldBe("已开工");
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_changes_nothing_and_reports_every_problem()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var name = ProgressFixtures.UniqueName("错误");
        var continuing = ProgressFixtures.UniqueName("续建");
        await ProgressFixtures.PlanProjectAsync(fgw, Year, name);
        await ProgressFixtures.PlanProjectAsync(fgw, Year, continuing, "Continuing");
        var rows = new List<Dictionary<string, object?>>
        {
            ProgressFixtures.Row("", "2025-01", 1, "未开工"),                                              // 2: 项目名称 missing
            ProgressFixtures.Row(ProgressFixtures.UniqueName("不在计划"), "2025-01", 1, "未开工"),          // 3: not in the plan
            ProgressFixtures.Row(name, "明年", 1, "未开工"),                                               // 4: not a month
            ProgressFixtures.Row(name, "2024-12", 1, "未开工"),                                            // 5: outside the year
            ProgressFixtures.Row(name, "2025-02", -1, "未开工"),                                           // 6: negative
            ProgressFixtures.Row(name, "2025-03", "一百", "未开工"),                                        // 7: not a number
            ProgressFixtures.Row(name, "2025-04", 1, "快开工了"),                                          // 8: not a status
            ProgressFixtures.Row(continuing, "2025-01", 1, "已开工", startDate: "2025-01-05"),             // 9: 续建 "started"
            ProgressFixtures.Row(name, "2025-05", 1, "已开工"),                                            // 10: started without a date
            ProgressFixtures.Row(name, "2025-06", 1, "已开工", startDate: "六月"),                          // 11: not a date
            ProgressFixtures.Row(name, "2025-07", 1, "已开工", startDate: "2025-08-01"),                   // 12: after the month
            ProgressFixtures.Row(name, "2025-08", 1, "未开工", problem: "资金缺口"),                        // 13: problem without category
            ProgressFixtures.Row(name, "2025-09", 1, "未开工", problem: "资金缺口", category: "天气"),       // 14: unknown category
            ProgressFixtures.Row(name, "2025-10", 1, "未开工", inStatistics: "也许"),                       // 15: not 是/否
            ProgressFixtures.Row(continuing, "2025-02", 1, "未复工", cumulative: 5),                       // 16: cumulative ≠ months
            ProgressFixtures.Row(continuing, "2025-02", 1, "未复工"),                                      // 17: same project and month twice
        };

        var failure = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, ProgressFixtures.Workbook(rows))).ShouldFailAsync();
        var january = await unit.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/1?search={continuing}");

        failure.Code.ShouldBe("ImportInvalid");
        failure.Problems.Select(p => (p.Row, p.Column)).ShouldBe(
        [
            (2, "项目名称"), (3, "项目名称"), (4, "报告月份"), (5, "报告月份"), (6, "本月完成投资(万元)"), (7, "本月完成投资(万元)"), (8, "开复工状态"),
            (9, "开复工状态"), (10, "实际开(复)工时间"), (11, "实际开(复)工时间"), (12, "实际开(复)工时间"), (13, "问题类别"), (14, "问题类别"),
            (15, "是否入库"), (16, "累计完成投资(万元)"), (17, "报告月份"),
        ], ignoreOrder: true);
        failure.Problems.Single(p => p.Row == 16).Message.ShouldContain("2 万元");
        january.Items.Single().Report.ShouldBeNull();
    }

    [Fact]
    public async Task A_sheet_in_the_district_layout_imports_and_a_duplicate_is_reported_even_on_a_row_with_other_problems()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var (road, park) = (ProgressFixtures.UniqueName("版式道路"), ProgressFixtures.UniqueName("版式公园"));
        await ProgressFixtures.PlanProjectAsync(fgw, Year, road, "Continuing");
        await ProgressFixtures.PlanProjectAsync(fgw, Year, park);
        string[] header = ["序号", "建设项目名称", "月份", "本月完成投资", "累计完成投资", "开(复)工状态", "实际开复工时间", "工程形象进度", "存在的问题", "问题分类"];
        var laidOut = DistrictWorkbook.WithTitle(
            "平安区重点项目2025年1月进展情况表",
            header,
            ["一、续建项目"],
            [1, road, "2025年1月", "1,200.5", "1200.5万元", "已复工", "2025-01-06", "路基施工"],
            ["二、新建项目"],
            [2, park, "2025-01", "０", null, "未开工", null, null, "征收协议未签", "拆迁未完成"],
            ["合计", null, null, 1200.5]);
        var twice = DistrictWorkbook.WithTitle(
            "平安区重点项目2025年2月进展情况表",
            header,
            [1, park, "2025-02", 10, null, "未开工"],
            [2, park, "2025-02", "很多", null, "快开工了"]);

        var result = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, laidOut)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var failure = await (await ProgressFixtures.UploadAsync(unit, ImportUrl, twice)).ShouldFailAsync();
        var january = await unit.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/1?search={road}");

        result.ShouldBe(result with { Rows = 2, Added = 2 });
        january.Items.Single().Report!.InvestmentThisMonth.ShouldBe(12_005_000m);
        failure.Problems.Where(p => p.Row == 5).Select(p => p.Column).ShouldBe(["本月完成投资", "开(复)工状态", "月份"], ignoreOrder: true);
        failure.Problems.Single(p => p.Row == 5 && p.Column == "月份").Message.ShouldContain("第 4 行");
    }

    [Fact]
    public async Task Only_units_with_the_report_permission_import()
    {
        using var leader = await app.SignInAsync("qld");

        var response = await ProgressFixtures.UploadAsync(leader, ImportUrl, ProgressFixtures.Workbook([ProgressFixtures.Row("任意", "2025-01", 1, "未开工")]));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class ProgressImportTestsOnSqlite(SqliteApp app) : ProgressImportTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ProgressImportTestsOnPostgres(PostgresApp app) : ProgressImportTests<PostgresApp>(app);
