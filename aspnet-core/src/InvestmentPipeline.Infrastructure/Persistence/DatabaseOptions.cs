using Microsoft.Extensions.Configuration;

namespace InvestmentPipeline.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Where data lives: `Database:Provider`, `ConnectionStrings:Default|Hangfire`, `App:DataDirectory`.</summary>
public sealed class DatabaseOptions
{
    public required DatabaseProvider Provider { get; init; }

    public required string DataDirectory { get; init; }

    public required string DefaultConnection { get; init; }

    public required string HangfireConnection { get; init; }

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
