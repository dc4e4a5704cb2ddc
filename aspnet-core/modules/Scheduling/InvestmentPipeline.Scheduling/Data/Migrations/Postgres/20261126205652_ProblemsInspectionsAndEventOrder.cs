using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ProblemsInspectionsAndEventOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EventCount",
                schema: "scheduling",
                table: "Scheduling_Warnings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                schema: "scheduling",
                table: "Scheduling_WarningEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Scheduling_Inspections",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_Problems",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProjectDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectTownId = table.Column<Guid>(type: "uuid", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssignedDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedDepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalationLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceWarningId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Problems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_InspectedProjects",
                schema: "scheduling",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_InspectedProjects", x => new { x.InspectionId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_Scheduling_InspectedProjects_Scheduling_Inspections_Inspect~",
                        column: x => x.InspectionId,
                        principalSchema: "scheduling",
                        principalTable: "Scheduling_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_RectificationItems",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    InspectionKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponsibleDepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Report = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerificationComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FailedVerifications = table.Column<int>(type: "integer", nullable: false),
                    EscalationLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_RectificationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_RectificationItems_Scheduling_Inspections_Inspec~",
                        column: x => x.InspectionId,
                        principalSchema: "scheduling",
                        principalTable: "Scheduling_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_ProblemEvents",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProblemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EscalationLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ProblemEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_ProblemEvents_Scheduling_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalSchema: "scheduling",
                        principalTable: "Scheduling_Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_RectificationEvents",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EscalationLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_RectificationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_RectificationEvents_Scheduling_RectificationItem~",
                        column: x => x.ItemId,
                        principalSchema: "scheduling",
                        principalTable: "Scheduling_RectificationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_InspectedProjects_ProjectId",
                schema: "scheduling",
                table: "Scheduling_InspectedProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Inspections_Year_Kind_Date",
                schema: "scheduling",
                table: "Scheduling_Inspections",
                columns: new[] { "Year", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProblemEvents_ProblemId",
                schema: "scheduling",
                table: "Scheduling_ProblemEvents",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_AssignedDepartmentId_Status",
                schema: "scheduling",
                table: "Scheduling_Problems",
                columns: new[] { "AssignedDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_ProjectDepartmentId",
                schema: "scheduling",
                table: "Scheduling_Problems",
                column: "ProjectDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_Status_Deadline",
                schema: "scheduling",
                table: "Scheduling_Problems",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_Year_Status_Deadline",
                schema: "scheduling",
                table: "Scheduling_Problems",
                columns: new[] { "Year", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationEvents_ItemId",
                schema: "scheduling",
                table: "Scheduling_RectificationEvents",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_InspectionId",
                schema: "scheduling",
                table: "Scheduling_RectificationItems",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_ResponsibleDepartmentId_Statu~",
                schema: "scheduling",
                table: "Scheduling_RectificationItems",
                columns: new[] { "ResponsibleDepartmentId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_Status_Deadline",
                schema: "scheduling",
                table: "Scheduling_RectificationItems",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_Year",
                schema: "scheduling",
                table: "Scheduling_RectificationItems",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_InspectedProjects",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_ProblemEvents",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_RectificationEvents",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_Problems",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_RectificationItems",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Scheduling_Inspections",
                schema: "scheduling");

            migrationBuilder.DropColumn(
                name: "EventCount",
                schema: "scheduling",
                table: "Scheduling_Warnings");

            migrationBuilder.DropColumn(
                name: "Sequence",
                schema: "scheduling",
                table: "Scheduling_WarningEvents");
        }
    }
}
