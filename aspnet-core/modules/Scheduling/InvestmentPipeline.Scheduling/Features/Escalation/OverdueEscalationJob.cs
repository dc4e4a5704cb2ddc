using Hangfire;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Escalation;

/// <summary>How many problems and rectification items one run escalated (one per level newly reached).</summary>
internal sealed record EscalationRun(DateOnly Today, int Problems, int Rectifications);

/// <summary>
/// Every night at 02:00 Shanghai time: overdue problems and open rectification items are escalated to 重点办, and to
/// 区领导 when more than 15 days overdue. Each level is recorded once; a run that finds nothing new changes nothing.
/// </summary>
internal sealed class OverdueEscalationJob(SchedulingDbContext db, TimeProvider time)
{
    public const string Id = "scheduling-overdue-escalation";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<EscalationRun> RunAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var problems = await db.Problems
            .Where(p => p.Status != ProblemStatus.Resolved && p.Deadline < today && p.EscalationLevel != EscalationLevel.DistrictLeaders)
            .ToListAsync(cancellationToken);
        var items = await db.RectificationItems
            .Where(r => r.Status == RectificationStatus.Open && r.Deadline < today && r.EscalationLevel != EscalationLevel.DistrictLeaders)
            .ToListAsync(cancellationToken);
        var run = new EscalationRun(today, problems.Sum(p => p.Escalate(today, now)), items.Sum(r => r.Escalate(today, now)));
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}

internal sealed class OverdueEscalationJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<OverdueEscalationJob>(OverdueEscalationJob.Id, j => j.RunAsync(CancellationToken.None), "0 2 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
