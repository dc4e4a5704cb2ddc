using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Infrastructure.Auditing.Migrations.Postgres
{
    /// <summary>Audit rows cannot be changed, and cannot be deleted before they are 180 days old (等保2.0).</summary>
    internal partial class ImmutableAuditLog : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit.protect_audit_logs() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'TRUNCATE') THEN
                        RAISE EXCEPTION 'audit log rows are immutable';
                    END IF;
                    IF OLD."TimeUtc" > now() - interval '180 days' THEN
                        RAISE EXCEPTION 'audit log rows younger than 180 days cannot be deleted';
                    END IF;
                    RETURN OLD;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Audit_Logs_Protect" BEFORE UPDATE OR DELETE ON audit."Audit_Logs"
                FOR EACH ROW EXECUTE FUNCTION audit.protect_audit_logs();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Audit_Logs_NoTruncate" BEFORE TRUNCATE ON audit."Audit_Logs"
                FOR EACH STATEMENT EXECUTE FUNCTION audit.protect_audit_logs();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Audit_Logs_NoTruncate" ON audit."Audit_Logs";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Audit_Logs_Protect" ON audit."Audit_Logs";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit.protect_audit_logs();");
        }
    }
}
