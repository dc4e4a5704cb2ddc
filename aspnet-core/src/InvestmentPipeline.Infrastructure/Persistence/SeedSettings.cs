using Microsoft.Extensions.Configuration;

namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>`Seed:Demo`: demo users and demo data; on by default in the embedded (SQLite) mode only.</summary>
public sealed class SeedSettings(IConfiguration configuration, DatabaseOptions database)
{
    public bool Demo { get; } = configuration.GetValue<bool?>("Seed:Demo") ?? !database.IsPostgres;
}
