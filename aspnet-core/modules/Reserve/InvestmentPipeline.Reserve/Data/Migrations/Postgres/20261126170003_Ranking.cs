using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Ranking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeasibilityApproval",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevenuePlan",
                schema: "reserve",
                table: "Reserve_Projects",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Reserve_RankingCriteria",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_RankingCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reserve_ProjectAssessments",
                schema: "reserve",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_ProjectAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reserve_ProjectAssessments_Reserve_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "reserve",
                        principalTable: "Reserve_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reserve_ProjectAssessments_Reserve_RankingCriteria_Criterio~",
                        column: x => x.CriterionId,
                        principalSchema: "reserve",
                        principalTable: "Reserve_RankingCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_ProjectAssessments_CriterionId",
                schema: "reserve",
                table: "Reserve_ProjectAssessments",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_ProjectAssessments_ProjectId_CriterionId",
                schema: "reserve",
                table: "Reserve_ProjectAssessments",
                columns: new[] { "ProjectId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_RankingCriteria_Code",
                schema: "reserve",
                table: "Reserve_RankingCriteria",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reserve_ProjectAssessments",
                schema: "reserve");

            migrationBuilder.DropTable(
                name: "Reserve_RankingCriteria",
                schema: "reserve");

            migrationBuilder.DropColumn(
                name: "FeasibilityApproval",
                schema: "reserve",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "RevenuePlan",
                schema: "reserve",
                table: "Reserve_Projects");
        }
    }
}
