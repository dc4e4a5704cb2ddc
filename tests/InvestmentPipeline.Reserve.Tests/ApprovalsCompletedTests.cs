using System.Net;
using System.Text.Json;
using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Reserve.Data;

namespace InvestmentPipeline.Reserve.Tests;

/// <summary>
/// 建设条件: when Approvals announces that a project's approvals are complete, the project (still in 储备 here) is in 前期
/// and ready to build, once, as 系统 in its history, however often the outbox delivers the announcement.
/// </summary>
public abstract class ApprovalsCompletedTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Completed_approvals_make_the_project_ready_to_build_once_as_the_system_even_when_delivered_twice()
    {
        using var fgw = await app.SignInAsync("fgw");
        var project = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("审批办结"))))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        var completedAt = new DateTime(2026, 5, 20, 3, 30, 0, DateTimeKind.Utc);
        var instanceId = Guid.NewGuid();

        await app.DeliverAsync<ReserveDbContext>(
            new ApprovalsCompletedIntegrationEvent(project.Id, instanceId, completedAt) { OccurredAtUtc = completedAt },
            new ApprovalsCompletedIntegrationEvent(project.Id, instanceId, completedAt) { OccurredAtUtc = completedAt });
        var ready = await fgw.GetJsonAsync<ProjectRow>($"/api/reserve/projects/{project.Id}");
        var history = await fgw.GetJsonAsync<List<HistoryRow>>($"/api/reserve/projects/{project.Id}/history");

        project.State.ShouldBe("Reserve");
        project.ConstructionReadyAt.ShouldBeNull();
        ready.State.ShouldBe("PreConstruction");
        ready.ConstructionReadyAt.ShouldBe(completedAt);
        var bySystem = history.Where(h => h.UserName == "系统").ToList();
        bySystem.Count.ShouldBe(1);
        bySystem[0].Action.ShouldBe("修改");
        var changes = JsonDocument.Parse(bySystem[0].Changes!).RootElement;
        changes.GetProperty("before").GetProperty("State").GetString().ShouldBe("Reserve");
        changes.GetProperty("after").GetProperty("State").GetString().ShouldBe("PreConstruction");
        changes.GetProperty("before").GetProperty("ConstructionReadyAtUtc").ValueKind.ShouldBe(JsonValueKind.Null);
        changes.GetProperty("after").GetProperty("ConstructionReadyAtUtc").GetDateTime().ShouldBe(completedAt);
    }
}

public sealed class ApprovalsCompletedTestsOnSqlite(SqliteApp app) : ApprovalsCompletedTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ApprovalsCompletedTestsOnPostgres(PostgresApp app) : ApprovalsCompletedTests<PostgresApp>(app);
