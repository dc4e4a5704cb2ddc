using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class WarningsAndBriefs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_Briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Briefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Raised = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalated = table.Column<int>(type: "INTEGER", nullable: false),
                    Reduced = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenRed = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenYellow = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningEvaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    YellowThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RedThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_Warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProjectCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Measure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Threshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SinceYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SinceMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EvaluatedYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Exemption = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExemptionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExemptionRequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExemptionDecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExemptionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarningId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Measure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_WarningEvents_Scheduling_Warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "Scheduling_Warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Briefs_GeneratedAtUtc",
                table: "Scheduling_Briefs",
                column: "GeneratedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvaluations_StartedAtUtc",
                table: "Scheduling_WarningEvaluations",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvaluations_Year_Month",
                table: "Scheduling_WarningEvaluations",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvents_WarningId",
                table: "Scheduling_WarningEvents",
                column: "WarningId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningRules_Code",
                table: "Scheduling_WarningRules",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Warnings_ProjectId_Year_Rule",
                table: "Scheduling_Warnings",
                columns: new[] { "ProjectId", "Year", "Rule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Warnings_Year_Status_Level",
                table: "Scheduling_Warnings",
                columns: new[] { "Year", "Status", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_Briefs");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningEvaluations");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningEvents");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningRules");

            migrationBuilder.DropTable(
                name: "Scheduling_Warnings");
        }
    }
}
