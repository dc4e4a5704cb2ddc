using Hangfire;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.SharedKernel.Time;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>Every night at 01:30 Shanghai time: the rules over the last month whose reports are due.</summary>
internal sealed class WarningNightlyJob(WarningEvaluator evaluator)
{
    public const string Id = "scheduling-warnings";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) => evaluator.RunNightlyAsync(cancellationToken);
}

internal sealed class WarningNightlyJobSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<WarningNightlyJob>(WarningNightlyJob.Id, j => j.RunAsync(CancellationToken.None), "30 1 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
