using Hangfire;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Email;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.SharedKernel.Time;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Reminders;

public sealed record ContractReminderRunDto(DateOnly Today, int Reminded, int Emails);

/// <summary>
/// Every morning: milestones due within the configured days or past without an actual date, and contracts (not 终止)
/// still without funds long after signing, remind the responsible department in the app and by mail. Each reminder
/// (contract, reason, milestone, level) is raised once, so a second run the same day — or any later day — adds nothing.
/// </summary>
internal sealed class ContractReminderJob(SignedContractsDbContext db, IUserDirectory users, IEmailSender email, TimeProvider time)
{
    public const string Id = "signed-contracts-reminders";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<ContractReminderRunDto> RunAsync(CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new ContractSettings();
        var dueBy = today.AddDays(settings.MilestoneReminderDays);
        var signedBefore = today.AddDays(-settings.NoFundsAfterDays);
        var due = await db.Contracts.AsNoTracking()
            .Where(c => c.State != FulfilmentState.Terminated)
            .SelectMany(c => c.Milestones.Where(m => m.ActualOn == null && m.PlannedOn != null && m.PlannedOn <= dueBy),
                (c, m) => new { c.Id, c.Number, c.ProjectName, c.ResponsibleDepartmentId, m.Kind, PlannedOn = m.PlannedOn!.Value })
            .ToListAsync(ct);
        var noFunds = await db.Contracts.AsNoTracking()
            .Where(c => c.State != FulfilmentState.Terminated && c.SignedOn <= signedBefore && !c.Funds.Any())
            .Select(c => new { c.Id, c.Number, c.ProjectName, c.ResponsibleDepartmentId, c.SignedOn })
            .ToListAsync(ct);

        var candidates = due.Select(d => Reminder(d.Id, d.Number, d.ProjectName, d.ResponsibleDepartmentId, ContractReminderReason.Milestone, d.Kind.ToString(),
                d.PlannedOn < today ? ContractReminderLevel.Overdue : ContractReminderLevel.DueSoon,
                d.PlannedOn < today
                    ? $"{d.ProjectName}（{d.Number}）{ContractWords.Milestone(d.Kind)}节点计划于 {d.PlannedOn:yyyy-MM-dd}，已逾期未完成"
                    : $"{d.ProjectName}（{d.Number}）{ContractWords.Milestone(d.Kind)}节点计划于 {d.PlannedOn:yyyy-MM-dd}，即将到期", today))
            .Concat(noFunds.Select(c => Reminder(c.Id, c.Number, c.ProjectName, c.ResponsibleDepartmentId, ContractReminderReason.NoFunds, ContractReminder.NoMilestone,
                ContractReminderLevel.Overdue, $"{c.ProjectName}（{c.Number}）于 {c.SignedOn:yyyy-MM-dd} 签约，超过 {settings.NoFundsAfterDays} 天仍无到位资金", today)))
            .ToList();
        var contractIds = candidates.Select(c => c.ContractId).Distinct().ToList();
        var existing = (await db.Reminders.AsNoTracking().Where(r => contractIds.Contains(r.ContractId))
            .Select(r => new { r.ContractId, r.Reason, r.Milestone, r.Level }).ToListAsync(ct))
            .Select(r => (r.ContractId, r.Reason, r.Milestone, r.Level)).ToHashSet();
        var fresh = candidates.Where(c => existing.Add((c.ContractId, c.Reason, c.Milestone, c.Level))).ToList();
        if (fresh.Count == 0)
        {
            return new ContractReminderRunDto(today, 0, 0);
        }

        var contacts = (await users.GetContactsAsync(fresh.Select(r => r.DepartmentId).Distinct(), ct)).ToLookup(c => c.DepartmentId);
        var emails = 0;
        foreach (var department in fresh.GroupBy(r => r.DepartmentId))
        {
            var addresses = contacts[department.Key].Select(c => c.Email).OfType<string>().Where(e => e.Length > 0).Distinct().ToList();
            var body = "贵单位负责跟进的签约项目有以下事项需要关注：\n" + string.Join("\n", department.Select(r => "· " + r.Text))
                + "\n请登录投资项目全流程管理系统「签约项目」及时跟进。";
            var sent = await email.SendAsync(new EmailMessage(addresses, $"【签约项目提醒】{department.Count()} 项节点或资金到位事项", body), ct);
            foreach (var reminder in department)
            {
                reminder.EmailedTo = sent ? addresses.Count : 0;
                db.Reminders.Add(reminder);
            }

            emails += sent ? addresses.Count : 0;
        }

        await db.SaveChangesAsync(ct);
        return new ContractReminderRunDto(today, fresh.Count, emails);
    }

    private ContractReminder Reminder(
        Guid contractId, string number, string projectName, Guid departmentId, ContractReminderReason reason, string milestone, ContractReminderLevel level,
        string text, DateOnly today) => new()
        {
            Id = Guid.NewGuid(), ContractId = contractId, ContractNumber = number, ProjectName = projectName, DepartmentId = departmentId, Reason = reason,
            Milestone = milestone, Level = level, Text = text.Length <= 500 ? text : text[..500], SentOn = today, CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
}

internal sealed class ContractReminderJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<ContractReminderJob>(ContractReminderJob.Id, j => j.RunAsync(CancellationToken.None), "30 8 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
