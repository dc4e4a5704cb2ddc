using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Reminders;

public sealed record LeadReminderDto(Guid Id, Guid LeadId, LeadReminderKind Kind, DateOnly DueOn, string Text, bool Emailed, DateTime CreatedAtUtc);

public sealed record LeadSettingsDto(int StaleAfterDays, Guid ConcurrencyStamp);

public sealed record SaveLeadSettingsRequest(
    [property: Range(3, 365, ErrorMessage = "长期未跟进天数应在 3–365 之间")] int StaleAfterDays, Guid ConcurrencyStamp);

/// <summary>My follow-up reminders, and the bureau's 长期未跟进 setting.</summary>
internal static class ReminderEndpoints
{
    public static void MapLeadReminders(this RouteGroupBuilder leads)
    {
        leads.MapGet("/reminders", MineAsync).RequirePermission(LeadsPermissions.View).WithName("GetMyLeadReminders")
            .WithSummary("我的线索提醒（最近 30 天：下一步到期、长期未跟进）");
        leads.MapGet("/settings", GetSettingsAsync).RequirePermission(LeadsPermissions.View).WithName("GetLeadSettings").WithSummary("线索跟进设置");
        leads.MapPut("/settings", SaveSettingsAsync).RequirePermission(LeadsPermissions.Supervise).WithName("SaveLeadSettings")
            .WithSummary("修改长期未跟进的天数（统筹）");
    }

    private static async Task<Ok<List<LeadReminderDto>>> MineAsync(HttpContext http, LeadsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var me = http.GetCurrentUser().Id ?? Guid.Empty;
        var since = time.GetUtcNow().UtcDateTime.AddDays(-30);
        return TypedResults.Ok(await db.Reminders.AsNoTracking().Where(r => r.OwnerUserId == me && r.CreatedAtUtc >= since)
            .OrderByDescending(r => r.CreatedAtUtc).Take(100)
            .Select(r => new LeadReminderDto(r.Id, r.LeadId, r.Kind, r.DueOn, r.Text, r.Emailed, r.CreatedAtUtc)).ToListAsync(ct));
    }

    private static async Task<Ok<LeadSettingsDto>> GetSettingsAsync(LeadsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Settings.AsNoTracking().Select(s => new LeadSettingsDto(s.StaleAfterDays, s.ConcurrencyStamp)).FirstAsync(ct));

    private static async Task<Results<Ok<LeadSettingsDto>, ProblemHttpResult>> SaveSettingsAsync(
        SaveLeadSettingsRequest request, LeadsDbContext db, CancellationToken ct)
    {
        var settings = await db.Settings.FirstAsync(ct);
        if (settings.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Conflict("设置已被他人修改，请刷新后重试。");
        }

        settings.StaleAfterDays = request.StaleAfterDays;
        settings.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LeadSettingsDto(settings.StaleAfterDays, settings.ConcurrencyStamp));
    }
}
