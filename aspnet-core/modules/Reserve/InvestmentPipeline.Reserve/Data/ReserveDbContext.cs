using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Reserve.Data;

internal abstract class ReserveDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Reserve";

    public DbSet<Sector> Sectors => Set<Sector>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Sector>(b =>
        {
            b.ToTable("Reserve_Sectors");
            b.HasKey(s => s.Id);
            b.Property(s => s.Code).HasMaxLength(32);
            b.Property(s => s.Name).HasMaxLength(32);
            b.HasIndex(s => s.Code).IsUnique();
        });
}

internal sealed class SqliteReserveDbContext(DbContextOptions<SqliteReserveDbContext> options) : ReserveDbContext(options);

internal sealed class PostgresReserveDbContext(DbContextOptions<PostgresReserveDbContext> options) : ReserveDbContext(options);

internal sealed class SqliteReserveDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReserveDbContext>
{
    public SqliteReserveDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteReserveDbContext>(ReserveDbContext.ModuleName));
}

internal sealed class PostgresReserveDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReserveDbContext>
{
    public PostgresReserveDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresReserveDbContext>(ReserveDbContext.ModuleName));
}
