using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class DropWorkflowScheduledCommands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_WfScheduledCommands",
                schema: "approvals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_WfScheduledCommands",
                schema: "approvals",
                columns: table => new
                {
                    CommandName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExecuteTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfScheduledCommands", x => new { x.CommandName, x.Data });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfScheduledCommands_ExecuteTime",
                schema: "approvals",
                table: "Approvals_WfScheduledCommands",
                column: "ExecuteTime");
        }
    }
}
