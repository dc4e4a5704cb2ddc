using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>红/黄预警: the lists, one warning with its history, and the exemption a unit asks for and 重点办 decides.</summary>
internal static class WarningEndpoints
{
    public static void MapWarnings(this RouteGroupBuilder scheduling)
    {
        var warnings = scheduling.MapGroup("/warnings");
        warnings.MapGet("/", ListAsync).RequirePermission(SchedulingPermissions.View).WithName("GetWarnings")
            .WithSummary("预警清单（默认为预警中；可按级别、规则、状态、豁免状态筛选，红色在前）");
        warnings.MapGet("/summary", SummaryAsync).RequirePermission(SchedulingPermissions.View).WithName("GetWarningSummary")
            .WithSummary("预警汇总：红色、黄色、已豁免、待审核豁免数，按规则分列，及最近一次评估");
        warnings.MapGet("/export", ExportAsync).RequirePermission(SchedulingPermissions.View).WithName("ExportWarnings").ProducesExcel()
            .WithSummary("导出预警清单（xlsx）");
        warnings.MapGet("/{id:guid}", GetAsync).RequirePermission(SchedulingPermissions.View).WithName("GetWarning")
            .WithSummary("一条预警及其历史（产生、升级、降级、解除、豁免）");
        warnings.MapPost("/{id:guid}/exemption", RequestExemptionAsync).RequirePermission(SchedulingPermissions.Report).WithName("RequestWarningExemption")
            .WithSummary("项目单位以正当理由申请豁免");
        warnings.MapPost("/{id:guid}/exemption/decision", DecideExemptionAsync).RequirePermission(SchedulingPermissions.Manage).WithName("DecideWarningExemption")
            .WithSummary("重点办审核豁免申请（同意后预警转为已豁免）");
        warnings.MapWarningRules();
    }

    private static async Task<Ok<PagedResult<WarningDto>>> ListAsync(
        int? year, WarningLevel? level, WarningRuleCode? rule, WarningStatus? status, ExemptionStatus? exemption, string? search, int? page, int? pageSize,
        HttpContext http, WarningQueries queries, WarningEvaluator evaluator, CancellationToken ct)
    {
        var filter = new WarningFilter(year ?? evaluator.CurrentPeriod().Year, level, rule, status, exemption, search);
        return TypedResults.Ok(await queries.PageAsync(WarningQueries.Filter(queries.Scoped(http.GetCurrentUser()), filter), PageQuery.From(page, pageSize), ct));
    }

