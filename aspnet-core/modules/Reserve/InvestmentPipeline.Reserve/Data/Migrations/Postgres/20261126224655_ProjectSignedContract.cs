using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ProjectSignedContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SignedContractId",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedContractNumber",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_SignedContractId",
                schema: "reserve",
                table: "Reserve_Projects",
                column: "SignedContractId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_Projects_SignedContractId",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "SignedContractId",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "SignedContractNumber",
                schema: "reserve",
                table: "Reserve_Projects");
        }
    }
}
