using Hangfire;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Email;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.Leads.Features.Leads;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Reminders;

public sealed record LeadReminderRunDto(int NextActionsDue, int NoFollowUp, int Emails);

/// <summary>
/// Every morning: each owner is reminded of the open leads whose next action is due (once per next-action date) and of
/// those with no follow-up for the configured number of days (once per last activity), in the app and by mail.
/// </summary>
internal sealed class LeadReminderJob(LeadsDbContext db, LeadQueries queries, IUserDirectory users, IEmailSender email, TimeProvider time)
{
    public const string Id = "leads-follow-up-reminders";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<LeadReminderRunDto> RunAsync(CancellationToken ct)
    {
        var today = queries.Today;
        var staleBefore = today.AddDays(-await queries.StaleAfterDaysAsync(ct));
        var open = LeadQueries.OpenOnly(db.Leads.AsNoTracking());
        var due = await open.Where(l => l.NextActionOn <= today)
            .Where(l => !db.Reminders.Any(r => r.LeadId == l.Id && r.Kind == LeadReminderKind.NextActionDue && r.DueOn == l.NextActionOn))
            .Select(l => new Candidate(l.Id, l.CompanyName, l.OwnerUserId, l.NextActionOn!.Value, l.NextAction))
            .ToListAsync(ct);
        var stale = await open.Where(l => l.LastActivityOn <= staleBefore)
            .Where(l => !db.Reminders.Any(r => r.LeadId == l.Id && r.Kind == LeadReminderKind.NoFollowUp && r.DueOn == l.LastActivityOn))
            .Select(l => new Candidate(l.Id, l.CompanyName, l.OwnerUserId, l.LastActivityOn, null))
            .ToListAsync(ct);

        var reminders = due.Select(c => Reminder(c, LeadReminderKind.NextActionDue, $"「{c.CompanyName}」的下一步计划（{c.NextAction ?? "未填写"}）已于 {c.On:yyyy-MM-dd} 到期"))
            .Concat(stale.Select(c => Reminder(c, LeadReminderKind.NoFollowUp, $"「{c.CompanyName}」自 {c.On:yyyy-MM-dd} 起未跟进，已超过 {today.DayNumber - c.On.DayNumber} 天")))
            .ToList();
        var contacts = await users.GetByIdsAsync(reminders.Select(r => r.OwnerUserId), ct);
        var emails = 0;
        foreach (var owner in reminders.GroupBy(r => r.OwnerUserId))
        {
            if (contacts.GetValueOrDefault(owner.Key)?.Email is not { Length: > 0 } address)
            {
                continue;
            }

            var body = $"{contacts[owner.Key].DisplayName}：\n以下招商线索需要跟进：\n{string.Join("\n", owner.Select(r => "· " + r.Text))}\n请登录投资项目全流程管理系统「招商线索」处理。";
            if (await email.SendAsync(new EmailMessage([address], $"【招商线索】{owner.Count()} 条线索待跟进", body), ct))
            {
                emails++;
                foreach (var reminder in owner)
                {
                    reminder.Emailed = true;
                }
            }
        }

        db.Reminders.AddRange(reminders);
        await db.SaveChangesAsync(ct);
        return new LeadReminderRunDto(due.Count, stale.Count, emails);

        LeadReminder Reminder(Candidate c, LeadReminderKind kind, string text) => new()
        {
            Id = Guid.NewGuid(), LeadId = c.LeadId, Kind = kind, DueOn = c.On, OwnerUserId = c.OwnerUserId,
            Text = text.Length <= LeadReminder.TextMaxLength ? text : text[..LeadReminder.TextMaxLength], CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
    }

    private sealed record Candidate(Guid LeadId, string CompanyName, Guid OwnerUserId, DateOnly On, string? NextAction);
}

internal sealed class LeadReminderJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<LeadReminderJob>(LeadReminderJob.Id, job => job.RunAsync(CancellationToken.None), "0 8 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
