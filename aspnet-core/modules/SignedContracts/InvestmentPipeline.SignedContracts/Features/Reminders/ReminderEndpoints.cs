using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Reminders;

public sealed record ContractSettingsDto(int MilestoneReminderDays, int NoFundsAfterDays, Guid ConcurrencyStamp);

public sealed record SaveContractSettingsRequest(
    [property: Required(ErrorMessage = "请填写节点提前提醒天数"), Range(1, 60, ErrorMessage = "节点提前提醒天数应为 1–60")] int? MilestoneReminderDays,
    [property: Required(ErrorMessage = "请填写未到位资金提醒天数"), Range(7, 720, ErrorMessage = "未到位资金提醒天数应为 7–720")] int? NoFundsAfterDays,
    Guid? ConcurrencyStamp);

public sealed record ContractReminderDto(
    Guid Id, Guid ContractId, string ContractNumber, string ProjectName, Guid DepartmentId, ContractReminderReason Reason, ContractMilestoneKind? MilestoneKind,
    ContractReminderLevel Level, string Text, DateOnly SentOn, int EmailedTo, DateTime CreatedAtUtc);

/// <summary>提醒设置 and the reminders: a department sees its own, those who manage contracts see all.</summary>
internal static class ReminderEndpoints
{
    public static void MapContractReminders(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/settings", SettingsAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractSettings")
            .WithSummary("提醒设置：节点提前提醒天数、签约后无到位资金提醒天数");
        contracts.MapPut("/settings", SaveSettingsAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("SaveSignedContractSettings")
            .WithSummary("修改提醒设置");
        contracts.MapGet("/reminders", RemindersAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractReminders")
            .WithSummary("签约项目提醒（单位只看本单位的）");
        contracts.MapPost("/reminders/run", RunAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("RunSignedContractReminders")
            .WithSummary("立即执行提醒（站内与邮件；同一事项只提醒一次）");
    }

    private static async Task<Ok<ContractSettingsDto>> SettingsAsync(SignedContractsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new ContractSettings()));

    private static async Task<Results<Ok<ContractSettingsDto>, ProblemHttpResult>> SaveSettingsAsync(
        SaveContractSettingsRequest request, SignedContractsDbContext db, CancellationToken ct)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new ContractSettings();
            db.Settings.Add(settings);
        }
        else if (request.ConcurrencyStamp is { } stamp && stamp != settings.ConcurrencyStamp)
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "提醒设置已被他人修改，请刷新后重试。", "SignedContracts.Concurrency");
        }

        settings.Change(request.MilestoneReminderDays!.Value, request.NoFundsAfterDays!.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(settings));
    }

    private static async Task<Ok<PagedResult<ContractReminderDto>>> RemindersAsync(
        int? page, int? pageSize, HttpContext http, SignedContractsDbContext db, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var department = user.DepartmentId ?? Guid.Empty;
        var reminders = db.Reminders.AsNoTracking();
        if (!user.HasPermission(SignedContractsPermissions.Manage))
        {
            reminders = reminders.Where(r => r.DepartmentId == department);
        }

        var paging = PageQuery.From(page, pageSize);
        var rows = await reminders.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.ContractNumber).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedResult<ContractReminderDto>(rows.Select(r => new ContractReminderDto(
            r.Id, r.ContractId, r.ContractNumber, r.ProjectName, r.DepartmentId, r.Reason,
            Enum.TryParse<ContractMilestoneKind>(r.Milestone, out var kind) ? kind : null, r.Level, r.Text, r.SentOn, r.EmailedTo, r.CreatedAtUtc)).ToList(),
            await reminders.CountAsync(ct)));
    }

    private static async Task<Ok<ContractReminderRunDto>> RunAsync(ContractReminderJob job, CancellationToken ct) => TypedResults.Ok(await job.RunAsync(ct));

    private static ContractSettingsDto ToDto(ContractSettings s) => new(s.MilestoneReminderDays, s.NoFundsAfterDays, s.ConcurrencyStamp);
}
