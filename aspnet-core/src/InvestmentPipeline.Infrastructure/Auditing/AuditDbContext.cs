using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>Owns the audit table: its migrations also install the database triggers that keep rows immutable.</summary>
public abstract class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Audit";

    public DbSet<AuditLogEntry> AuditLogs => Set<AuditLogEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyAppConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapAuditLog(this, ownsTable: true);
}

internal sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options);

internal sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options) : AuditDbContext(options);
