using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reserve_Projects",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Regime = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SectorCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TownId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TotalInvestment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FundingSources = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedCompletion = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    TerminationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_Projects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_Code",
                schema: "reserve",
                table: "Reserve_Projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_NormalizedName",
                schema: "reserve",
                table: "Reserve_Projects",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_ResponsibleDepartmentId_State",
                schema: "reserve",
                table: "Reserve_Projects",
                columns: new[] { "ResponsibleDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_State_SectorCode",
                schema: "reserve",
                table: "Reserve_Projects",
                columns: new[] { "State", "SectorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_TownId",
                schema: "reserve",
                table: "Reserve_Projects",
                column: "TownId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reserve_Projects",
                schema: "reserve");
        }
    }
}
