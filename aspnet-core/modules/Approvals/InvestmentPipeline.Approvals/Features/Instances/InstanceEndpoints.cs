using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Approvals.Workflows;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>Starting a project's approvals, the instance view, and the two inboxes (the department's pending steps, the applicant's returned ones).</summary>
internal static class InstanceEndpoints
{
    public static void MapInstances(this RouteGroupBuilder approvals)
    {
        var instances = approvals.MapGroup("/instances");
        instances.MapPost("/", StartAsync).RequirePermission(ApprovalsPermissions.Manage).WithName("StartApprovals")
            .WithSummary("发起项目前期审批：按项目审批类型的当前模板版本生成步骤（可标注不适用步骤及理由）");
        instances.MapGet("/", ListAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetApprovalInstances")
            .WithSummary("审批实例列表（可按项目、状态筛选；本部门有步骤或本部门负责的项目，或全部）");
        instances.MapGet("/{id:guid}", GetAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetApprovalInstance")
            .WithSummary("一个审批实例：各步骤状态、前置步骤、办理记录与用时");
        approvals.MapGet("/inbox", InboxAsync).RequirePermission(ApprovalsPermissions.Decide).WithName("GetApprovalInbox")
            .WithSummary("本部门待办的审批步骤（等待久的在前）");
        approvals.MapGet("/returned", ReturnedAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetReturnedApprovalSteps")
            .WithSummary("退回补正、等待本单位重新提交的步骤");
    }

    private static async Task<Results<Created<InstanceDto>, ValidationProblem, ProblemHttpResult>> StartAsync(
        StartApprovalRequest request, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, IReserveProjectDirectory projects,
        IDepartmentDirectory departments, CancellationToken ct)
    {
        var project = await projects.GetAsync(request.ProjectId!.Value, ct);
        if (project is null)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "该项目不存在，不能发起审批。", "ProjectNotFound");
        }

        var template = await db.ApprovalTemplates.AsNoTracking().Include(t => t.Versions).SingleOrDefaultAsync(t => t.Regime == project.Regime, ct);
        var version = template?.CurrentVersion;
        if (version is null)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "该项目的审批类型没有已发布的审批模板，不能发起审批。", "TemplateVersionNotFound");
        }

        var notApplicable = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        foreach (var (item, i) in (request.NotApplicable ?? []).Select((n, i) => (n, i)))
        {
            var code = item.StepCode!.Trim();
            if (version.Steps.All(s => s.Code != code))
            {
                errors[$"notApplicable[{i}].stepCode"] = [$"模板第 {version.Number} 版中没有步骤“{code}”"];
            }
            else if (!notApplicable.TryAdd(code, item.Reason!.Trim()))
            {
                errors[$"notApplicable[{i}].stepCode"] = [$"步骤“{code}”重复"];
            }
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        if (await db.ApprovalInstances.AnyAsync(i => i.ProjectId == project.Id && i.State == ApprovalInstanceState.Running, ct))
        {
            return ProblemResults.Conflict("该项目已有进行中的前期审批。");
        }

        var departmentIds = (await departments.GetAllAsync(ct)).ToDictionary(d => d.Code, d => d.Id, StringComparer.Ordinal);
        var user = http.GetCurrentUser();
        var now = queries.Now;
        var instance = ApprovalInstance.Start(project, version, departmentIds, notApplicable, ActorOf(user), now);
        db.ApprovalInstances.Add(instance);
        // the engine follows through the outbox: the workflow starts after this commit, and not-applicable steps
        // announce "done" at once (their dependants are already pending in our tables)
        db.AddIntegrationEvent(new ApprovalWorkflowStartRequested(
            instance.Id, version.Id, [.. notApplicable.Keys],
            [.. notApplicable.Keys.Select(c => EngineEvent.StepDone(instance.Id, c))]) { OccurredAtUtc = now });
        if (instance.State == ApprovalInstanceState.Completed)
        {
            db.AddIntegrationEvent(new ApprovalsCompletedIntegrationEvent(instance.ProjectId, instance.Id, now) { OccurredAtUtc = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // the filtered unique index: another start for the same project committed first
            return ProblemResults.Conflict("该项目已有进行中的前期审批。");
        }

        return TypedResults.Created($"/api/approvals/instances/{instance.Id}", await queries.ToDtoAsync(instance, ct));
    }

    private static async Task<Results<Ok<PagedResult<InstanceSummaryDto>>, ValidationProblem>> ListAsync(
        Guid? projectId, string? state, int? page, int? pageSize, HttpContext http, InstanceQueries queries, CancellationToken ct)
    {
        ApprovalInstanceState? parsed = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<ApprovalInstanceState>(state, ignoreCase: false, out var s) || !Enum.IsDefined(s) || int.TryParse(state, out _))
            {
                return ProblemResults.Invalid("state", "审批状态应为 Running（进行中）、Completed（已完成）或 Rejected（不予批准）");
            }

            parsed = s;
        }

        return TypedResults.Ok(await queries.ListAsync(http.GetCurrentUser(), projectId, parsed, PageQuery.From(page, pageSize), ct));
    }

    private static async Task<Results<Ok<InstanceDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, InstanceQueries queries, CancellationToken ct)
    {
        var instance = await queries.LoadAsync(queries.Scoped(http.GetCurrentUser()), id, ct);
        return instance is null ? ProblemResults.NotFound("该审批实例") : TypedResults.Ok(await queries.ToDtoAsync(instance, ct));
    }

    private static async Task<Ok<PagedResult<TaskDto>>> InboxAsync(int? page, int? pageSize, HttpContext http, InstanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.InboxAsync(http.GetCurrentUser().DepartmentId ?? Guid.Empty, PageQuery.From(page, pageSize), ct));

    private static async Task<Ok<PagedResult<TaskDto>>> ReturnedAsync(int? page, int? pageSize, HttpContext http, InstanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ReturnedAsync(http.GetCurrentUser().ScopedDepartmentId, PageQuery.From(page, pageSize), ct));

    public static Actor ActorOf(CurrentUser user) => new(user.Id ?? Guid.Empty, user.DisplayName ?? user.UserName ?? string.Empty);
}
