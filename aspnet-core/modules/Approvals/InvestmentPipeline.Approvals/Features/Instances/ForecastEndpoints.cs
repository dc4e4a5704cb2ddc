using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>
/// The instance view's forecast: when the project is expected to reach 建设条件, and which chain of steps decides it.
/// A step is expected to take the median working days that completed steps of the same code and department took
/// (first pending to approved, 补正 included), or its legal time limit while there is no such history.
/// </summary>
internal static class ForecastEndpoints
{
    public static void MapForecast(this RouteGroupBuilder approvals) =>
        approvals.MapGet("/instances/{id:guid}/forecast", GetAsync).RequirePermission(ApprovalsPermissions.View).WithName("GetApprovalForecast")
            .WithSummary("审批实例的关键路径与预计完成日期（按同部门同步骤历史用时中位数，无历史时按法定时限，工作日计）");

    private static async Task<Results<Ok<ForecastDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ApprovalsDbContext db, InstanceQueries queries, CancellationToken ct)
    {
        var instance = await queries.LoadAsync(queries.Scoped(http.GetCurrentUser()), id, ct);
        if (instance is null)
        {
            return ProblemResults.NotFound("该审批实例");
        }

        var calendar = await db.WorkingDaysAsync(ct);
        var today = ApprovalStep.LocalDate(queries.Now);
        var codes = instance.Steps.Select(s => s.Code).Distinct().ToList();
        var departments = instance.Steps.Select(s => s.DepartmentId).Distinct().ToList();
        // by department and state first: the (DepartmentId, State) index narrows the history to this instance's departments
        var history = (await db.ApprovalSteps.AsNoTracking()
                .Where(s => departments.Contains(s.DepartmentId) && s.State == ApprovalStepState.Approved && codes.Contains(s.Code)
                            && s.FirstPendingAt != null && s.DoneAt != null)
                .Select(s => new { s.Code, s.DepartmentId, s.FirstPendingAt, s.DoneAt })
                .ToListAsync(ct))
            .ToLookup(s => (s.Code, s.DepartmentId), s => calendar.Count(ApprovalStep.LocalDate(s.FirstPendingAt!.Value), ApprovalStep.LocalDate(s.DoneAt!.Value)));

        var ordered = instance.Steps.OrderBy(s => s.Order).ToList();
        var basis = ordered.ToDictionary(s => s.Code, s => history[(s.Code, s.DepartmentId)].ToList(), StringComparer.Ordinal);
        var inputs = ordered.ConvertAll(s => new ForecastStep(
            s.Code, s.Prerequisites, s.IsDone,
            basis[s.Code].Count > 0 ? ApprovalForecast.Median(basis[s.Code]) : s.TimeLimitDays,
            s.FirstPendingAt is { } first && !s.IsDone ? calendar.Count(ApprovalStep.LocalDate(first), today) : 0));
        var forecast = ApprovalForecast.Compute(inputs, calendar, today);
        var running = instance.State == ApprovalInstanceState.Running;
        var steps = ordered.Zip(inputs, forecast.Steps).Select(x => new StepForecastDto(
            x.First.Code, x.Second.ExpectedDays, x.Third.RemainingDays, basis[x.First.Code].Count > 0 ? "median" : "limit", basis[x.First.Code].Count,
            running && !x.Second.Done ? calendar.Add(today, x.Third.StartOffset) : null,
            running && !x.Second.Done ? calendar.Add(today, x.Third.EndOffset) : null,
            running && x.Third.OnCriticalPath)).ToList();
        DateOnly? forecastOn = instance.State switch
        {
            ApprovalInstanceState.Running => forecast.ForecastOn,
            ApprovalInstanceState.Completed => instance.EndedAt is { } ended ? ApprovalStep.LocalDate(ended) : null,
            _ => null,
        };
        return TypedResults.Ok(new ForecastDto(instance.Id, instance.State.ToString(), forecastOn, running ? forecast.CriticalPath : [], running ? forecast.RemainingDays : 0, steps));
    }
}
