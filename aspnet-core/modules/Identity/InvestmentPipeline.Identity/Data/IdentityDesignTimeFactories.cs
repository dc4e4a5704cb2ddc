using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Identity.Data;

internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityModuleDbContext>
{
    public SqliteIdentityModuleDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteIdentityModuleDbContext>(IdentityModuleDbContext.Module));
}

internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityModuleDbContext>
{
    public PostgresIdentityModuleDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresIdentityModuleDbContext>(IdentityModuleDbContext.Module));
}
