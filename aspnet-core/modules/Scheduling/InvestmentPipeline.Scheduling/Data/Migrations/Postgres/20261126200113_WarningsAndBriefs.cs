using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class WarningsAndBriefs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scheduling_Briefs",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Briefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningEvaluations",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMilliseconds = table.Column<int>(type: "integer", nullable: false),
                    ProjectCount = table.Column<int>(type: "integer", nullable: false),
                    Raised = table.Column<int>(type: "integer", nullable: false),
                    Escalated = table.Column<int>(type: "integer", nullable: false),
                    Reduced = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    OpenRed = table.Column<int>(type: "integer", nullable: false),
                    OpenYellow = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningEvaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningRules",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    YellowThreshold = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RedThreshold = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_Warnings",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Measure = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Threshold = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Data = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    SinceYear = table.Column<int>(type: "integer", nullable: false),
                    SinceMonth = table.Column<int>(type: "integer", nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EvaluatedYear = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedMonth = table.Column<int>(type: "integer", nullable: false),
                    Exemption = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExemptionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExemptionRequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExemptionDecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExemptionComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_WarningEvents",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WarningId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Measure = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_WarningEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_WarningEvents_Scheduling_Warnings_WarningId",
                        column: x => x.WarningId,
                        principalSchema: "scheduling",
                        principalTable: "Scheduling_Warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Briefs_GeneratedAtUtc",
                schema: "scheduling",
                table: "Scheduling_Briefs",
                column: "GeneratedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvaluations_StartedAtUtc",
                schema: "scheduling",
                table: "Scheduling_WarningEvaluations",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvaluations_Year_Month",
                schema: "scheduling",
                table: "Scheduling_WarningEvaluations",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningEvents_WarningId",
                schema: "scheduling",
                table: "Scheduling_WarningEvents",
                column: "WarningId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_WarningRules_Code",
                schema: "scheduling",
                table: "Scheduling_WarningRules",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Warnings_ProjectId_Year_Rule",
                schema: "scheduling",
                table: "Scheduling_Warnings",
                columns: new[] { "ProjectId", "Year", "Rule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Warnings_Year_Status_Level",
                schema: "scheduling",
                table: "Scheduling_Warnings",
                columns: new[] { "Year", "Status", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_Briefs",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningEvaluations",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningEvents",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_WarningRules",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_Warnings",
                schema: "scheduling");
        }
    }
}
