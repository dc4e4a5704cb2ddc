using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record MaturityStage(string Maturity, bool Met, List<string> Missing);

public sealed record MaturityCheck(List<MaturityStage> Stages);

public sealed record BoardColumn(string Maturity, int Count, decimal TotalInvestment, List<ProjectRow> Projects);

public sealed record Board(List<BoardColumn> Columns);

public abstract class CurationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private async Task<(ApiSession Unit, ProjectRow Project, JsonObject Form)> DraftAsync(string maturity)
    {
        var unit = await app.SignInAsync("cjtz");
        var form = JsonSerializer.SerializeToNode(await ProjectForms.FormAsync(unit, ProjectForms.UniqueName("储备申报"), department: "UCI"))!.AsObject();
        form["maturity"] = maturity;
        var project = await (await unit.PostAsync("/api/reserve/projects", form)).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        return (unit, project, form);
    }

    [Fact]
    public async Task A_project_is_submitted_only_once_its_claimed_maturity_is_met()
    {
        var (unit, draft, form) = await DraftAsync("Mature");
        using var _ = unit;

        var check = await unit.GetJsonAsync<MaturityCheck>($"/api/reserve/projects/{draft.Id}/maturity-check");
        using var refusedResponse = await unit.PostAsync($"/api/reserve/projects/{draft.Id}/submit", new { concurrencyStamp = draft.ConcurrencyStamp });
        var refused = await refusedResponse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var refusedBody = JsonDocument.Parse(await refusedResponse.Content.ReadAsStringAsync()).RootElement;

        draft.ReviewStatus.ShouldBe("Draft");
        check.Stages.Select(s => s.Met).ShouldBe([true, true, false]);
        check.Stages[2].Missing.ShouldBe(["缺少用地计划"]);
        refused.Code.ShouldBe("Reserve.MaturityNotMet");
        refusedBody.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldBe(["缺少用地计划"]);
        form["landPlan"] = "已纳入国土空间规划，用地预审已受理";
        form["concurrencyStamp"] = draft.ConcurrencyStamp;
        var completed = await (await unit.PutAsync($"/api/reserve/projects/{draft.Id}", form)).ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        var submitted = await (await unit.PostAsync($"/api/reserve/projects/{draft.Id}/submit", new { concurrencyStamp = completed.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        submitted.ReviewStatus.ShouldBe("Submitted");
        form["concurrencyStamp"] = submitted.ConcurrencyStamp;
        (await (await unit.PutAsync($"/api/reserve/projects/{draft.Id}", form)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Reserve.UnderReview");
    }

    [Fact]
    public async Task The_commission_returns_with_a_comment_and_accepts_the_resubmission_into_the_board()
    {
        var (unit, draft, _) = await DraftAsync("Preliminary");
        using var __ = unit;
        using var fgw = await app.SignInAsync("fgw");
        var submitted = await (await unit.PostAsync($"/api/reserve/projects/{draft.Id}/submit", new { concurrencyStamp = draft.ConcurrencyStamp })).ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);

        (await unit.PostAsync($"/api/reserve/projects/{draft.Id}/review", new { decision = "Accept", concurrencyStamp = submitted.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var noComment = await (await fgw.PostAsync($"/api/reserve/projects/{draft.Id}/review", new { decision = "Return", concurrencyStamp = submitted.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var returned = await (await fgw.PostAsync($"/api/reserve/projects/{draft.Id}/review", new { decision = "Return", comment = "请补充资金落实情况", concurrencyStamp = submitted.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        var resubmitted = await (await unit.PostAsync($"/api/reserve/projects/{draft.Id}/submit", new { concurrencyStamp = returned.ConcurrencyStamp })).ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        var accepted = await (await fgw.PostAsync($"/api/reserve/projects/{draft.Id}/review", new { decision = "Accept", concurrencyStamp = resubmitted.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);

        noComment.Detail.ShouldBe("退回或不予入库须填写审核意见");
        returned.ReviewStatus.ShouldBe("Returned");
        returned.ReviewComment.ShouldBe("请补充资金落实情况");
        resubmitted.ReviewComment.ShouldBeNull();
        accepted.ReviewStatus.ShouldBe("Accepted");
        var board = await fgw.GetJsonAsync<Board>("/api/reserve/board?sectorCode=MUNICIPAL");
        var preliminary = board.Columns.Single(c => c.Maturity == "Preliminary");
        preliminary.Projects.ShouldContain(p => p.Id == draft.Id);
        preliminary.TotalInvestment.ShouldBe(preliminary.Projects.Sum(p => p.TotalInvestment));
        var history = await fgw.GetJsonAsync<List<HistoryRow>>($"/api/reserve/projects/{draft.Id}/history");
        history.Count(h => h.Changes!.Contains("\"ReviewStatus\":\"Accepted\"", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task The_demo_board_shows_the_library_by_maturity()
    {
        using var leader = await app.SignInAsync("qld");

        var board = await leader.GetJsonAsync<Board>("/api/reserve/board");

        board.Columns.Select(c => c.Maturity).ShouldBe(["Planning", "Preliminary", "Mature"]);
        board.Columns[0].Projects.Select(p => p.Name).ShouldContain("健康养老基地");
        board.Columns[1].Projects.Select(p => p.Name).ShouldContain("七星台森林公园");
        board.Columns.ShouldAllBe(c => c.Count == c.Projects.Count);
    }
}

public sealed class CurationTestsOnSqlite(SqliteApp app) : CurationTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class CurationTestsOnPostgres(PostgresApp app) : CurationTests<PostgresApp>(app);
