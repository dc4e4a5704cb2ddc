using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class MonthlyProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_MonthlyReports",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    InvestmentThisMonth = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ActualStartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Progress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InStatistics = table.Column<bool>(type: "boolean", nullable: true),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProblemCategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_MonthlyReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_MonthlyReports_ProjectId_Year_Month",
                schema: "scheduling",
                table: "Scheduling_MonthlyReports",
                columns: new[] { "ProjectId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_MonthlyReports_Year_Month",
                schema: "scheduling",
                table: "Scheduling_MonthlyReports",
                columns: new[] { "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_MonthlyReports",
                schema: "scheduling");
        }
    }
}
