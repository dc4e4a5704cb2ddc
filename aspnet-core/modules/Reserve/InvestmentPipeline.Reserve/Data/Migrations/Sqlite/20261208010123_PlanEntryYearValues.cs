using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PlanEntryYearValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ResponsibleUnit",
                table: "Reserve_PlanEntries",
                newName: "ProjectUnit");

            migrationBuilder.AddColumn<Guid>(
                name: "ResponsibleDepartmentId",
                table: "Reserve_PlanEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SectorCode",
                table: "Reserve_PlanEntries",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "TotalInvestment",
                table: "Reserve_PlanEntries",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<Guid>(
                name: "TownId",
                table: "Reserve_PlanEntries",
                type: "TEXT",
                nullable: true);

            // Until now every year read the project's current values: each existing year keeps those it was read with
            // today, and its old 责任单位 text (the unit as the year listed it) becomes its 项目单位.
            migrationBuilder.Sql("""
                UPDATE "Reserve_PlanEntries" AS e
                SET "SectorCode" = p."SectorCode", "TownId" = p."TownId", "ResponsibleDepartmentId" = p."ResponsibleDepartmentId",
                    "TotalInvestment" = p."TotalInvestment"
                FROM "Reserve_Projects" AS p
                WHERE p."Id" = e."ProjectId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_ResponsibleDepartmentId",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "ResponsibleDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PlanEntries_Year_TownId",
                table: "Reserve_PlanEntries",
                columns: new[] { "Year", "TownId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_PlanEntries_Year_ResponsibleDepartmentId",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropIndex(
                name: "IX_Reserve_PlanEntries_Year_TownId",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "ResponsibleDepartmentId",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "SectorCode",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "TotalInvestment",
                table: "Reserve_PlanEntries");

            migrationBuilder.DropColumn(
                name: "TownId",
                table: "Reserve_PlanEntries");

            migrationBuilder.RenameColumn(
                name: "ProjectUnit",
                table: "Reserve_PlanEntries",
                newName: "ResponsibleUnit");
        }
    }
}
