using Hangfire;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InvestmentPipeline.Host.Composition;

/// <summary>Set once migrations and seeding finished; /health/ready answers 200 only after that.</summary>
public sealed class StartupState
{
    public bool DatabaseReady { get; set; }
}

public static class DatabasePreparation
{
    /// <summary>Migrations of every module, then base/demo data, then the recurring jobs (Hangfire storage exists by then).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken, bool registerJobs = true)
    {
        await services.GetRequiredService<ModuleDatabases>().MigrateAsync(services, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        if (registerJobs)
        {
            var recurringJobs = services.GetRequiredService<IRecurringJobManager>();
            foreach (var setup in services.GetServices<IRecurringJobSetup>())
            {
                setup.Register(recurringJobs);
            }
        }

        services.GetRequiredService<StartupState>().DatabaseReady = true;
    }
}

internal sealed class DatabaseReadyCheck(StartupState state, AuditDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("数据库迁移尚未完成");
        }

        return await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("数据库无法连接");
    }
}
