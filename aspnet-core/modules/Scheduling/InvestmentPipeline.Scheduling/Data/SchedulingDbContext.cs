using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Scheduling.Data;

internal abstract class SchedulingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Scheduling";

    public DbSet<ProblemCategory> ProblemCategories => Set<ProblemCategory>();

    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();

    public DbSet<RateDefinition> RateDefinitions => Set<RateDefinition>();

    public DbSet<HistoricalInvestment> HistoricalInvestments => Set<HistoricalInvestment>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProblemCategory>(b =>
        {
            b.ToTable("Scheduling_ProblemCategories");
            b.HasKey(c => c.Id);
            b.Property(c => c.Code).HasMaxLength(32);
            b.Property(c => c.Name).HasMaxLength(32);
            b.HasIndex(c => c.Code).IsUnique();
        });
        modelBuilder.Entity<MonthlyReport>(b =>
        {
            b.ToTable("Scheduling_MonthlyReports");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Progress).HasMaxLength(MonthlyReport.TextMaxLength);
            b.Property(r => r.Problem).HasMaxLength(MonthlyReport.TextMaxLength);
            b.Property(r => r.ProblemCategoryCode).HasMaxLength(32);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(r => r.Details);
            // One report per project and month; the year's reports of a project are read together for its cumulative.
            b.HasIndex(r => new { r.ProjectId, r.Year, r.Month }).IsUnique();
            b.HasIndex(r => new { r.Year, r.Month });
        });
        modelBuilder.Entity<RateDefinition>(b =>
        {
            b.ToTable("Scheduling_RateDefinitions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Code).HasConversion<string>().HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.Numerator).HasMaxLength(200);
            b.Property(d => d.Denominator).HasMaxLength(200);
            b.Property(d => d.Scope).HasMaxLength(500);
            b.HasIndex(d => d.Code).IsUnique();
        });
        modelBuilder.Entity<HistoricalInvestment>(b =>
        {
            b.ToTable("Scheduling_HistoricalInvestments");
            b.HasKey(h => new { h.Year, h.Month });
        });
    }
}

internal sealed class SqliteSchedulingDbContext(DbContextOptions<SqliteSchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class PostgresSchedulingDbContext(DbContextOptions<PostgresSchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class SqliteSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchedulingDbContext>
{
    public SqliteSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteSchedulingDbContext>(SchedulingDbContext.ModuleName));
}

internal sealed class PostgresSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSchedulingDbContext>
{
    public PostgresSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresSchedulingDbContext>(SchedulingDbContext.ModuleName));
}
