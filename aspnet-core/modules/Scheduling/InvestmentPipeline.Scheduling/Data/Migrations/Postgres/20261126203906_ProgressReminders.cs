using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ProgressReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_ProgressReminders",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProjectCount = table.Column<int>(type: "integer", nullable: false),
                    Projects = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EmailedTo = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ProgressReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_ReportingSettings",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DueDay = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ReportingSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProgressReminders_CreatedAtUtc",
                schema: "scheduling",
                table: "Scheduling_ProgressReminders",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProgressReminders_DepartmentId_Year_Month_SentOn",
                schema: "scheduling",
                table: "Scheduling_ProgressReminders",
                columns: new[] { "DepartmentId", "Year", "Month", "SentOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_ProgressReminders",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_ReportingSettings",
                schema: "scheduling");
        }
    }
}
