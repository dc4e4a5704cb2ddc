using Microsoft.Extensions.Configuration;
using Npgsql;

namespace InvestmentPipeline.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Where data lives: `Database:Provider`, `ConnectionStrings:Default|Hangfire|WorkflowLocks`, `App:DataDirectory`.</summary>
public sealed class DatabaseOptions
{
    public required DatabaseProvider Provider { get; init; }

    public required string DataDirectory { get; init; }

    public required string DefaultConnection { get; init; }

    public required string HangfireConnection { get; init; }

    /// <summary>
    /// PostgreSQL only: the connections that hold WorkflowCore's advisory locks, on the Default database unless
    /// `ConnectionStrings:WorkflowLocks` says otherwise. A lock holds its connection, so these get a pool of their own
    /// (a different application name) and never starve the module DbContexts.
    /// </summary>
    public string? WorkflowLockConnection { get; init; }

    public bool IsPostgres => Provider == DatabaseProvider.PostgreSQL;

    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var dataDirectory = Path.GetFullPath(configuration["App:DataDirectory"] ?? "App_Data", contentRoot);
        var configured = configuration.GetConnectionString("Default");
        var hangfire = configuration.GetConnectionString("Hangfire");

        if (provider == DatabaseProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("Database:Provider=PostgreSQL 需要配置 ConnectionStrings:Default。");
            }

            return new DatabaseOptions
            {
                Provider = provider,
                DataDirectory = dataDirectory,
                DefaultConnection = configured,
                HangfireConnection = string.IsNullOrWhiteSpace(hangfire) ? configured : hangfire,
                WorkflowLockConnection = configuration.GetConnectionString("WorkflowLocks") is { Length: > 0 } locks
                    ? locks
                    : new NpgsqlConnectionStringBuilder(configured) { ApplicationName = "InvestmentPipeline.WorkflowLocks" }.ConnectionString,
            };
        }

        return new DatabaseOptions
        {
            Provider = provider,
            DataDirectory = dataDirectory,
            DefaultConnection = string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(dataDirectory, "app.db")}" : configured,
            HangfireConnection = string.IsNullOrWhiteSpace(hangfire) ? Path.Combine(dataDirectory, "hangfire.db") : hangfire,
        };
    }
}
