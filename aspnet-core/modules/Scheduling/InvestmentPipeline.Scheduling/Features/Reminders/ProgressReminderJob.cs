using Hangfire;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Email;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Reminders;

/// <summary>
/// 催报, every morning: once last month's progress is past its due day, each department with unreported plan projects
/// gets an in-app reminder listing them and a mail to its users who have an address. At most one per department a day.
/// </summary>
internal sealed class ProgressReminderJob(
    SchedulingDbContext db, LateUnitQueries lateUnits, IUserDirectory users, IEmailSender email, TimeProvider time)
{
    public const string Id = "scheduling-progress-reminders";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<ReminderRunDto> RunAsync(CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var period = today.AddMonths(-1);
        var late = await lateUnits.ForMonthAsync(period.Year, period.Month, null, ct);
        if (!late.Overdue || late.Units.Count == 0)
        {
            return new ReminderRunDto(late.Year, late.Month, late.DueDate, late.Overdue, 0, 0);
        }

        var remindedToday = (await db.ProgressReminders.Where(r => r.Year == late.Year && r.Month == late.Month && r.SentOn == today)
            .Select(r => r.DepartmentId).ToListAsync(ct)).ToHashSet();
        var toRemind = late.Units.Where(u => !remindedToday.Contains(u.DepartmentId)).ToList();
        var contacts = (await users.GetContactsAsync(toRemind.Select(u => u.DepartmentId), ct)).ToLookup(c => c.DepartmentId);
        var emails = 0;
        foreach (var unit in toRemind)
        {
            var projects = string.Join("、", unit.Projects.Select(p => p.Name));
            var addresses = contacts[unit.DepartmentId].Select(c => c.Email).OfType<string>().Where(e => e.Length > 0).ToList();
            var subject = $"【催报】{late.Year}年{late.Month}月项目月度进展逾期未报";
            var body = $"{unit.DepartmentName}：\n{late.Year}年{late.Month}月月度进展应于{late.DueDate:yyyy年M月d日}前报送，截至{today:yyyy年M月d日}，" +
                $"贵单位尚有 {unit.UnreportedCount} 个项目未报送：{projects}。\n请登录投资项目全流程管理系统「项目调度 → 月度进展」尽快填报。";
            if (await email.SendAsync(new EmailMessage(addresses, subject, body), ct))
            {
                emails += addresses.Count;
            }

            db.ProgressReminders.Add(new ProgressReminder
            {
                Id = Guid.NewGuid(), DepartmentId = unit.DepartmentId, DepartmentName = unit.DepartmentName, Year = late.Year, Month = late.Month,
                DueDate = late.DueDate, SentOn = today, ProjectCount = unit.UnreportedCount,
                Projects = projects.Length <= ProgressReminder.ProjectsMaxLength ? projects : projects[..(ProgressReminder.ProjectsMaxLength - 1)] + "…",
                EmailedTo = addresses.Count, CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(ct);
        return new ReminderRunDto(late.Year, late.Month, late.DueDate, late.Overdue, toRemind.Count, emails);
    }
}

internal sealed class ProgressReminderJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<ProgressReminderJob>(ProgressReminderJob.Id, j => j.RunAsync(CancellationToken.None), "0 9 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
