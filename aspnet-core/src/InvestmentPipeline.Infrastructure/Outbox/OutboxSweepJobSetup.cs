using Hangfire;
using InvestmentPipeline.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Outbox;

/// <summary>Every minute, dispatch what an immediate enqueue missed (a crash between commit and enqueue, a failed handler).</summary>
internal sealed class OutboxSweepJobSetup<TContext>(string module) : IRecurringJobSetup
    where TContext : DbContext
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<OutboxDispatcher<TContext>>($"outbox-{module.ToLowerInvariant()}", d => d.DispatchAsync(CancellationToken.None), Cron.Minutely());
}
