using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record CriterionRow(Guid Id, string Code, string Name, int Weight, string Kind, bool IsActive, int SortOrder, Guid ConcurrencyStamp);

public sealed record AssessmentScoreRow(Guid CriterionId, string Name, int Weight, int? Score, string? Note, DateTime? AssessedAt, Guid? ConcurrencyStamp);

public sealed record AssessmentRow(Guid ProjectId, string ProjectName, List<AssessmentScoreRow> Scores);

public sealed record CriterionScoreRow(Guid CriterionId, string Name, string Kind, int Weight, decimal Score, decimal Contribution, bool Assessed);

public sealed record RankedRow(int Rank, ProjectRow Project, decimal Score, string Reason, List<CriterionScoreRow> Criteria);

/// <summary>Library projects a test owns: created from the standard form, submitted and accepted by the commission.</summary>
public static class LibraryProjects
{
    public static async Task<(ProjectRow Project, JsonObject Form)> AcceptedAsync(ApiSession submitter, ApiSession commission, string name, string department = "HUD")
    {
        var form = JsonSerializer.SerializeToNode(await ProjectForms.FormAsync(submitter, name, department))!.AsObject();
        var draft = await (await submitter.PostAsync("/api/reserve/projects", form)).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        var submitted = await (await submitter.PostAsync($"/api/reserve/projects/{draft.Id}/submit", new { concurrencyStamp = draft.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        var accepted = await (await commission.PostAsync($"/api/reserve/projects/{draft.Id}/review", new { decision = "Accept", concurrencyStamp = submitted.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        return (accepted, form);
    }
}

public abstract class RankingTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private async Task<AssessmentRow> ScoreAsync(ApiSession commission, Guid projectId, params (string Name, int Score)[] scores)
    {
        var current = await commission.GetJsonAsync<AssessmentRow>($"/api/reserve/projects/{projectId}/assessment");
        var body = new
        {
            scores = scores.Select(s => current.Scores.Single(c => c.Name == s.Name))
                .Select((c, i) => new { criterionId = c.CriterionId, score = scores[i].Score, note = "评审会意见", concurrencyStamp = c.ConcurrencyStamp }),
        };
        return await (await commission.PutAsync($"/api/reserve/projects/{projectId}/assessment", body)).ReadJsonAsync<AssessmentRow>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_commission_scores_projects_and_the_ranking_orders_and_explains_them()
    {
        using var fgw = await app.SignInAsync("fgw");
        var prefix = ProjectForms.UniqueName("排序");
        var (strong, _) = await LibraryProjects.AcceptedAsync(fgw, fgw, prefix + "甲");
        var (weak, _) = await LibraryProjects.AcceptedAsync(fgw, fgw, prefix + "乙");

        await ScoreAsync(fgw, weak.Id, ("政策契合度", 50));
        var scored = await ScoreAsync(fgw, strong.Id, ("政策契合度", 100), ("经济效益", 100), ("社会效益", 100));
        var ranking = await fgw.GetJsonAsync<Page<RankedRow>>($"/api/reserve/ranking?search={prefix}");
        var secondPage = await fgw.GetJsonAsync<Page<RankedRow>>($"/api/reserve/ranking?search={prefix}&page=2&pageSize=1");

        scored.Scores.ShouldAllBe(s => s.Score == 100 && s.Note == "评审会意见" && s.ConcurrencyStamp != null);
        ranking.TotalCount.ShouldBe(2);
        ranking.Items.Select(r => (r.Rank, r.Project.Id)).ShouldBe([(1, strong.Id), (2, weak.Id)]);
        // 前期 (70) × 25 + 6 of 10 million secured (60) × 15, plus the commission's scores.
        ranking.Items[0].Score.ShouldBe(86.5m);
        ranking.Items[0].Reason.ShouldBe("最强的是「政策契合度」（100 分），最弱的是「资金落实度」（60 分）。");
        ranking.Items[1].Score.ShouldBe(39m);
        ranking.Items[1].Criteria.Where(c => !c.Assessed).Select(c => c.Name).ShouldBe(["经济效益", "社会效益"]);
        ranking.Items[1].Reason.ShouldEndWith("「经济效益」、「社会效益」未评分，按 0 分计。");
        ranking.Items[0].Criteria.Sum(c => c.Contribution).ShouldBe(86.5m);
        secondPage.Items.ShouldHaveSingleItem().Rank.ShouldBe(2);
    }

    [Fact]
    public async Task Stale_or_invalid_scores_are_refused()
    {
        using var fgw = await app.SignInAsync("fgw");
        var (project, _) = await LibraryProjects.AcceptedAsync(fgw, fgw, ProjectForms.UniqueName("评分并发"));
        var draft = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("草稿")))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        var before = await fgw.GetJsonAsync<AssessmentRow>($"/api/reserve/projects/{project.Id}/assessment");
        var policy = before.Scores.Single(s => s.Name == "政策契合度");
        var criteria = await fgw.GetJsonAsync<List<CriterionRow>>("/api/reserve/ranking/criteria");
        var maturity = criteria.Single(c => c.Kind == "Maturity");

        await ScoreAsync(fgw, project.Id, ("政策契合度", 80));
        var stale = await (await fgw.PutAsync($"/api/reserve/projects/{project.Id}/assessment", new { scores = new[] { new { criterionId = policy.CriterionId, score = 90, concurrencyStamp = policy.ConcurrencyStamp } } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var outOfRange = await (await fgw.PutAsync($"/api/reserve/projects/{project.Id}/assessment", new { scores = new[] { new { criterionId = policy.CriterionId, score = 101 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var computed = await (await fgw.PutAsync($"/api/reserve/projects/{project.Id}/assessment", new { scores = new[] { new { criterionId = maturity.Id, score = 100 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var notInLibrary = await (await fgw.PutAsync($"/api/reserve/projects/{draft.Id}/assessment", new { scores = new[] { new { criterionId = policy.CriterionId, score = 60 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        policy.Score.ShouldBeNull();
        stale.Detail.ShouldBe("该项目的评分已被他人修改，请刷新后重试。");
        outOfRange.Errors!["scores[0].score"].ShouldBe(["评分须在 0 到 100 之间"]);
        computed.Code.ShouldBe("Reserve.CriterionNotAssessed");
        notInLibrary.Code.ShouldBe("Reserve.ProjectNotRankable");
        (await fgw.GetJsonAsync<AssessmentRow>($"/api/reserve/projects/{project.Id}/assessment")).Scores.Single(s => s.Name == "政策契合度").Score.ShouldBe(80);
    }

    [Fact]
    public async Task A_unit_ranks_and_matches_only_its_own_projects_and_neither_scores_nor_edits_criteria()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var (own, _) = await LibraryProjects.AcceptedAsync(unit, fgw, ProjectForms.UniqueName("城投排序"), department: "UCI");
        var criteria = await unit.GetJsonAsync<List<CriterionRow>>("/api/reserve/ranking/criteria");

        var ranking = await unit.GetJsonAsync<Page<RankedRow>>("/api/reserve/ranking?pageSize=200");
        var match = await unit.GetJsonAsync<FundingMatchRow>("/api/reserve/funding-match?channel=DistrictFinance&pageSize=200");
        var everything = await fgw.GetJsonAsync<Page<RankedRow>>("/api/reserve/ranking?pageSize=200");

        ranking.Items.ShouldContain(r => r.Project.Id == own.Id);
        ranking.Items.ShouldAllBe(r => r.Project.ResponsibleDepartmentName == "区城市建设投资有限公司");
        ranking.Items.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, ranking.Items.Count));
        match.Items.ShouldContain(m => m.Project.Id == own.Id);
        match.Items.ShouldAllBe(m => m.Project.ResponsibleDepartmentName == "区城市建设投资有限公司");
        everything.Items.ShouldContain(r => r.Project.Name == "七星台森林公园");
        var edit = new { criteria = criteria.Select(c => new { id = c.Id, name = c.Name, weight = c.Weight, isActive = c.IsActive, concurrencyStamp = c.ConcurrencyStamp }) };
        (await unit.PutAsync("/api/reserve/ranking/criteria", edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unit.PutAsync($"/api/reserve/projects/{own.Id}/assessment", new { scores = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_demo_ranking_is_ordered_by_score_and_exports_in_Chinese_columns()
    {
        using var leader = await app.SignInAsync("qld");

        var ranking = await leader.GetJsonAsync<Page<RankedRow>>("/api/reserve/ranking?pageSize=200");
        using var export = await leader.GetAsync("/api/reserve/ranking/export");

        ranking.Items.Select(r => r.Project.Name).ShouldContain("湟水河流域祁家川支流生态修复");
        ranking.Items.Select(r => r.Project.Name).ShouldNotContain("驿州湿地公园"); // 在建: no longer in preparation
        ranking.Items.Select(r => r.Score).ShouldBeInOrder(SortDirection.Descending);
        ranking.Items.Single(r => r.Project.Name == "妇保院业务用房").Criteria.Count(c => !c.Assessed).ShouldBe(3);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.First().Keys.ShouldBe(["名次", "项目名称", "行业领域", "所在乡镇", "责任部门", "成熟度", "总投资(万元)", "得分",
            "政策契合度(权重25)", "经济效益(权重20)", "社会效益(权重15)", "项目成熟度(权重25)", "资金落实度(权重15)", "原因"]);
        rows.Count.ShouldBe(ranking.TotalCount);
        rows.Select(r => (string)r["项目名称"]).ShouldBe(ranking.Items.Select(r => r.Project.Name));
        rows.Single(r => (string)r["项目名称"] == "妇保院业务用房")["政策契合度(权重25)"].ShouldBe("未评分");
    }
}

public sealed class RankingTestsOnSqlite(SqliteApp app) : RankingTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class RankingTestsOnPostgres(PostgresApp app) : RankingTests<PostgresApp>(app);
