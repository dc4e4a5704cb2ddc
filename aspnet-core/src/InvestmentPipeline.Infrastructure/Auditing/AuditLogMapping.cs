using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Auditing;

public static class AuditLogMapping
{
    public const string Table = "Audit_Logs";
    public const string Schema = "audit";

    /// <summary>
    /// Every module context maps the audit table so that a change and its audit rows commit in one transaction;
    /// only <see cref="AuditDbContext"/> owns it in migrations.
    /// </summary>
    public static void MapAuditLog(this ModelBuilder modelBuilder, DbContext context, bool ownsTable = false)
    {
        var schema = context.Database.IsNpgsql() ? Schema : null;
        modelBuilder.Entity<AuditLogEntry>(b =>
        {
            b.ToTable(Table, schema, t =>
            {
                if (!ownsTable)
                {
                    t.ExcludeFromMigrations();
                }
            });
            b.HasKey(e => e.Id);
            b.Property(e => e.UserName).HasMaxLength(64);
            b.Property(e => e.DepartmentName).HasMaxLength(128);
            b.Property(e => e.IpAddress).HasMaxLength(64);
            b.Property(e => e.Action).HasMaxLength(32);
            b.Property(e => e.EntityType).HasMaxLength(128);
            b.Property(e => e.EntityId).HasMaxLength(128);
            b.Property(e => e.Outcome).HasMaxLength(16);
            b.Property(e => e.Detail).HasMaxLength(2000);
            b.HasIndex(e => e.TimeUtc);
            b.HasIndex(e => new { e.UserName, e.TimeUtc });
            b.HasIndex(e => new { e.EntityType, e.EntityId });
        });
    }
}
