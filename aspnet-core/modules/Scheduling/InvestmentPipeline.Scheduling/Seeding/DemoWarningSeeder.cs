using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Features.Warnings;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Seeding;

/// <summary>
/// Demo mode only: the warnings of last month's demo reports, evaluated once at seeding as the nightly job would, so
/// that the demo shows its red and yellow lists (and the dashboard its counts) from the first start.
/// </summary>
internal sealed class DemoWarningSeeder(SchedulingDbContext db, WarningEvaluator evaluator, SeedSettings seed) : IDataSeeder
{
    public int Order => 80;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (year, month) = evaluator.CurrentPeriod();
        if (!seed.Demo || await db.WarningEvaluations.AnyAsync(e => e.Year == year, cancellationToken))
        {
            return;
        }

        await evaluator.RunAsync(year, month, EvaluationTrigger.Nightly, null, cancellationToken);
    }
}
