using Hangfire;
using Hangfire.PostgreSql;
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
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.IsPostgres)
            {
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.HangfireConnection),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true });
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.HangfireConnection))!);
                config.UseSQLiteStorage(database.HangfireConnection, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 4);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        return services;
    }
}
