using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PreWorkFunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reserve_PreWorkFundYears",
                schema: "reserve",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_PreWorkFundYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Reserve_PreWorkAllocations",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AllocatedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_PreWorkAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reserve_PreWorkAllocations_Reserve_PreWorkFundYears_Year",
                        column: x => x.Year,
                        principalSchema: "reserve",
                        principalTable: "Reserve_PreWorkFundYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reserve_PreWorkAllocations_Reserve_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "reserve",
                        principalTable: "Reserve_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reserve_PreWorkSpendings",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_PreWorkSpendings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reserve_PreWorkSpendings_Reserve_PreWorkAllocations_Allocat~",
                        column: x => x.AllocationId,
                        principalSchema: "reserve",
                        principalTable: "Reserve_PreWorkAllocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PreWorkAllocations_ProjectId",
                schema: "reserve",
                table: "Reserve_PreWorkAllocations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PreWorkAllocations_Year",
                schema: "reserve",
                table: "Reserve_PreWorkAllocations",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_PreWorkSpendings_AllocationId",
                schema: "reserve",
                table: "Reserve_PreWorkSpendings",
                column: "AllocationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reserve_PreWorkSpendings",
                schema: "reserve");

            migrationBuilder.DropTable(
                name: "Reserve_PreWorkAllocations",
                schema: "reserve");

            migrationBuilder.DropTable(
                name: "Reserve_PreWorkFundYears",
                schema: "reserve");
        }
    }
}
