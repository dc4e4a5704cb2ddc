using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PlanEntryYearValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ResponsibleUnit",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                newName: "ProjectUnit");

            migrationBuilder.AddColumn<Guid>(
                name: "ResponsibleDepartmentId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SectorCode",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "TotalInvestment",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<Guid>(
                name: "TownId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                type: "uuid",
                nullable: true);

            // Until now every year read the project's current values: each existing year keeps those it was read with
            // today, and its old 责任单位 text (the unit as the year listed it) becomes its 项目单位.
            migrationBuilder.Sql("""
                UPDATE reserve."Reserve_PlanEntries" AS e
                SET "SectorCode" = p."SectorCode", "TownId" = p."TownId", "ResponsibleDepartmentId" = p."ResponsibleDepartmentId",
                    "TotalInvestment" = p."TotalInvestment"
                FROM reserve."Reserve_Projects" AS p
                WHERE p."Id" = e."ProjectId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_ResponsibleDepartmentId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "ResponsibleDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_TownId",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "TownId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_PlanEntries_Year_ResponsibleDepartmentId",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropIndex(
                name: "IX_Reserve_PlanEntries_Year_TownId",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "ResponsibleDepartmentId",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "SectorCode",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "TotalInvestment",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "TownId",
                schema: "reserve",
                table: "Reserve_PlanEntries");

            migrationBuilder.RenameColumn(
                name: "ProjectUnit",
                schema: "reserve",
                table: "Reserve_PlanEntries",
                newName: "ResponsibleUnit");
        }
    }
}
