using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_HistoricalInvestments",
                schema: "scheduling",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    CumulativeInvestment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_HistoricalInvestments", x => new { x.Year, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_RateDefinitions",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Numerator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Denominator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_RateDefinitions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RateDefinitions_Code",
                schema: "scheduling",
                table: "Scheduling_RateDefinitions",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_HistoricalInvestments",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_RateDefinitions",
                schema: "scheduling");
        }
    }
}
