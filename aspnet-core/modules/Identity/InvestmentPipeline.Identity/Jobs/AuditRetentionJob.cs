using Hangfire;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Jobs;

/// <summary>`Audit:RetentionDays`; never below the 180 days 等保2.0 asks for (the database refuses earlier deletes too).</summary>
internal sealed class AuditRetentionOptions
{
    public const int MinimumDays = 180;

    public int RetentionDays { get; set; } = 365;
}

/// <summary>Nightly: removes audit rows older than the retention period, and nothing younger than 180 days.</summary>
internal sealed class AuditRetentionJob(AuditDbContext db, TimeProvider time, IOptions<AuditRetentionOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = Math.Max(AuditRetentionOptions.MinimumDays, options.Value.RetentionDays);
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-days);
        return await db.AuditLogs.Where(e => e.TimeUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

internal sealed class AuditRetentionJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<AuditRetentionJob>("audit-retention", j => j.RunAsync(CancellationToken.None), Cron.Daily(3), new RecurringJobOptions { TimeZone = InvestmentPipeline.SharedKernel.Time.ShanghaiClock.Zone });
}
