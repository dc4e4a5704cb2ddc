using System.Net;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record ColleagueRow(Guid UserId, string DisplayName);

public sealed record StepForecastRow(
    string Code, int ExpectedDays, int RemainingDays, string Basis, int SampleCount, DateOnly? ExpectedStartOn, DateOnly? ExpectedDoneOn, bool OnCriticalPath);

public sealed record ForecastRow(Guid InstanceId, string State, DateOnly? ForecastOn, List<string> CriticalPath, int RemainingWorkingDays, List<StepForecastRow> Steps);

/// <summary>Handing a pending step to a colleague, and the instance's forecast (审批制 projects 4 and 5).</summary>
public abstract partial class ApprovalApiTests<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task A_department_member_hands_a_pending_step_to_a_colleague_of_the_same_department_only()
    {
        var (admin, project) = await ApprovalProjectAsync(4);
        var drc = await app.ApproverAsync("DRC");
        var (colleague, colleagueSession) = await TestUsers.CreateSignedInAsync(app, admin, "DRC", "approver");
        var (outsider, _) = await app.UserAsync("EEB");
        var eeb = await app.ApproverAsync("EEB");
        var started = await StartAsync(admin, project.Id);
        var step = started["PROPOSAL"];
        string Url(Guid id) => $"{Base}/steps/{id}/assignment";

        var colleagues = await drc.GetJsonAsync<List<ColleagueRow>>($"{Base}/colleagues");
        var toOutsider = await drc.PostAsync(Url(step.Id), new { userId = outsider.Id, concurrencyStamp = step.ConcurrencyStamp });
        var byOtherDepartment = await eeb.PostAsync(Url(step.Id), new { userId = colleague.Id, concurrencyStamp = step.ConcurrencyStamp });
        var withoutUser = await drc.PostAsync(Url(step.Id), new { concurrencyStamp = step.ConcurrencyStamp });
        var assigned = await (await drc.PostAsync(Url(step.Id), new { userId = colleague.Id, concurrencyStamp = step.ConcurrencyStamp }))
            .ReadJsonAsync<InstanceStepRow>(HttpStatusCode.OK);
        var stale = await drc.PostAsync(Url(step.Id), new { userId = colleague.Id, concurrencyStamp = step.ConcurrencyStamp });
        var inbox = await colleagueSession.InboxAsync();
        var audited = await app.InScopeAsync(sp => sp.GetRequiredService<AuditDbContext>().AuditLogs
            .Where(e => e.EntityId == step.Id.ToString() && e.Changes != null && e.Changes.Contains(colleague.Id.ToString())).CountAsync());
        var waiting = await drc.PostAsync(Url(started["FEASIBILITY"].Id), new { userId = colleague.Id, concurrencyStamp = started["FEASIBILITY"].ConcurrencyStamp });
        var decided = await colleagueSession.DecideAsync(assigned, "Approve", "同意");

        colleagues.ShouldContain(c => c.UserId == colleague.Id);
        colleagues.ShouldNotContain(c => c.UserId == outsider.Id);
        (await toOutsider.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("userId");
        (await byOtherDepartment.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Detail!.ShouldContain("本部门");
        (await withoutUser.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("userId");
        assigned.ShouldSatisfyAllConditions(a => a.HandlerId.ShouldBe(colleague.Id), a => a.HandlerName.ShouldBe(colleague.DisplayName), a => a.ConcurrencyStamp.ShouldNotBe(step.ConcurrencyStamp));
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("刷新");
        inbox.Single(t => t.StepId == step.Id).HandlerName.ShouldBe(colleague.DisplayName);
        audited.ShouldBeGreaterThan(0);
        (await waiting.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("StepNotPending");
        decided.StepState.ShouldBe("Approved");
    }

    [Fact]
    public async Task The_forecast_follows_the_longest_remaining_chain_and_counts_working_days_from_today()
    {
        var (admin, project) = await ApprovalProjectAsync(5);
        var started = await StartAsync(admin, project.Id, ("STABILITY", "不涉及社会稳定风险"));

        var forecast = await admin.GetJsonAsync<ForecastRow>($"{Base}/instances/{started.Id}/forecast");
        var (calendar, today) = await app.InScopeAsync(async sp => (
            await sp.GetRequiredService<ApprovalsDbContext>().WorkingDaysAsync(CancellationToken.None),
            ApprovalStep.LocalDate(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)));
        var missing = await admin.Client.GetAsync($"{Base}/instances/{Guid.NewGuid()}/forecast");
        var running = (await admin.GetJsonAsync<Page<InstanceSummaryRow>>($"{Base}/instances?projectId={project.Id}&state=Running")).Items;
        var completed = (await admin.GetJsonAsync<Page<InstanceSummaryRow>>($"{Base}/instances?projectId={project.Id}&state=Completed")).Items;
        var badState = await admin.Client.GetAsync($"{Base}/instances?state=Finished");

        forecast.State.ShouldBe("Running");
        forecast.CriticalPath[0].ShouldBe("PROPOSAL");
        forecast.CriticalPath.ShouldNotContain("STABILITY");
        forecast.Steps.Single(s => s.Code == "STABILITY").ShouldSatisfyAllConditions(s => s.RemainingDays.ShouldBe(0), s => s.OnCriticalPath.ShouldBeFalse());
        forecast.Steps.ShouldAllBe(s => s.Basis == "median" ? s.SampleCount > 0 : s.Basis == "limit" && s.SampleCount == 0);
        foreach (var s in forecast.Steps.Where(s => s.Basis == "limit"))
        {
            s.ExpectedDays.ShouldBe(started[s.Code].TimeLimitDays);
        }

        // each step on the path starts when the one before it is expected done
        var path = forecast.CriticalPath.Select(c => forecast.Steps.Single(s => s.Code == c)).ToList();
        path.Zip(path.Skip(1)).ShouldAllBe(p => p.First.ExpectedDoneOn == p.Second.ExpectedStartOn);
        started[path[^1].Code].Prerequisites.ShouldContain(path[^2].Code);
        forecast.RemainingWorkingDays.ShouldBe(path.Sum(s => s.RemainingDays));
        forecast.ForecastOn.ShouldBe(calendar.Add(today, forecast.RemainingWorkingDays));
        forecast.ForecastOn.ShouldBe(forecast.Steps.Max(s => s.ExpectedDoneOn));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        running.Single().Id.ShouldBe(started.Id);
        completed.ShouldBeEmpty();
        (await badState.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("state");
    }
}
