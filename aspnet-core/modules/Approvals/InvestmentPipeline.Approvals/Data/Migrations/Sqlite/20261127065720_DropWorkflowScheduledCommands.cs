using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DropWorkflowScheduledCommands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_WfScheduledCommands");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_WfScheduledCommands",
                columns: table => new
                {
                    CommandName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExecuteTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfScheduledCommands", x => new { x.CommandName, x.Data });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfScheduledCommands_ExecuteTime",
                table: "Approvals_WfScheduledCommands",
                column: "ExecuteTime");
        }
    }
}
