using InvestmentPipeline.Approvals.Features.TimeLimits;
using System.Text.Json;
using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Workflows;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>
/// What is done to one step: claim it, decide it (exactly once), resubmit it after 补正.
/// <para>Decisions: the decision row, the step changes (the decided step, and the dependants now ready, pending at once in
/// their departments' inboxes), the answer stored under the Idempotency-Key and the outbox message for the engine
/// commit in one SaveChanges. Two users deciding the same step: the step's concurrency stamp lets one through (200)
/// and the other gets 409. Two decisions on different steps of one instance are serialized by the instance's stamp:
/// the loser re-reads and applies its decision again (its own step is unchanged), so a common dependant is never
/// missed.</para>
/// <para>Resubmission is the applicant's act: the project's responsible department, with <c>Reserve.Submit</c> (申报与编辑项目),
/// the permission by which that unit submitted the project. <c>Approvals.View</c> would not do: every approving department has it.</para>
/// </summary>
internal static class StepEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int Attempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapSteps(this RouteGroupBuilder approvals)
    {
        var steps = approvals.MapGroup("/steps");
        steps.MapPost("/{stepId:guid}/decisions", DecideAsync).RequirePermission(ApprovalsPermissions.Decide).WithName("DecideApprovalStep")
            .Produces<DecisionResultDto>().WithSummary("办理审批步骤：通过 / 退回补正 / 不予批准（须带 Idempotency-Key 请求头；重复请求返回首次结果）");
        steps.MapPost("/{stepId:guid}/resubmissions", ResubmitAsync).RequirePermission(ReservePermissions.Submit).WithName("ResubmitApprovalStep")
            .WithSummary("项目单位补正后重新提交退回的步骤（进入下一轮）");
        steps.MapPost("/{stepId:guid}/claim", ClaimAsync).RequirePermission(ApprovalsPermissions.Decide).WithName("ClaimApprovalStep")
            .WithSummary("认领本部门待办步骤（经办人设为本人）");
    }

    /// <param name="idempotencyKey">Declared as a parameter so that the API document, hence the generated client, carries the header.</param>
    private static async Task<IResult> DecideAsync(
        Guid stepId, DecideRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, HttpContext http, ApprovalsDbContext db,
        InstanceQueries queries, CancellationToken ct)
    {
        var key = idempotencyKey?.Trim() ?? string.Empty;
        if (key.Length is 0 or > 100)
        {
            return ProblemResults.Invalid(IdempotencyHeader, "请求须带 Idempotency-Key 请求头（不超过 100 个字符），重复提交时使用同一个值。");
        }

        var user = http.GetCurrentUser();
        if (await ReplayAsync(db, key, stepId, user, ct) is { } replay)
        {
            return replay;
        }

        var kind = Enum.Parse<DecisionKind>(request.Decision!);
        var calendar = await db.WorkingDaysAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var instance = await LoadByStepAsync(db, stepId, ct);
            var step = instance?.Step(stepId);
            if (instance is null || step is null)
            {
                return ProblemResults.NotFound("该审批步骤");
            }

            if (user.DepartmentId != step.DepartmentId)
            {
                return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只有该步骤的办理部门可以办理此步骤。", "Forbidden");
            }

            if (step.ConcurrencyStamp != request.ConcurrencyStamp)
            {
                return ProblemResults.Conflict("该步骤已被他人办理或认领，请刷新后重试。");
            }

            if (instance.State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Pending)
            {
                return NotPending(step);
            }

            var attachmentIds = (request.AttachmentIds ?? []).Distinct().ToList();
            var attachments = await db.ApprovalAttachments.AsTracking().Where(a => attachmentIds.Contains(a.Id)).ToListAsync(ct);
            if (attachments.Count != attachmentIds.Count || attachments.Any(a => a.StepId != stepId || a.UploadedById != user.Id || a.DecisionId is not null))
            {
                return ProblemResults.Invalid("attachmentIds", "附件无效：须是本人为此步骤上传、尚未用于其他办理的附件，请重新上传。");
            }

            var now = queries.Now;
            var change = instance.Decide(step, kind, request.Comment, InstanceEndpoints.ActorOf(user), now, calendar);
            db.ApprovalDecisions.Add(change.Decision);
            attachments.ForEach(a => a.DecisionId = change.Decision.Id);
            var result = new DecisionResultDto(
                change.Decision.Id, step.Id, kind.ToString(), step.State.ToString(), change.Decision.Round, instance.Id, instance.State.ToString(),
                instance.Steps.Where(s => s.State == ApprovalStepState.Pending && s.PendingSince == now && s.Id != step.Id).OrderBy(s => s.Order).Select(s => s.Code).ToList());
            db.ApprovalRequestRecords.Add(new ApprovalRequestRecord
            {
                Key = key, UserId = user.Id ?? Guid.Empty, StepId = stepId, StatusCode = StatusCodes.Status200OK,
                Response = JsonSerializer.Serialize(result, Json), At = now,
            });
            // the inbox already shows the next steps (committed below); the engine follows after the commit
            db.AddIntegrationEvent(new ApprovalWorkflowEventsRequested(instance.Id, [.. change.EngineEvents], change.TerminateWorkflow) { OccurredAtUtc = now });
            if (change.Completed)
            {
                db.AddIntegrationEvent(new ApprovalsCompletedIntegrationEvent(instance.ProjectId, instance.Id, now) { OccurredAtUtc = now });
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(result);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // another decision on this instance committed first: read again (a changed step then answers 409)
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && IsKeyTaken(db, key))
            {
                // the same Idempotency-Key committed by a parallel identical request: give its answer
                db.ChangeTracker.Clear();
                return (await ReplayAsync(db, key, stepId, user, ct))!;
            }
        }
    }

    private static async Task<Results<Ok<InstanceStepDto>, ValidationProblem, ProblemHttpResult>> ResubmitAsync(
        Guid stepId, ResubmitRequest request, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var instance = await LoadByStepAsync(db, stepId, ct);
            var step = instance?.Step(stepId);
            if (instance is null || step is null)
            {
                return ProblemResults.NotFound("该审批步骤");
            }

            if (user.DepartmentId != instance.ResponsibleDepartmentId)
            {
                return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只有项目的责任单位可以重新提交补正材料。", "Forbidden");
            }

            if (instance.State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Returned)
            {
                return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, $"步骤“{step.Name}”当前为{Words(step.State)}，不是退回补正状态。", "StepNotReturned");
            }

            var decision = instance.Resubmit(step, request.Comment, InstanceEndpoints.ActorOf(user), queries.Now);
            db.ApprovalDecisions.Add(decision);
            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok((await queries.ToDtoAsync(instance, ct)).Steps.Single(s => s.Id == stepId));
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }

    private static async Task<Results<Ok<InstanceStepDto>, ProblemHttpResult>> ClaimAsync(
        Guid stepId, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var instance = await LoadByStepAsync(db, stepId, ct);
        var step = instance?.Step(stepId);
        if (instance is null || step is null)
        {
            return ProblemResults.NotFound("该审批步骤");
        }

        if (user.DepartmentId != step.DepartmentId)
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只能认领本部门的待办步骤。", "Forbidden");
        }

        if (instance.State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Pending)
        {
            return NotPending(step);
        }

        if (step.HandlerId is { } handler && handler != user.Id)
        {
            return ProblemResults.Conflict($"该步骤已由{step.HandlerName}认领。");
        }

        step.HandlerId = user.Id;
        step.HandlerName = user.DisplayName ?? user.UserName;
        step.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProblemResults.Conflict("该步骤已被他人办理或认领，请刷新后重试。");
        }

        return TypedResults.Ok((await queries.ToDtoAsync(instance, ct)).Steps.Single(s => s.Id == stepId));
    }

    private static async Task<ApprovalInstance?> LoadByStepAsync(ApprovalsDbContext db, Guid stepId, CancellationToken ct)
    {
        var instanceId = await db.ApprovalSteps.Where(s => s.Id == stepId).Select(s => (Guid?)s.InstanceId).SingleOrDefaultAsync(ct);
        return instanceId is null
            ? null
            : await db.ApprovalInstances.AsTracking().Include(i => i.Steps).Include(i => i.Decisions).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == instanceId, ct);
    }

    private static bool IsKeyTaken(ApprovalsDbContext db, string key)
    {
        db.ChangeTracker.Clear();
        return db.ApprovalRequestRecords.AsNoTracking().Any(r => r.Key == key);
    }

    private static async Task<IResult?> ReplayAsync(ApprovalsDbContext db, string key, Guid stepId, CurrentUser user, CancellationToken ct)
    {
        var stored = await db.ApprovalRequestRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, ct);
        if (stored is null)
        {
            return null;
        }

        return stored.StepId != stepId || stored.UserId != user.Id
            ? ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "该 Idempotency-Key 已用于另一项请求，请为新的请求生成新的值。", "IdempotencyKeyReused")
            : Results.Content(stored.Response, "application/json", statusCode: stored.StatusCode);
    }

    private static ProblemHttpResult NotPending(ApprovalStep step) =>
        ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, $"步骤“{step.Name}”当前为{Words(step.State)}，不在待办理状态。", "StepNotPending");

    private static string Words(ApprovalStepState state) => state switch
    {
        ApprovalStepState.Waiting => "等待前置步骤",
        ApprovalStepState.Pending => "待办理",
        ApprovalStepState.Returned => "退回补正",
        ApprovalStepState.Approved => "已通过",
        ApprovalStepState.Rejected => "不予批准",
        _ => "不适用",
    };
}
