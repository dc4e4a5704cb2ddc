using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using InvestmentPipeline.Approvals.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record ProjectRow(Guid Id, string Name, string Regime, Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName);

public sealed record DecisionRow(Guid Id, Guid StepId, int Round, string Kind, string? Comment, Guid UserId, string UserName, DateTime At);

public sealed record InstanceStepRow(
    Guid Id, string Code, string Name, string DepartmentCode, Guid DepartmentId, string? DepartmentName, int TimeLimitDays, List<string> Prerequisites,
    string State, int Round, DateTime? FirstPendingAt, DateTime? PendingSince, DateTime? ReturnedAt, DateTime? DoneAt, int? DurationDays,
    string? NotApplicableReason, Guid? HandlerId, string? HandlerName, List<DecisionRow> Decisions, Guid ConcurrencyStamp,
    int? ElapsedWorkingDays = null, DateOnly? DueOn = null, string? LimitState = null);

public sealed record InstanceRow(
    Guid Id, Guid ProjectId, string? ProjectName, string Regime, Guid TemplateVersionId, int TemplateVersionNumber, string State,
    Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, DateTime StartedAt, string StartedByName, DateTime? EndedAt, List<InstanceStepRow> Steps)
{
    public InstanceStepRow this[string code] => Steps.Single(s => s.Code == code);
}

public sealed record InstanceSummaryRow(
    Guid Id, Guid ProjectId, string? ProjectName, string Regime, Guid TemplateVersionId, string State, DateTime StartedAt, DateTime? EndedAt,
    int StepCount, int DoneCount, List<string> PendingSteps);

public sealed record TaskRow(
    Guid StepId, Guid InstanceId, Guid ProjectId, string? ProjectName, string StepCode, string StepName, string DepartmentCode, string? DepartmentName,
    int Round, int TimeLimitDays, DateTime Since, int DaysWaiting, Guid? HandlerId, string? HandlerName, string? LastComment, Guid ConcurrencyStamp,
    int ElapsedWorkingDays = 0, DateOnly? DueOn = null, string LimitState = "Normal");

public sealed record DecisionResultRow(
    Guid DecisionId, Guid StepId, string Decision, string StepState, int Round, Guid InstanceId, string InstanceState, List<string> NowPending);

/// <summary>Drives approval runs over HTTP: demo projects, department users (created once per host), decisions, the engine's instance.</summary>
public static class ApprovalRun
{
    public const string Base = "/api/approvals";

    private static readonly ConcurrentDictionary<(AppFactory, string), Lazy<Task<(UserRow, ApiSession)>>> Users = new();

    /// <summary>A user of the department with the role, created once per host (sessions are shared by the tests of a fixture).</summary>
    public static Task<(UserRow User, ApiSession Session)> UserAsync(this AppFactory app, string departmentCode, string role = "approver") =>
        Users.GetOrAdd((app, departmentCode + "/" + role), _ => new Lazy<Task<(UserRow, ApiSession)>>(async () =>
        {
            using var admin = await app.AdminAsync();
            return await TestUsers.CreateSignedInAsync(app, admin, departmentCode, role);
        })).Value;

    public static async Task<ApiSession> ApproverAsync(this AppFactory app, string departmentCode) => (await app.UserAsync(departmentCode)).Session;

    /// <summary>Demo projects (Reserve seeds them in demo mode) of a regime, optionally of one responsible department, by name.</summary>
    public static async Task<List<ProjectRow>> DemoProjectsAsync(ApiSession admin, string regime, string? departmentCode = null)
    {
        var department = departmentCode is null ? (Guid?)null : await TestUsers.DepartmentIdAsync(admin, departmentCode);
        return (await admin.GetJsonAsync<Page<ProjectRow>>($"/api/reserve/projects?regime={regime}&pageSize=200")).Items
            .Where(p => department is null || p.ResponsibleDepartmentId == department)
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public static async Task<InstanceRow> StartAsync(ApiSession admin, Guid projectId, params (string Code, string Reason)[] notApplicable)
    {
        using var response = await admin.PostAsync($"{Base}/instances", new { projectId, notApplicable = notApplicable.Select(n => new { stepCode = n.Code, reason = n.Reason }) });
        return await response.ReadJsonAsync<InstanceRow>(HttpStatusCode.Created);
    }

    public static Task<InstanceRow> InstanceAsync(this ApiSession session, Guid id) => session.GetJsonAsync<InstanceRow>($"{Base}/instances/{id}");

    public static async Task<List<TaskRow>> InboxAsync(this ApiSession session) => (await session.GetJsonAsync<Page<TaskRow>>($"{Base}/inbox?pageSize=200")).Items;

    public static Task<HttpResponseMessage> DecideRawAsync(this ApiSession session, InstanceStepRow step, string decision, string? comment = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/steps/{step.Id}/decisions")
        {
            Content = JsonContent.Create(new { decision, comment, concurrencyStamp = step.ConcurrencyStamp }),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return session.Client.SendAsync(request);
    }

    public static async Task<DecisionResultRow> DecideAsync(this ApiSession session, InstanceStepRow step, string decision, string? comment = null)
    {
        using var response = await session.DecideRawAsync(step, decision, comment);
        return await response.ReadJsonAsync<DecisionResultRow>(HttpStatusCode.OK);
    }

    /// <summary>The id of the engine's workflow for an approval instance, once the outbox has started it.</summary>
    public static async Task<string> WorkflowIdAsync(this AppFactory app, Guid instanceId)
    {
        var reference = instanceId.ToString("N");
        var deadline = DateTime.UtcNow + EngineDriver.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var id = await app.InScopeAsync(sp => sp.GetRequiredService<ApprovalsDbContext>().WorkflowInstances
                .Where(w => w.Reference == reference).Select(w => (Guid?)w.Id).SingleOrDefaultAsync());
            if (id is { } found)
            {
                return found.ToString();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No workflow was started for approval instance {instanceId}.");
    }
}
