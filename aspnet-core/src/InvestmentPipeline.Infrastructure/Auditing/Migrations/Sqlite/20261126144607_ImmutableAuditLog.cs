using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Infrastructure.Auditing.Migrations.Sqlite
{
    /// <summary>Audit rows cannot be changed, and cannot be deleted before they are 180 days old (等保2.0).</summary>
    internal partial class ImmutableAuditLog : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Audit_Logs_NoUpdate" BEFORE UPDATE ON "Audit_Logs"
                BEGIN SELECT RAISE(ABORT, 'audit log rows are immutable'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Audit_Logs_Retention" BEFORE DELETE ON "Audit_Logs"
                WHEN OLD."TimeUtc" > datetime('now', '-180 days')
                BEGIN SELECT RAISE(ABORT, 'audit log rows younger than 180 days cannot be deleted'); END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Audit_Logs_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Audit_Logs_Retention";""");
        }
    }
}
