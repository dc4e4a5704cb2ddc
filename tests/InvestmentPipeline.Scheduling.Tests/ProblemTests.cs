using System.Net;
using Hangfire;
using Hangfire.Storage;
using InvestmentPipeline.Scheduling.Features.Escalation;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record ProblemRow(
    Guid Id, Guid ProjectId, string ProjectName, int Year, string CategoryCode, string CategoryName, string Description, Guid AssignedDepartmentId,
    string AssignedDepartmentName, DateOnly Deadline, string Status, bool Overdue, bool Escalated, string EscalationLevel, string? Resolution,
    string? Evidence, string CreatedBy, Guid ConcurrencyStamp);

public sealed record ProblemEventRow(string Kind, string Status, string EscalationLevel, string Text, string? By);

public sealed record ProblemDetailRow(ProblemRow Problem, List<ProblemEventRow> Events);

public sealed record ProblemCategoryCountRow(string Code, string Name, int Unresolved, int Total);

public sealed record ProblemSummaryRow(
    int Year, int Total, int Assigned, int InProgress, int Resolved, int Overdue, int EscalatedToOffice, int EscalatedToLeaders, List<ProblemCategoryCountRow> ByCategory);

/// <summary>
/// 问题清单 over HTTP: 重点办 assigns, the assigned unit takes it up and resolves it with evidence, other units never see it,
/// and the nightly job escalates it once per level when it is late. Each test has its own plan year and project names.
/// </summary>
public abstract class ProblemTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    private static async Task<ProblemRow> CreateAsync(ApiSession office, int year, Guid projectId, Guid department, DateOnly deadline, string category = "DEMOLITION") =>
        await (await office.PostAsync("/api/scheduling/problems", new
        {
            year, projectId, categoryCode = category, description = "沿线房屋征收未完成，影响施工进场", assignedDepartmentId = department, deadline,
        })).ReadJsonAsync<ProblemRow>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> ActAsync(ApiSession session, Guid id, string action, object body) =>
        session.PostAsync($"/api/scheduling/problems/{id}/{action}", body);

    [Fact]
    public async Task The_assigned_unit_takes_up_and_resolves_its_problem_and_other_units_never_see_it()
    {
        const int year = 2032;
        using var fgw = await app.SignInAsync("fgw");
        using var office = await app.SignInAsync("zdb");
        using var unit = await app.SignInAsync("cjtz");
        using var admin = await app.AdminAsync();
        var (_, water) = await TestUsers.CreateSignedInAsync(app, admin, "WAT", "unit");
        using var otherUnit = water;
        var name = ProgressFixtures.UniqueName("征迁受阻");
        var projectId = await ProgressFixtures.PlanProjectAsync(fgw, year, name);
        var uci = await TestUsers.DepartmentIdAsync(office, "UCI");

        var created = await CreateAsync(office, year, projectId, uci, Today.AddDays(10));
        var seenByUnit = await unit.GetJsonAsync<Page<ProblemRow>>($"/api/scheduling/problems?year={year}&search={name}");
        var seenByOther = await otherUnit.GetJsonAsync<Page<ProblemRow>>($"/api/scheduling/problems?year={year}&search={name}");
        var otherDetail = await otherUnit.GetAsync($"/api/scheduling/problems/{created.Id}");
        var otherStart = await ActAsync(otherUnit, created.Id, "start", new { concurrencyStamp = created.ConcurrencyStamp });
        var byUnitCreate = await unit.PostAsync("/api/scheduling/problems", new { year, projectId });
        var stale = await ActAsync(unit, created.Id, "start", new { concurrencyStamp = Guid.NewGuid() });
        var started = await (await ActAsync(unit, created.Id, "start", new { concurrencyStamp = created.ConcurrencyStamp })).ReadJsonAsync<ProblemRow>(HttpStatusCode.OK);
        var startedTwice = await ActAsync(unit, created.Id, "start", new { concurrencyStamp = started.ConcurrencyStamp });
        var noEvidence = await ActAsync(unit, created.Id, "resolve", new { resolution = "征收协议已全部签订", evidence = "", concurrencyStamp = started.ConcurrencyStamp });
        var resolved = await (await ActAsync(unit, created.Id, "resolve",
            new { resolution = "征收协议已全部签订", evidence = "协议扫描件 23 份、现场照片", concurrencyStamp = started.ConcurrencyStamp })).ReadJsonAsync<ProblemRow>(HttpStatusCode.OK);
        var reopenedByUnit = await ActAsync(unit, created.Id, "reopen", new { reason = "仍有未签约", concurrencyStamp = resolved.ConcurrencyStamp });
        var reopened = await (await ActAsync(office, created.Id, "reopen", new { reason = "复核发现仍有 2 户未签约", concurrencyStamp = resolved.ConcurrencyStamp }))
            .ReadJsonAsync<ProblemRow>(HttpStatusCode.OK);
        var detail = await unit.GetJsonAsync<ProblemDetailRow>($"/api/scheduling/problems/{created.Id}");
        var summary = await office.GetJsonAsync<ProblemSummaryRow>($"/api/scheduling/problems/summary?year={year}");

        created.ShouldBe(created with
        {
            ProjectName = name, Year = year, CategoryName = "拆迁未完成", AssignedDepartmentName = "区城市建设投资有限公司", Status = "Assigned", Overdue = false,
            Escalated = false, EscalationLevel = "None", CreatedBy = "重点办演示用户",
        });
        seenByUnit.Items.Single().Id.ShouldBe(created.Id);
        seenByOther.TotalCount.ShouldBe(0);
        otherDetail.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherStart.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byUnitCreate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("Conflict");
        started.Status.ShouldBe("InProgress");
        (await startedTwice.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.ProblemTransition");
        (await noEvidence.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["evidence"]);
        resolved.ShouldBe(resolved with { Status = "Resolved", Resolution = "征收协议已全部签订", Evidence = "协议扫描件 23 份、现场照片" });
        reopenedByUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        reopened.Status.ShouldBe("InProgress");
        detail.Events.Select(e => (e.Kind, e.By)).ShouldBe([
            ("Assigned", "重点办演示用户"), ("Started", "城投公司演示用户"), ("Resolved", "城投公司演示用户"), ("Reopened", "重点办演示用户")]);
        summary.ShouldBe(summary with { Total = 1, Assigned = 0, InProgress = 1, Resolved = 0, Overdue = 0 });
        summary.ByCategory.Single().ShouldBe(new ProblemCategoryCountRow("DEMOLITION", "拆迁未完成", 1, 1));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_fields_named()
    {
        const int year = 2033;
        using var fgw = await app.SignInAsync("fgw");
        using var office = await app.SignInAsync("zdb");
        var projectId = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("输入校验"));
        var uci = await TestUsers.DepartmentIdAsync(office, "UCI");

        var empty = await office.PostAsync("/api/scheduling/problems", new { });
        var notInPlan = await office.PostAsync("/api/scheduling/problems",
            new { year = year + 1, projectId, categoryCode = "FUNDING", description = "资金未落实", assignedDepartmentId = uci, deadline = Today.AddDays(5) });
        var unknownCategory = await office.PostAsync("/api/scheduling/problems",
            new { year, projectId, categoryCode = "NOPE", description = "资金未落实", assignedDepartmentId = uci, deadline = Today.AddDays(5) });
        var unknownDepartment = await office.PostAsync("/api/scheduling/problems",
            new { year, projectId, categoryCode = "FUNDING", description = "资金未落实", assignedDepartmentId = Guid.NewGuid(), deadline = Today.AddDays(5) });
        var past = await office.PostAsync("/api/scheduling/problems",
            new { year, projectId, categoryCode = "FUNDING", description = "资金未落实", assignedDepartmentId = uci, deadline = Today.AddDays(-1) });

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(
            ["assignedDepartmentId", "categoryCode", "deadline", "description", "projectId", "year"]);
        (await notInPlan.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["projectId"].Single().ShouldBe($"该项目不在{year + 1}年度计划中");
        (await unknownCategory.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["categoryCode"]);
        (await unknownDepartment.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["assignedDepartmentId"]);
        (await past.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.DeadlineInPast");
    }

    [Fact]
    public async Task The_nightly_job_escalates_an_overdue_problem_to_the_office_then_to_the_leaders_once_each()
    {
        const int year = 2034;
        var name = ProgressFixtures.UniqueName("逾期");
        Guid id;
        using (var fgw = await app.SignInAsync("fgw"))
        using (var office = await app.SignInAsync("zdb"))
        {
            var projectId = await ProgressFixtures.PlanProjectAsync(fgw, year, name);
            id = (await CreateAsync(office, year, projectId, await TestUsers.DepartmentIdAsync(office, "NRB"), Today.AddDays(1), "LAND")).Id;
        }

        var recurring = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs()));
        await RunJobAsync();
        app.Time.Advance(TimeSpan.FromDays(3)); // two days past the deadline
        await RunJobAsync();
        await RunJobAsync();
        var afterTwoDays = await DetailAsync(id);
        app.Time.Advance(TimeSpan.FromDays(15)); // seventeen days past
        await RunJobAsync();
        await RunJobAsync();
        var afterSeventeenDays = await DetailAsync(id);
        using var leader = await app.SignInAsync("qld");
        var overdue = await leader.GetJsonAsync<Page<ProblemRow>>($"/api/scheduling/problems?year={year}&overdue=true&search={name}");
        var summary = await leader.GetJsonAsync<ProblemSummaryRow>($"/api/scheduling/problems/summary?year={year}");
        var export = await (await leader.GetAsync($"/api/scheduling/problems/export?year={year}&search={name}")).Content.ReadAsByteArrayAsync();
        var startedByLeader = await leader.PostAsync($"/api/scheduling/problems/{id}/start", new { concurrencyStamp = afterSeventeenDays.Problem.ConcurrencyStamp });

        recurring.Single(j => j.Id == OverdueEscalationJob.Id).Cron.ShouldBe("0 2 * * *");
        startedByLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // reading is not handling: Report or Manage only
        afterTwoDays.Problem.ShouldBe(afterTwoDays.Problem with { Overdue = true, Escalated = true, EscalationLevel = "KeyProjectsOffice" });
        afterSeventeenDays.Problem.EscalationLevel.ShouldBe("DistrictLeaders");
        afterSeventeenDays.Events.Select(e => (e.Kind, e.EscalationLevel, e.By)).ShouldBe([
            ("Assigned", "None", "重点办演示用户"), ("Escalated", "KeyProjectsOffice", null), ("Escalated", "DistrictLeaders", null)]);
        afterSeventeenDays.Events[2].Text.ShouldContain("逾期超过 15 天，提级至区领导");
        overdue.Items.Single().Id.ShouldBe(id);
        summary.ShouldBe(summary with { Overdue = 1, EscalatedToOffice = 0, EscalatedToLeaders = 1 });
        var row = MiniExcel.Query(new MemoryStream(export), useHeaderRow: true).Cast<IDictionary<string, object>>().Single();
        row["项目名称"].ShouldBe(name);
        row["问题类别"].ShouldBe("用地未落实");
        row["交办单位"].ShouldBe("区自然资源局");
        row["是否逾期"].ShouldBe("是");
        row["提级情况"].ShouldBe("已提级至区领导");
    }

    private Task<EscalationRun> RunJobAsync() =>
        app.InScopeAsync(sp => sp.GetRequiredService<OverdueEscalationJob>().RunAsync(CancellationToken.None));

    /// <summary>Signs in afresh: moving the clock by days expires earlier sessions.</summary>
    private async Task<ProblemDetailRow> DetailAsync(Guid id)
    {
        using var office = await app.SignInAsync("zdb");
        return await office.GetJsonAsync<ProblemDetailRow>($"/api/scheduling/problems/{id}");
    }
}

public sealed class ProblemTestsOnSqlite(SqliteApp app) : ProblemTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ProblemTestsOnPostgres(PostgresApp app) : ProblemTests<PostgresApp>(app);
