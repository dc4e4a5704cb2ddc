using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record SkippedRowDto(int Row, string Reason, string? Text);

public sealed record LayoutImportResult(int Rows, int CreatedProjects, int AddedEntries, int UnchangedEntries, List<string> Warnings, List<SkippedRowDto> Skipped);

public sealed record CappedFailure(string? Detail, int ProblemCount, List<ImportProblemRow> Problems);

/// <summary>年度重点项目计划表 as district offices send it, and what one import may cost.</summary>
public abstract class PlanImportLayoutTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task A_plan_in_the_district_layout_imports_and_the_bare_export_re_imports_unchanged()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2037;
        var (road, school, park) = (ProjectForms.UniqueName("湟中路"), ProjectForms.UniqueName("西城小学"), ProjectForms.UniqueName("驿州湿地公园"));
        string[] header = ["序号", "建设项目名称", "行业", "建设地点", "计划总投资（亿元）", $"{year}年计划投资", "计划开工", "牵头单位", "备注"];
        var workbook = DistrictWorkbook.WithTitle(
            $"平安区{year}年重点项目建设计划表",
            header,
            ["一、续建项目（1个）", null, null, null, 1.2, 2000],
            [1, road, "交通", "平安镇", "1.2", "2,000", null, "区住房和城乡建设局"],
            [],
            ["二、新建项目（2个）", null, null, null, 0.5, 1300],
            [2, school, "教育", "小峡镇", 0.3, "1000万元", $"{year}-04", "区教育局", "改薄"],
            [3, park, "生态", "三合镇", "0.2亿元", 300, $"{year}年6月", "区生态环境局"],
            ["合计", null, null, null, 1.7, 3300]);

        var first = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).ReadJsonAsync<LayoutImportResult>(HttpStatusCode.OK);
        var export = await (await fgw.GetAsync($"/api/reserve/plans/{year}/export")).Content.ReadAsByteArrayAsync();
        var bare = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", export)).ReadJsonAsync<LayoutImportResult>(HttpStatusCode.OK);
        var again = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).ReadJsonAsync<LayoutImportResult>(HttpStatusCode.OK);
        var plan = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");

        first.ShouldBe(first with { Rows = 3, CreatedProjects = 3, AddedEntries = 3 });
        first.Skipped.Select(s => (s.Row, s.Reason)).ShouldBe([(4, "分组行"), (6, "空行"), (7, "分组行"), (10, "小计/合计行")]);
        first.Warnings.ShouldContain("以下列不属于模板，已忽略：备注");
        first.Warnings.ShouldContain("「计划总投资（亿元）」第 9 行按亿元换算为万元导入");
        first.Warnings.ShouldContain("「建设性质」第 5 行未填写，按所在分组「一、续建项目（1个）」取为续建");
        first.Warnings.ShouldContain("「建设性质」第 8、9 行未填写，按所在分组「二、新建项目（2个）」取为新建");
        bare.ShouldBe(bare with { CreatedProjects = 0, AddedEntries = 0, UnchangedEntries = 3 });
        again.ShouldBe(again with { CreatedProjects = 0, AddedEntries = 0, UnchangedEntries = 3 });
        var byName = plan.Items.ToDictionary(e => e.Project.Name);
        byName[road].Type.ShouldBe("Continuing");
        byName[road].Project.TotalInvestment.ShouldBe(120_000_000m);
        byName[road].PlannedInvestment.ShouldBe(20_000_000m);
        byName[school].Type.ShouldBe("New");
        byName[school].Project.TotalInvestment.ShouldBe(30_000_000m);
        byName[school].PlannedInvestment.ShouldBe(10_000_000m);
        byName[school].PlannedStartMonth.ShouldBe(new DateOnly(year, 4, 1));
        byName[park].Project.TotalInvestment.ShouldBe(20_000_000m);
        byName[park].Project.TownName.ShouldBe("三合镇");
    }

    [Fact]
    public async Task A_duplicate_is_reported_even_on_a_row_that_has_other_problems()
    {
        using var fgw = await app.SignInAsync("fgw");
        var twice = ProjectForms.UniqueName("重复的路");
        var workbook = PlanWorkbooks.Build(
        [
            PlanWorkbooks.Row(twice, start: "2038-03"),
            PlanWorkbooks.Row(twice, type: "改建", total: "很多", start: "2038-03"),
        ]);

        var failure = await (await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2038/import", workbook)).ShouldFailAsync();

        failure.Problems.Where(p => p.Row == 3).Select(p => p.Column).ShouldBe(["建设性质", "总投资(万元)", "项目名称"], ignoreOrder: true);
        failure.Problems.Single(p => p.Row == 3 && p.Column == "项目名称").Message.ShouldContain("第 2 行");
    }

    [Fact]
    public async Task A_sheet_over_the_row_limit_is_refused_and_changes_nothing()
    {
        using var fgw = await app.SignInAsync("fgw");
        var rows = Enumerable.Range(1, 20_001).Select(i => new Dictionary<string, object?> { ["项目名称"] = "洪水" + i, ["建设性质"] = "新建" });

        var refused = await (await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2039/import", PlanWorkbooks.Build(rows))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var plan = await fgw.GetJsonAsync<Page<PlanEntryRow>>("/api/reserve/plans/2039/entries");

        refused.Code.ShouldBe("ImportTooLarge");
        refused.Detail.ShouldBe("工作表超过导入上限（20000 行数据），未作任何修改。请删除多余的行，或拆分为多个文件分别导入。");
        plan.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task An_answer_lists_the_first_thousand_problems_and_counts_them_all()
    {
        using var fgw = await app.SignInAsync("fgw");
        var rows = Enumerable.Range(1, 1_200).Select(i => PlanWorkbooks.Row(ProjectForms.UniqueName("坏" + i), type: "改建", start: "2039-03"));

        var response = await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2039/import", PlanWorkbooks.Build(rows));
        var failure = JsonSerializer.Deserialize<CappedFailure>(await response.Content.ReadAsStringAsync(), ApiSession.Json)!;

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        failure.ProblemCount.ShouldBe(1_200);
        failure.Problems.Count.ShouldBe(1_000);
        failure.Problems.Select(p => p.Row).ShouldBe(Enumerable.Range(2, 1_000));
        failure.Detail!.ShouldContain("此处列出前 1000 处");
    }

    [Fact]
    public async Task A_users_second_import_while_the_first_is_still_running_is_refused_at_once()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var other = await app.SignInAsync("admin", DemoPasswords.Admin);
        var upload = new HeldUpload();
        var first = fgw.Client.PostAsync("/api/reserve/plans/2040/import", upload.Content());
        await upload.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var second = await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2040/import", PlanWorkbooks.Build([PlanWorkbooks.Row(ProjectForms.UniqueName("第二个"), start: "2040-03")]));
        var someoneElse = await PlanWorkbooks.PostAsync(other, "/api/reserve/plans/2040/import/errors", PlanWorkbooks.Build([PlanWorkbooks.Row(ProjectForms.UniqueName("别人"), type: "改建", start: "2040-03")]));
        upload.Release();
        var firstAnswer = await first;
        var afterwards = await PlanWorkbooks.PostAsync(fgw, "/api/reserve/plans/2040/import/errors", PlanWorkbooks.Build([PlanWorkbooks.Row(ProjectForms.UniqueName("之后"), type: "改建", start: "2040-03")]));

        (await second.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).Code.ShouldBe("ImportInProgress");
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.OK);
        firstAnswer.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the held body was never a workbook
        afterwards.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A multipart upload whose body stays open until released: the import is "running" meanwhile.</summary>
    private sealed class HeldUpload
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => release.TrySetResult();

        public MultipartFormDataContent Content()
        {
            var file = new HeldContent(this);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return new MultipartFormDataContent { { file, "file", "慢.xlsx" } };
        }

        private sealed class HeldContent(HeldUpload upload) : HttpContent
        {
            protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
            {
                await stream.WriteAsync("PK"u8.ToArray());
                await stream.FlushAsync();
                upload.Started.TrySetResult();
                await upload.release.Task;
            }

            protected override bool TryComputeLength(out long length)
            {
                length = -1;
                return false;
            }
        }
    }
}

public sealed class PlanImportLayoutTestsOnSqlite(SqliteApp app) : PlanImportLayoutTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PlanImportLayoutTestsOnPostgres(PostgresApp app) : PlanImportLayoutTests<PostgresApp>(app);
