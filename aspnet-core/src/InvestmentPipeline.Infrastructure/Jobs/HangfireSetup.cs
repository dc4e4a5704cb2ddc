using Hangfire;
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
        // The storage is this host's own singleton: Hangfire's static JobStorage.Current would be shared by every
        // host in the process (several test hosts run side by side), so nothing here relies on it.
        services.AddSingleton<JobStorage>(_ => CreateStorage(database));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 4);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
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
