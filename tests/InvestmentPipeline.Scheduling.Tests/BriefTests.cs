using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record BriefRow(Guid Id, int Year, int Month, string Title, string? GeneratedBy);

public sealed record BriefFigures(int NewCount, int NewStartedCount, decimal? StartRate, decimal? ResumeRate, decimal? StartOrResumeRate, decimal InvestmentCompleted);

public sealed record BriefLine(string Name, string? ProblemCategory, string? Problem);

public sealed record BriefWarning(string ProjectName, string Rule, string Data, int SinceMonth);

public sealed record BriefFollowUp(string ProjectName, string Matter, string Department, DateOnly Deadline, string Status, bool Overdue);

public sealed record BriefSnapshotRow(int Year, int Month, string Title, BriefFigures Figures, List<BriefLine> NotStarted, List<BriefLine> NotInStatistics,
    List<BriefWarning> Red, List<BriefWarning> Yellow, int? WarningsEvaluatedMonth, List<BriefFollowUp> Problems);

/// <summary>
/// The 调度会通报 of a hand-computed half year (2018, only this test's projects): its figures in the .docx, and the
/// stored snapshot that keeps them after the unit revises a month.
/// </summary>
public abstract class BriefTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private const int Year = 2018;

    private static string TextOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.ChildElements.SelectMany(e => e is Table table
            ? table.Elements<TableRow>().Select(row => string.Join(" | ", row.Elements<TableCell>().Select(c => c.InnerText)))
            : [e.InnerText]));
    }

    private static List<string> Headings(string text) =>
        text.Split('\n').Where(line => line.Length > 2 && "一二三四五六七八九十".Contains(line[0], StringComparison.Ordinal) && line[1] == '、').ToList();

    private static async Task<byte[]> DocumentAsync(ApiSession session, Guid id)
    {
        var response = await session.GetAsync($"/api/scheduling/briefs/{id}/document");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_brief_carries_the_half_years_figures_causes_and_warnings_and_reopens_unchanged_after_a_revision()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var started = ProgressFixtures.UniqueName("通报已开工");
        var waiting = ProgressFixtures.UniqueName("通报未开工");
        var a = await ProgressFixtures.PlanProjectAsync(fgw, Year, started);       // 新建, plan 1,000 万元, start March
        var b = await ProgressFixtures.PlanProjectAsync(fgw, Year, waiting);
        var c = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("通报续建"), "Continuing");
        await Put(unit, 3, a, new { investmentThisMonth = 2_000_000m, status = "Started", actualStartDate = "2018-03-12", inStatistics = false });
        await Put(unit, 3, b, new { investmentThisMonth = 0m, status = "NotStarted", problem = "东侧 12 户未签约", problemCategoryCode = "DEMOLITION" });
        await Put(unit, 2, c, new { investmentThisMonth = 1_000_000m, status = "Resumed", actualStartDate = "2018-02-01", inStatistics = true });
        (await fgw.PostAsync("/api/scheduling/warnings/evaluations", new { year = Year, month = 8 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var deadline = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime).AddDays(20);
        (await fgw.PostAsync("/api/scheduling/problems", new
        {
            year = Year, projectId = b, categoryCode = "DEMOLITION", description = "东侧房屋征收协议未签订",
            assignedDepartmentId = await TestUsers.DepartmentIdAsync(fgw, "NRB"), deadline,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var byUnit = await unit.PostAsync("/api/scheduling/briefs", new { year = Year, month = 6 });
        var future = await fgw.PostAsync("/api/scheduling/briefs", new { year = 2099, month = 6 });
        var brief = await (await fgw.PostAsync("/api/scheduling/briefs", new { year = Year, month = 6 })).ReadJsonAsync<BriefRow>(HttpStatusCode.Created);
        var snapshot = await unit.GetJsonAsync<BriefSnapshotRow>($"/api/scheduling/briefs/{brief.Id}");
        var text = TextOf(await DocumentAsync(unit, brief.Id));

        byUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await future.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.BriefPeriod");
        brief.Title.ShouldBe("2018年1-6月全区重点项目推进情况通报");
        snapshot.Figures.ShouldBe(new BriefFigures(2, 1, 0.5m, 1m, 0.6667m, 3_000_000m));
        snapshot.NotStarted.Single().ShouldBe(new BriefLine(waiting, "拆迁未完成", "东侧 12 户未签约"));
        snapshot.NotInStatistics.Single().Name.ShouldBe(started);
        snapshot.WarningsEvaluatedMonth.ShouldBe(8);
        snapshot.Problems.Single().ShouldBe(new BriefFollowUp(waiting, "拆迁未完成：东侧房屋征收协议未签订", "区自然资源局", deadline, "已交办", false));
        snapshot.Red.ShouldContain(w => w.ProjectName == waiting && w.Rule == "开工预警" && w.SinceMonth == 8);
        text.ShouldContain("2018年1-6月全区重点项目推进情况通报");
        text.ShouldContain("其中新建项目 2 个，已开工 1 个，开工率 50.00%；续建项目 1 个，已复工 1 个，复工率 100.00%；开复工率 66.67%。");
        text.ShouldContain("累计完成区管投资 300.00 万元，占年度计划的 10.00%，时序进度 50.00%，落后时序进度 40.0 个百分点。");
        text.ShouldContain("开复工率 | 新建项目已开工数 + 续建项目已复工数 | 新建项目数 + 续建项目数"); // the definition beside the figure
        text.ShouldContain($"1 | {waiting} | 新建 | 区城市建设投资有限公司 | 2018年3月 | 拆迁未完成 | 东侧 12 户未签约");
        text.ShouldContain($"{waiting} | 区城市建设投资有限公司 | 开工预警 | 计划2018年3月开工，截至2018年8月末仍未开工");
        text.ShouldContain($"七、需协调解决的问题\n序号 | 项目名称 | 问题 | 交办单位 | 期限 | 状态\n1 | {waiting} | 拆迁未完成：东侧房屋征收协议未签订 | 区自然资源局 | {deadline:yyyy-MM-dd} | 已交办");
        text.ShouldContain("八、督查整改事项\n无。");
        // without targets the sections still count on: 一 to 八, no number skipped
        Headings(text).ShouldBe(["一、总体情况", "二、统计口径", "三、未开(复)工项目及原因", "四、已开工未入库项目", "五、红色预警项目", "六、黄色预警项目", "七、需协调解决的问题", "八、督查整改事项"]);

        // The unit revises June after the meeting: the brief keeps what was known then; a new one shows the revision.
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await Put(unit, 6, b, new { investmentThisMonth = 1_000_000m, status = "Started", actualStartDate = "2018-06-20", inStatistics = true });
        var reopened = TextOf(await DocumentAsync(fgw, brief.Id));
        var revised = await (await fgw.PostAsync("/api/scheduling/briefs", new { year = Year, month = 6 })).ReadJsonAsync<BriefRow>(HttpStatusCode.Created);
        var revisedSnapshot = await fgw.GetJsonAsync<BriefSnapshotRow>($"/api/scheduling/briefs/{revised.Id}");
        var list = await unit.GetJsonAsync<Page<BriefRow>>($"/api/scheduling/briefs?year={Year}");

        reopened.ShouldBe(text);
        revisedSnapshot.Figures.StartRate.ShouldBe(1m);
        revisedSnapshot.NotStarted.ShouldBeEmpty();
        list.Items.Select(i => i.Id).ShouldBe([revised.Id, brief.Id]);
        (await unit.GetAsync($"/api/scheduling/briefs/{Guid.NewGuid()}/document")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task Put(ApiSession unit, int month, Guid project, object body)
    {
        var response = await unit.PutAsync($"/api/scheduling/progress/{Year}/{month}/{project}", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class BriefTestsOnSqlite(SqliteApp app) : BriefTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class BriefTestsOnPostgres(PostgresApp app) : BriefTests<PostgresApp>(app);
