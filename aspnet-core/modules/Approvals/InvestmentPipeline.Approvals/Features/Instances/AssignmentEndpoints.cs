using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>
/// Handing a pending step to a colleague of the same department (转交), and the colleagues to choose from.
/// The step's concurrency stamp guards it like a decision: a stale stamp is a 409. The change is audited by the
/// auditing interceptor like every row written through the module's DbContext.
/// </summary>
internal static class AssignmentEndpoints
{
    public static void MapAssignments(this RouteGroupBuilder approvals)
    {
        approvals.MapPost("/steps/{stepId:guid}/assignment", AssignAsync).RequirePermission(ApprovalsPermissions.Decide).WithName("AssignApprovalStep")
            .WithSummary("将本部门待办步骤转交给本部门的另一位同事办理");
        approvals.MapGet("/colleagues", ColleaguesAsync).RequirePermission(ApprovalsPermissions.Decide).WithName("GetApprovalColleagues")
            .WithSummary("本部门的在职用户（转交待办时选择）");
    }

    private static async Task<Results<Ok<InstanceStepDto>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid stepId, AssignStepRequest request, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, IUserDirectory users, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var instanceId = await db.ApprovalSteps.Where(s => s.Id == stepId).Select(s => (Guid?)s.InstanceId).SingleOrDefaultAsync(ct);
        var instance = instanceId is null
            ? null
            : await db.ApprovalInstances.AsTracking().Include(i => i.Steps).Include(i => i.Decisions).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == instanceId, ct);
        var step = instance?.Step(stepId);
        if (instance is null || step is null)
        {
            return ProblemResults.NotFound("该审批步骤");
        }

        if (user.DepartmentId != step.DepartmentId)
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "只能转交本部门的待办步骤。", "Forbidden");
        }

        var assignee = (await users.GetByIdsAsync([request.UserId!.Value], ct)).GetValueOrDefault(request.UserId.Value);
        var colleagues = await users.GetContactsAsync([step.DepartmentId], ct);
        if (assignee is null || colleagues.All(c => c.UserId != assignee.UserId))
        {
            return ProblemResults.Invalid("userId", "只能转交给本部门的在职同事。");
        }

        if (step.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该步骤已被他人办理、认领或转交，请刷新后重试。");
        }

        if (instance.State != ApprovalInstanceState.Running || step.State != ApprovalStepState.Pending)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, $"步骤“{step.Name}”已不在待办理状态，不能转交。", "StepNotPending");
        }

        step.HandlerId = assignee.UserId;
        step.HandlerName = assignee.DisplayName;
        step.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProblemResults.Conflict("该步骤已被他人办理、认领或转交，请刷新后重试。");
        }

        return TypedResults.Ok((await queries.ToDtoAsync(instance, ct)).Steps.Single(s => s.Id == stepId));
    }

    private static async Task<Ok<List<ColleagueDto>>> ColleaguesAsync(HttpContext http, IUserDirectory users, CancellationToken ct)
    {
        var department = http.GetCurrentUser().DepartmentId;
        var contacts = department is { } d ? await users.GetContactsAsync([d], ct) : [];
        return TypedResults.Ok(contacts.OrderBy(c => c.DisplayName, StringComparer.Ordinal).Select(c => new ColleagueDto(c.UserId, c.DisplayName)).ToList());
    }
}