    private static async Task<Ok<WarningSummaryDto>> SummaryAsync(int? year, HttpContext http, WarningQueries queries, WarningEvaluator evaluator, CancellationToken ct)
    {
        var chosen = year ?? evaluator.CurrentPeriod().Year;
        var counts = await queries.Scoped(http.GetCurrentUser()).Where(w => w.Year == chosen)
            .GroupBy(w => new { w.Rule, w.Level, w.Status, w.Exemption })
            .Select(g => new { g.Key.Rule, g.Key.Level, g.Key.Status, g.Key.Exemption, Count = g.Count() })
            .ToListAsync(ct);
        var open = counts.Where(c => c.Status == WarningStatus.Open).ToList();
        var rules = await queries.RulesAsync(ct);
        var latest = await evaluator.LatestAsync(chosen, ct);
        return TypedResults.Ok(new WarningSummaryDto(
            chosen,
            open.Where(c => c.Level == WarningLevel.Red).Sum(c => c.Count),
            open.Where(c => c.Level == WarningLevel.Yellow).Sum(c => c.Count),
            counts.Where(c => c.Status == WarningStatus.Exempted).Sum(c => c.Count),
            open.Where(c => c.Exemption == ExemptionStatus.Requested).Sum(c => c.Count),
            rules.Values.OrderBy(r => r.Code).Select(r => new WarningRuleCountDto(
                r.Code, r.Name,
                open.Where(c => c.Rule == r.Code && c.Level == WarningLevel.Red).Sum(c => c.Count),
                open.Where(c => c.Rule == r.Code && c.Level == WarningLevel.Yellow).Sum(c => c.Count))).ToList(),
            latest is null ? null : WarningQueries.ToDto(latest)));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        int? year, WarningLevel? level, WarningRuleCode? rule, WarningStatus? status, ExemptionStatus? exemption, string? search,
        HttpContext http, WarningQueries queries, WarningEvaluator evaluator, CancellationToken ct)
    {
        var filter = new WarningFilter(year ?? evaluator.CurrentPeriod().Year, level, rule, status, exemption, search);
        var warnings = (await queries.PageAsync(WarningQueries.Filter(queries.Scoped(http.GetCurrentUser()), filter), new PageQuery(1, ExcelExport.MaxRows), ct)).Items;
        var rows = warnings.Select((w, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["预警级别"] = w.Level == WarningLevel.Red ? "红色" : "黄色",
            ["项目名称"] = w.ProjectName,
            ["项目代码"] = w.ProjectCode,
            ["责任单位"] = w.ResponsibleUnit,
            ["预警规则"] = w.RuleName,
            ["阈值"] = w.Thresholds,
            ["实测值"] = $"{w.Measure:0.#} {w.Unit}",
            ["数据说明"] = w.Data,
            ["预警起始月份"] = $"{w.Year}年{w.SinceMonth}月",
            ["状态"] = WarningTexts.Status(w.Status),
            ["豁免"] = WarningTexts.Exemption(w.Exemption),
            ["豁免理由"] = w.ExemptionReason,
        });
        return await ExcelExport.FileAsync(rows, "预警清单", $"预警清单-{filter.Year}.xlsx", ct);
    }

    private static async Task<Results<Ok<WarningDetailDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, WarningQueries queries, CancellationToken ct)
    {
        var warning = await queries.Scoped(http.GetCurrentUser()).Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (warning is null)
        {
            return ProblemResults.NotFound("该预警");
        }

        var rules = await queries.RulesAsync(ct);
        return TypedResults.Ok(new WarningDetailDto(
            WarningQueries.ToDto(warning, rules[warning.Rule]),
            warning.Events.OrderBy(e => e.Sequence).Select(e => new WarningEventDto(e.Kind, e.Level, e.Measure, e.Text, e.Year, e.Month, e.AtUtc, e.By)).ToList()));
    }

    private static async Task<Results<Ok<WarningDto>, ProblemHttpResult>> RequestExemptionAsync(
        Guid id, RequestExemptionRequest request, HttpContext http, SchedulingDbContext db, WarningQueries queries, TimeProvider time, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, db, queries,
            (w, user) => w.RequestExemption(request.Reason!.Trim(), user, time.GetUtcNow().UtcDateTime), ct);

    private static async Task<Results<Ok<WarningDto>, ProblemHttpResult>> DecideExemptionAsync(
        Guid id, DecideExemptionRequest request, HttpContext http, SchedulingDbContext db, WarningQueries queries, TimeProvider time, CancellationToken ct) =>
        await ChangeAsync(id, request.ConcurrencyStamp, http, db, queries,
            (w, user) => w.DecideExemption(request.Grant!.Value, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), user, time.GetUtcNow().UtcDateTime), ct);

    private static async Task<Results<Ok<WarningDto>, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid stamp, HttpContext http, SchedulingDbContext db, WarningQueries queries, Action<Domain.Warnings.Warning, string> change, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var warning = await queries.Scoped(user, tracked: true).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (warning is null)
        {
            return ProblemResults.NotFound("该预警");
        }

        if (warning.ConcurrencyStamp != stamp)
        {
            return ProblemResults.Conflict("该预警已有变化（重新评估或他人已处理），请刷新后重试。");
        }

        change(warning, user.DisplayName ?? user.UserName ?? "");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(WarningQueries.ToDto(warning, (await queries.RulesAsync(ct))[warning.Rule]));
    }
}
