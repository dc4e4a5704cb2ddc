using Hangfire;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Email;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.TimeLimits;

/// <summary>A pending step of a running instance with where it stands on a day.</summary>
internal sealed record PendingStepClock(ApprovalStep Step, Guid ProjectId, StepClock Clock);

/// <summary>Pending steps of running instances against their time limits (working days; 补正 pauses left out).</summary>
internal sealed class TimeLimitQueries(ApprovalsDbContext db)
{
    public async Task<List<PendingStepClock>> PendingAsync(IReadOnlyCollection<Guid>? projectIds, DateOnly asOf, CancellationToken ct)
    {
        var query = db.ApprovalSteps.AsNoTracking().Where(s => s.State == ApprovalStepState.Pending)
            .Join(db.ApprovalInstances.Where(i => i.State == ApprovalInstanceState.Running), s => s.InstanceId, i => i.Id, (s, i) => new { Step = s, i.ProjectId });
        if (projectIds is not null)
        {
            query = query.Where(r => projectIds.Contains(r.ProjectId));
        }

        var rows = await query.ToListAsync(ct);
        var calendar = await db.WorkingDaysAsync(ct);
        return rows.Select(r => new PendingStepClock(r.Step, r.ProjectId, r.Step.Clock(calendar, asOf)!))
            .OrderBy(r => r.ProjectId).ThenBy(r => r.Step.Order).ToList();
    }
}

/// <summary>
/// Every morning at 08:40 Shanghai time: a pending step at 80 % of its time limit reminds its department (in the app
/// and by mail to its users); past the limit it is escalated to the department's heads (部门负责人; all its users when
/// none with an address is marked) and to 区重点办 (KPO). Each level is sent once per step and round: a run that finds
/// nothing new sends nothing.
/// </summary>
internal sealed class TimeLimitJob(
    ApprovalsDbContext db, TimeLimitQueries queries, IDepartmentDirectory departments, IUserDirectory users, IReserveProjectDirectory projects,
    IEmailSender email, TimeProvider time)
{
    public const string Id = "approvals-time-limits";
    public const string KeyOfficeCode = "KPO";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<TimeLimitRunDto> RunAsync(CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var due = (await queries.PendingAsync(null, today, ct)).Where(p => p.Clock.State != LimitState.Normal).ToList();
        var stepIds = due.Select(p => p.Step.Id).ToList();
        var sent = (await db.ApprovalReminders.Where(r => stepIds.Contains(r.StepId)).Select(r => new { r.StepId, r.Round, r.Level }).ToListAsync(ct))
            .Select(r => (r.StepId, r.Round, r.Level)).ToHashSet();
        // past the limit straight away (e.g. the job did not run on the 80 % day): the escalation says it all
        var toSend = due.Where(p => !sent.Contains((p.Step.Id, p.Step.Round, p.Clock.State))
            && !(p.Clock.State == LimitState.Reminded80 && sent.Contains((p.Step.Id, p.Step.Round, LimitState.Overdue)))).ToList();
        if (toSend.Count == 0)
        {
            return new TimeLimitRunDto(today, 0, 0, 0);
        }

        var allDepartments = await departments.GetAllAsync(ct);
        var names = allDepartments.ToDictionary(d => d.Id, d => d.Name);
        var keyOffice = allDepartments.FirstOrDefault(d => d.Code == KeyOfficeCode)?.Id;
        var recipients = toSend.Select(p => p.Step.DepartmentId).Append(keyOffice ?? Guid.Empty).Where(d => d != Guid.Empty).Distinct().ToList();
        var contacts = (await users.GetContactsAsync(recipients, ct)).ToLookup(c => c.DepartmentId);
        var projectNames = await projects.GetNamesAsync(toSend.Select(p => p.ProjectId).Distinct(), ct);
        var emails = 0;
        foreach (var pending in toSend)
        {
            var step = pending.Step;
            var clock = pending.Clock;
            var overdue = clock.State == LimitState.Overdue;
            var project = projectNames.GetValueOrDefault(pending.ProjectId) ?? string.Empty;
            var department = names.GetValueOrDefault(step.DepartmentId) ?? step.DepartmentCode;
            var to = overdue && keyOffice is { } office && office != step.DepartmentId ? new[] { step.DepartmentId, office } : [step.DepartmentId];
            var subject = overdue
                ? $"【审批超时】{project}「{step.Name}」已超过办理时限"
                : $"【审批时限提醒】{project}「{step.Name}」即将到期";
            var body = overdue
                ? $"{department}办理的项目「{project}」审批步骤「{step.Name}」时限为 {step.TimeLimitDays} 个工作日，应于{clock.DueOn:yyyy年M月d日}前办结，" +
                  $"截至{today:yyyy年M月d日}已用 {clock.ElapsedWorkingDays} 个工作日，已超时。现抄报部门负责人及区重点办，请督促尽快办理。"
                : $"{department}：项目「{project}」审批步骤「{step.Name}」时限为 {step.TimeLimitDays} 个工作日，截至{today:yyyy年M月d日}已用 " +
                  $"{clock.ElapsedWorkingDays} 个工作日，应于{clock.DueOn:yyyy年M月d日}前办结。请登录投资项目全流程管理系统「前期审批 → 待办」及时办理。";
            foreach (var departmentId in to)
            {
                var addresses = Addresses(contacts[departmentId], escalated: overdue && departmentId == step.DepartmentId);
                if (addresses.Count > 0 && await email.SendAsync(new EmailMessage(addresses, subject, body), ct))
                {
                    emails += addresses.Count;
                }

                db.ApprovalReminders.Add(new ApprovalReminder
                {
                    Id = Guid.NewGuid(), DepartmentId = departmentId, InstanceId = step.InstanceId, ProjectId = pending.ProjectId,
                    ProjectName = project.Length <= ApprovalReminder.ProjectNameMaxLength ? project : project[..ApprovalReminder.ProjectNameMaxLength],
                    StepId = step.Id, Round = step.Round, StepName = step.Name, StepDepartmentId = step.DepartmentId, Level = clock.State,
                    ElapsedWorkingDays = clock.ElapsedWorkingDays, TimeLimitDays = step.TimeLimitDays, DueOn = clock.DueOn ?? today, SentOn = today,
                    EmailedTo = addresses.Count, CreatedAtUtc = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        return new TimeLimitRunDto(today, toSend.Count(p => p.Clock.State == LimitState.Reminded80), toSend.Count(p => p.Clock.State == LimitState.Overdue), emails);
    }

    private static List<string> Addresses(IEnumerable<UserContact> people, bool escalated)
    {
        var reachable = people.Where(c => !string.IsNullOrEmpty(c.Email)).ToList();
        var heads = reachable.Where(c => c.IsDepartmentHead).ToList();
        return (escalated && heads.Count > 0 ? heads : reachable).Select(c => c.Email!).Distinct().ToList();
    }
}

internal sealed class TimeLimitJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<TimeLimitJob>(TimeLimitJob.Id, j => j.RunAsync(CancellationToken.None), "40 8 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
