using System.Net;
using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>
/// The 前期手续 warning from the Approvals module's time limits, on the mail host's clock (Saturday 15 March 2025, 10:00
/// Shanghai). 备案制 projects: their first step, 项目备案 (区发展和改革委员会), has 1 working day, so it is at its limit
/// on Monday the 17th (yellow) and past it on Tuesday the 18th (red). Completed approvals (delivered twice) clear it.
/// </summary>
public abstract class PreProceduresWarningTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MailApp
{
    private const int Year = 2024;

    /// <summary>The key-projects office evaluates the year as of December, signed in anew (moving the clock ends a session).</summary>
    private async Task EvaluateAsync()
    {
        using var office = await app.SignInAsync("zdb");
        await (await office.PostAsync("/api/scheduling/warnings/evaluations", new { year = Year, month = 12 })).ReadJsonAsync<EvaluationRow>(HttpStatusCode.OK);
    }

    private async Task<List<WarningRow>> PreProceduresAsync(string name, string status = "Open")
    {
        using var office = await app.SignInAsync("zdb");
        return (await office.GetJsonAsync<Page<WarningRow>>($"/api/scheduling/warnings?year={Year}&status={status}&rule=PreProcedures&search={name}")).Items;
    }

    private static async Task StartApprovalsAsync(ApiSession admin, Guid projectId)
    {
        using var response = await admin.PostAsync("/api/approvals/instances", new { projectId, notApplicable = Array.Empty<object>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_step_nearly_due_is_yellow_an_overdue_one_red_none_without_and_completed_approvals_clear_it_once()
    {
        using var admin = await app.AdminAsync();
        var name = ProgressFixtures.UniqueName("前期");
        var lagging = await ProgressFixtures.PlanProjectAsync(admin, Year, name + "甲", regime: "Filing");
        await ProgressFixtures.PlanProjectAsync(admin, Year, name + "乙", regime: "Filing"); // no approvals started
        var completing = await ProgressFixtures.PlanProjectAsync(admin, Year, name + "丙", regime: "Filing");
        await StartApprovalsAsync(admin, lagging);
        await StartApprovalsAsync(admin, completing);

        await EvaluateAsync(); // Saturday: nothing used yet
        var saturday = await PreProceduresAsync(name);
        app.Time.Advance(TimeSpan.FromDays(2)); // Monday 17 March: 1 of 1 working day
        await EvaluateAsync();
        var monday = await PreProceduresAsync(name);
        app.Time.Advance(TimeSpan.FromDays(1)); // Tuesday 18 March: past the limit
        await EvaluateAsync();
        var tuesday = await PreProceduresAsync(name);

        var completedAt = app.Time.GetUtcNow().UtcDateTime;
        var instanceId = Guid.NewGuid();
        await app.DeliverAsync<SchedulingDbContext>(
            new ApprovalsCompletedIntegrationEvent(completing, instanceId, completedAt) { OccurredAtUtc = completedAt },
            new ApprovalsCompletedIntegrationEvent(completing, instanceId, completedAt) { OccurredAtUtc = completedAt });
        await EvaluateAsync();
        var afterCompletion = await PreProceduresAsync(name);
        var resolved = await PreProceduresAsync(name, "Resolved");
        var completions = await app.InScopeAsync(sp => sp.GetRequiredService<SchedulingDbContext>().PreProceduresCompletions.Where(c => c.ProjectId == completing).ToListAsync());

        saturday.ShouldBeEmpty();
        monday.Select(w => (w.ProjectId, w.Level)).ShouldBe([(lagging, "Yellow"), (completing, "Yellow")], ignoreOrder: true);
        var yellow = monday.Single(w => w.ProjectId == lagging);
        yellow.Measure.ShouldBe(100m);
        yellow.Data.ShouldBe("截至2025年3月17日，前期审批步骤「项目备案」（区发展和改革委员会）应于2025年3月17日前办结，已用 1/1 个工作日，即将到期");
        yellow.Thresholds.ShouldBe("≥80 %为黄色，>100 %为红色");
        var red = tuesday.Single(w => w.ProjectId == lagging);
        red.ShouldSatisfyAllConditions(
            w => w.Id.ShouldBe(yellow.Id), w => w.Level.ShouldBe("Red"), w => w.Measure.ShouldBe(200m),
            w => w.Data.ShouldBe("截至2025年3月18日，前期审批步骤「项目备案」（区发展和改革委员会）应于2025年3月17日前办结，已用 2/1 个工作日，已超时"));
        tuesday.Count.ShouldBe(2);
        afterCompletion.Select(w => w.ProjectId).ShouldBe([lagging]);
        resolved.Select(w => w.ProjectId).ShouldBe([completing]);
        completions.Single().ShouldSatisfyAllConditions(c => c.ApprovalInstanceId.ShouldBe(instanceId), c => c.CompletedAtUtc.ShouldBe(completedAt));
    }
}

public sealed class PreProceduresWarningTestsOnSqlite(SqliteMailApp app) : PreProceduresWarningTests<SqliteMailApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PreProceduresWarningTestsOnPostgres(PostgresMailApp app) : PreProceduresWarningTests<PostgresMailApp>(app);
