using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Infrastructure.Jobs;

public static class HangfireSetup
{
    /// <summary>Hangfire on SQLite (embedded) or PostgreSQL; queues polled every second so that enqueued work starts promptly.</summary>
    public static IServiceCollection AddAppHangfire(this IServiceCollection services, DatabaseOptions database, IConfiguration configuration)
    {
        // Storage and job activator are this host's own singletons: Hangfire's static JobStorage.Current and
        // JobActivator.Current are shared by every host in the process (test hosts run side by side, and a job
        // activated through a disposed host's container fails), so nothing here relies on them.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 4);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            o.Activator = sp.GetRequiredService<JobActivator>();
        });
        return services;
    }

    private static JobStorage CreateStorage(DatabaseOptions database)
    {
        if (database.IsPostgres)
        {
            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.HangfireConnection, options), options);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.HangfireConnection))!);
        return new SQLiteStorage(database.HangfireConnection, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
    }
}
