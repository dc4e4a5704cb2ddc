using Hangfire;

namespace InvestmentPipeline.Infrastructure.Jobs;

/// <summary>A module's recurring jobs, registered once migrations have run and Hangfire's storage is ready.</summary>
public interface IRecurringJobSetup
{
    void Register(IRecurringJobManager recurringJobs);
}
