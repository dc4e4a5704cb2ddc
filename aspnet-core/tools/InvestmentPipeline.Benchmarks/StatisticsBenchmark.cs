using System.Data.Common;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestmentPipeline.Benchmarks;

/// <summary>
/// 调度统计 over a large plan: N plan projects with 12 months of reports (loaded through the real imports), then the
/// statistics endpoint's p50/p95, against the same aggregate as raw SQL in the same run (the floor; the ratio says how
/// much the endpoint's in-memory computation and HTTP cost on top); then the warning evaluation over the same plan.
/// </summary>
internal static class StatisticsBenchmark
{
    private const int Year = 2025;
    private const int Runs = 20;

    public static async Task RunAsync(int projects, DatabaseKind kind)
    {
        var app = await Measure.StartAsync(kind);
        using var admin = await app.AdminAsync();
        Console.WriteLine($"调度统计基准：{projects} 个计划项目 × 12 个月进展");
        await Measure.OnceAsync("导入年度计划", () => Measure.UploadAsync(admin, $"/api/reserve/plans/{Year}/import",
            PlanImportBenchmark.PlanWorkbook(projects, Year, allNew: true), "基准计划.xlsx"));
        for (var month = 1; month <= 12; month++)
        {
            var sheet = ProgressWorkbook(projects, month);
            await Measure.OnceAsync($"导入 {month} 月进展", () => Measure.UploadAsync(admin, $"/api/scheduling/progress/{Year}/import", sheet, "基准进展.xlsx"));
        }

        foreach (var month in new[] { 6, 12 })
        {
            var (p50, p95) = await Measure.PercentilesAsync(Runs, async () =>
            {
                using var response = await admin.Client.GetAsync($"/api/scheduling/statistics?year={Year}&month={month}");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            });
            var database = app.Services.GetRequiredService<DatabaseOptions>();
            var (sqlP50, sqlP95) = await Measure.PercentilesAsync(Runs, () => RawAggregateAsync(database, month));
            Console.WriteLine($"统计接口 {month} 月：p50 {p50:N0} ms，p95 {p95:N0} ms；同口径原生 SQL：p50 {sqlP50:N0} ms，p95 {sqlP95:N0} ms；p50 比值 {p50 / sqlP50:N1}");
        }

        // The first evaluation raises most warnings; the second, a month later, updates them (the nightly job's usual work).
        foreach (var month in new[] { 6, 7 })
        {
            var response = await Measure.OnceAsync($"预警评估 {month} 月", () => admin.PostAsync("/api/scheduling/warnings/evaluations", new { year = Year, month }));
            Console.WriteLine($"  评估结果：{await response.Content.ReadAsStringAsync()}");
        }

        await Measure.StopAsync(app);
    }

    /// <summary>开复工 counts by type from each project's latest report up to the month, and the year's investment to it.</summary>
    private static async Task RawAggregateAsync(DatabaseOptions database, int month)
    {
        var (reports, entries) = database.IsPostgres
            ? ("scheduling.\"Scheduling_MonthlyReports\"", "reserve.\"Reserve_PlanEntries\"")
            : ("\"Scheduling_MonthlyReports\"", "\"Reserve_PlanEntries\"");
        var sql = $"""
            SELECT e."Type", COUNT(*), SUM(CASE WHEN r."Status" IN ('Started','Resumed','Completed') THEN 1 ELSE 0 END), SUM(e."PlannedInvestment"), SUM(t.total)
            FROM {entries} e
            LEFT JOIN (SELECT "ProjectId", MAX("Month") AS last, SUM("InvestmentThisMonth") AS total FROM {reports}
                       WHERE "Year" = {Year} AND "Month" <= {month} GROUP BY "ProjectId") t ON t."ProjectId" = e."ProjectId"
            LEFT JOIN {reports} r ON r."ProjectId" = e."ProjectId" AND r."Year" = {Year} AND r."Month" = t.last
            WHERE e."Year" = {Year}
            GROUP BY e."Type"
            """;
        await using DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.DefaultConnection) : new SqliteConnection(database.DefaultConnection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static byte[] ProgressWorkbook(int projects, int month) => Measure.Workbook(Enumerable.Range(1, projects).Select(i => new Dictionary<string, object?>
    {
        ["项目名称"] = $"基准项目{i:D5}号",
        ["项目代码"] = $"{Year}-630203-48-01-{i:D6}",
        ["报告月份"] = $"{Year}-{month:D2}",
        ["本月完成投资(万元)"] = i % 4 == 0 && month < 4 ? 0 : 10,
        ["开复工状态"] = i % 4 == 0 && month < 4 ? "未开工" : "已开工",
        ["实际开(复)工时间"] = i % 4 == 0 && month < 4 ? null : i % 4 == 0 ? $"{Year}-04-05" : $"{Year}-01-05",
        ["形象进度"] = "施工中",
        ["是否入库"] = "是",
    }), "项目月度进展表");
}
