using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ApprovalStepTimeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ElapsedWorkingDaysBefore",
                table: "Approvals_Steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Approvals_Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StepDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ElapsedWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmailedTo = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Reminders_DepartmentId_CreatedAtUtc",
                table: "Approvals_Reminders",
                columns: new[] { "DepartmentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Reminders_StepId_Round_Level_DepartmentId",
                table: "Approvals_Reminders",
                columns: new[] { "StepId", "Round", "Level", "DepartmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_Reminders");

            migrationBuilder.DropColumn(
                name: "ElapsedWorkingDaysBefore",
                table: "Approvals_Steps");
        }
    }
}
