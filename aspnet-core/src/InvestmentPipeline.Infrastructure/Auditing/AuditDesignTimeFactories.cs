using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Infrastructure.Auditing;

internal sealed class SqliteAuditDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAuditDbContext>
{
    public SqliteAuditDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteAuditDbContext>(AuditDbContext.Module));
}

internal sealed class PostgresAuditDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAuditDbContext>
{
    public PostgresAuditDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresAuditDbContext>(AuditDbContext.Module));
}
