using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ApprovalStepTimeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ElapsedWorkingDaysBefore",
                schema: "approvals",
                table: "Approvals_Steps",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Approvals_Reminders",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    StepName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StepDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ElapsedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmailedTo = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Reminders_DepartmentId_CreatedAtUtc",
                schema: "approvals",
                table: "Approvals_Reminders",
                columns: new[] { "DepartmentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Reminders_StepId_Round_Level_DepartmentId",
                schema: "approvals",
                table: "Approvals_Reminders",
                columns: new[] { "StepId", "Round", "Level", "DepartmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_Reminders",
                schema: "approvals");

            migrationBuilder.DropColumn(
                name: "ElapsedWorkingDaysBefore",
                schema: "approvals",
                table: "Approvals_Steps");
        }
    }
}
