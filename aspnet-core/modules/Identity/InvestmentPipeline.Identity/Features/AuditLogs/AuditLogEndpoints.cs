using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.AuditLogs;

public sealed record AuditLogDto(
    long Id, DateTime Time, string? UserName, string? DepartmentName, string? IpAddress, string Action,
    string? EntityType, string? EntityId, string Outcome, string? Changes, string? Detail);

internal static class AuditLogEndpoints
{
    public static void MapAuditLogs(this RouteGroupBuilder identity)
    {
        identity.MapGet("/audit-logs", ListAsync).RequirePermission(IdentityPermissions.AuditLogsView).WithName("GetAuditLogs").WithSummary("审计日志（按用户、操作、对象、时间筛选）");
        identity.MapGet("/audit-logs/export", ExportAsync).RequirePermission(IdentityPermissions.AuditLogsView).WithName("ExportAuditLogs").WithSummary("导出审计日志（Excel）")
            .ProducesExcel();
    }

    private static async Task<Ok<PagedResult<AuditLogDto>>> ListAsync(
        string? userName, string? action, string? entityType, DateTime? from, DateTime? to, int? page, int? pageSize, AuditDbContext db, CancellationToken ct)
    {
        var query = Filter(db, userName, action, entityType, from, to);
        var paging = PageQuery.From(page, pageSize);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).Select(e => ToDto(e)).ToListAsync(ct);
        return TypedResults.Ok(new PagedResult<AuditLogDto>(items, total));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? userName, string? action, string? entityType, DateTime? from, DateTime? to, AuditDbContext db, AuditWriter audit, CancellationToken ct)
    {
        var rows = await Filter(db, userName, action, entityType, from, to).OrderByDescending(e => e.Id).Take(ExcelExport.MaxRows).ToListAsync(ct);
        var sheet = rows.Select(e => new Dictionary<string, object?>
        {
            ["时间"] = ShanghaiClock.ToLocal(e.TimeUtc).ToString("yyyy-MM-dd HH:mm:ss"),
            ["用户"] = e.UserName,
            ["部门"] = e.DepartmentName,
            ["IP"] = e.IpAddress,
            ["操作"] = e.Action,
            ["对象类型"] = e.EntityType,
            ["对象ID"] = e.EntityId,
            ["结果"] = e.Outcome,
            ["变更内容"] = e.Changes,
            ["说明"] = e.Detail,
        });
        var file = await ExcelExport.FileAsync(sheet, "审计日志", "审计日志.xlsx", ct);
        await audit.WriteAsync(AuditActions.Export, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(AuditLogEntry);
            e.Detail = $"导出 {rows.Count} 条审计日志";
        }, ct);
        return file;
    }

    private static IQueryable<AuditLogEntry> Filter(AuditDbContext db, string? userName, string? action, string? entityType, DateTime? from, DateTime? to)
    {
        var query = db.AuditLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(e => e.UserName!.Contains(userName.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType!.Contains(entityType.Trim()));
        }

        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            query = query.Where(e => e.TimeUtc >= utc);
        }

        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            query = query.Where(e => e.TimeUtc <= utc);
        }

        return query;
    }

    private static AuditLogDto ToDto(AuditLogEntry e) =>
        new(e.Id, e.TimeUtc, e.UserName, e.DepartmentName, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.Outcome, e.Changes, e.Detail);
}
