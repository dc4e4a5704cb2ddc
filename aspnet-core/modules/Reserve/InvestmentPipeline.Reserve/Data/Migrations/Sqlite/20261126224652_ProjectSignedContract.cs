using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProjectSignedContract : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SignedContractId",
                table: "Reserve_Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedContractNumber",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_Projects_SignedContractId",
                table: "Reserve_Projects",
                column: "SignedContractId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reserve_Projects_SignedContractId",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "SignedContractId",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "SignedContractNumber",
                table: "Reserve_Projects");
        }
    }
}
