using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Persistence;

public static class ModelConventions
{
    /// <summary>Conventions every module context applies in ConfigureConventions.</summary>
    public static void ApplyAppConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    /// <summary>PostgreSQL gets one schema per module; SQLite has no schemas, so tables carry the module prefix only.</summary>
    public static string? SchemaFor(this DbContext context, string schema) => context.Database.IsNpgsql() ? schema : null;
}
