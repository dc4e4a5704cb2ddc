using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class AnnualPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reserve_AnnualPlans",
                schema: "reserve",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Targets = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_AnnualPlans", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Reserve_PlanEntries",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PlannedInvestment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PlannedStartMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedCompletionMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    Leader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FundingNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SerialNo = table.Column<int>(type: "integer", nullable: true),
                    Milestones = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_PlanEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reserve_PlanEntries_Reserve_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "reserve",
                        principalTable: "Reserve_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_ProjectId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_ProjectId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_Type",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "Type" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reserve_AnnualPlans",
                schema: "reserve");

            migrationBuilder.DropTable(
                name: "Reserve_PlanEntries",
                schema: "reserve");
        }
    }
}
