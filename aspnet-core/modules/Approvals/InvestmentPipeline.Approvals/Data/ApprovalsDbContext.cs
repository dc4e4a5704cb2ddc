using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Approvals.Data;

internal abstract class ApprovalsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Approvals";

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CalendarDay>(b =>
        {
            b.ToTable("Approvals_CalendarDays");
            b.HasKey(d => d.Date);
            b.Property(d => d.Name).HasMaxLength(32);
        });
}

internal sealed class SqliteApprovalsDbContext(DbContextOptions<SqliteApprovalsDbContext> options) : ApprovalsDbContext(options);

internal sealed class PostgresApprovalsDbContext(DbContextOptions<PostgresApprovalsDbContext> options) : ApprovalsDbContext(options);

internal sealed class SqliteApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApprovalsDbContext>
{
    public SqliteApprovalsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteApprovalsDbContext>(ApprovalsDbContext.ModuleName));
}

internal sealed class PostgresApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApprovalsDbContext>
{
    public PostgresApprovalsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresApprovalsDbContext>(ApprovalsDbContext.ModuleName));
}
