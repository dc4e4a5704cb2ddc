using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProgressReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_ProgressReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProjectCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Projects = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EmailedTo = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ProgressReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_ReportingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ReportingSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProgressReminders_CreatedAtUtc",
                table: "Scheduling_ProgressReminders",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProgressReminders_DepartmentId_Year_Month_SentOn",
                table: "Scheduling_ProgressReminders",
                columns: new[] { "DepartmentId", "Year", "Month", "SentOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_ProgressReminders");

            migrationBuilder.DropTable(
                name: "Scheduling_ReportingSettings");
        }
    }
}
