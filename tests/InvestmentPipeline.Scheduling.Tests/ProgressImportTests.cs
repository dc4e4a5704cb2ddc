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
