using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Reserve.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Ranking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeasibilityApproval",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevenuePlan",
                table: "Reserve_Projects",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Reserve_RankingCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_RankingCriteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reserve_ProjectAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reserve_ProjectAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reserve_ProjectAssessments_Reserve_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Reserve_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reserve_ProjectAssessments_Reserve_RankingCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Reserve_RankingCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_ProjectAssessments_CriterionId",
                table: "Reserve_ProjectAssessments",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_ProjectAssessments_ProjectId_CriterionId",
                table: "Reserve_ProjectAssessments",
                columns: new[] { "ProjectId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reserve_RankingCriteria_Code",
                table: "Reserve_RankingCriteria",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reserve_ProjectAssessments");

            migrationBuilder.DropTable(
                name: "Reserve_RankingCriteria");

            migrationBuilder.DropColumn(
                name: "FeasibilityApproval",
                table: "Reserve_Projects");

            migrationBuilder.DropColumn(
                name: "RevenuePlan",
                table: "Reserve_Projects");
        }
    }
}
