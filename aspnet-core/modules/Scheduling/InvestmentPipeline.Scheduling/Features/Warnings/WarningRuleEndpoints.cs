using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>The rules' thresholds (data the key-projects office edits) and the evaluations: on demand, and their history.</summary>
internal static class WarningRuleEndpoints
{
    public static void MapWarningRules(this RouteGroupBuilder warnings)
    {
        warnings.MapGet("/rules", RulesAsync).RequirePermission(SchedulingPermissions.View).WithName("GetWarningRules")
            .WithSummary("预警规则及其阈值（数据，可由重点办调整）");
        warnings.MapPut("/rules/{code}", SaveRuleAsync).RequirePermission(SchedulingPermissions.Manage).WithName("SaveWarningRule")
            .WithSummary("调整预警规则的阈值或启停（形成新版本）");
        warnings.MapPost("/evaluations", EvaluateAsync).RequirePermission(SchedulingPermissions.Manage).WithName("EvaluateWarnings")
            .WithSummary("立即按某月数据评估预警（默认上月；不能早于已评估的月份）");
        warnings.MapGet("/evaluations", EvaluationsAsync).RequirePermission(SchedulingPermissions.View).WithName("GetWarningEvaluations")
            .WithSummary("最近的预警评估记录（每晚自动与手动）");
    }

    private static async Task<Ok<List<WarningRuleDto>>> RulesAsync(SchedulingDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.WarningRules.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Code).Select(WarningQueries.ToDto).ToList());

    private static async Task<Results<Ok<WarningRuleDto>, ProblemHttpResult>> SaveRuleAsync(
        WarningRuleCode code, SaveWarningRuleRequest request, SchedulingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var rule = await db.WarningRules.FirstOrDefaultAsync(r => r.Code == code, ct);
        if (rule is null)
        {
            return ProblemResults.NotFound("该预警规则");
        }

        if (rule.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("该规则已被他人修改，请刷新后重试。");
        }

        rule.Change(request.YellowThreshold!.Value, request.RedThreshold!.Value, request.Enabled, WarningQueries.HasDataSource(code), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WarningQueries.ToDto(rule));
    }

    private static async Task<Ok<WarningEvaluationDto>> EvaluateAsync(EvaluateWarningsRequest request, HttpContext http, WarningEvaluator evaluator, CancellationToken ct)
    {
        var (year, month) = request.Month is null ? evaluator.CurrentPeriod() : (request.Year ?? evaluator.CurrentPeriod().Year, request.Month.Value);
        var user = http.GetCurrentUser();
        return TypedResults.Ok(WarningQueries.ToDto(await evaluator.RunAsync(year, month, EvaluationTrigger.OnDemand, user.DisplayName ?? user.UserName, ct)));
    }

    private static async Task<Ok<List<WarningEvaluationDto>>> EvaluationsAsync(SchedulingDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.WarningEvaluations.AsNoTracking().OrderByDescending(e => e.StartedAtUtc).Take(20).ToListAsync(ct)).Select(WarningQueries.ToDto).ToList());
}
