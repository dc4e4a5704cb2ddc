using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>Options for `dotnet ef` at design time; no database is touched when adding a migration.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string module)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable($"__EFMigrationsHistory_{module}"))
            .Options;

    public static DbContextOptions<T> Postgres<T>(string module)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", module.ToLowerInvariant()))
            .Options;
}
