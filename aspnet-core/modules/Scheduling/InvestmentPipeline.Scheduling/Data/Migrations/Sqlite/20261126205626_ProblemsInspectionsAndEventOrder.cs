using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProblemsInspectionsAndEventOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EventCount",
                table: "Scheduling_Warnings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Scheduling_WarningEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Scheduling_Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_Problems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProjectDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectTownId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssignedDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedDepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalationLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceWarningId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_Problems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_InspectedProjects",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_InspectedProjects", x => new { x.InspectionId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_Scheduling_InspectedProjects_Scheduling_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Scheduling_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_RectificationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectionKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleDepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RectifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerificationComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FailedVerifications = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalationLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_RectificationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_RectificationItems_Scheduling_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Scheduling_Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_ProblemEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProblemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EscalationLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_ProblemEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_ProblemEvents_Scheduling_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Scheduling_Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scheduling_RectificationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EscalationLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scheduling_RectificationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scheduling_RectificationEvents_Scheduling_RectificationItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Scheduling_RectificationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_InspectedProjects_ProjectId",
                table: "Scheduling_InspectedProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Inspections_Year_Kind_Date",
                table: "Scheduling_Inspections",
                columns: new[] { "Year", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_ProblemEvents_ProblemId",
                table: "Scheduling_ProblemEvents",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_AssignedDepartmentId_Status",
                table: "Scheduling_Problems",
                columns: new[] { "AssignedDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_ProjectDepartmentId",
                table: "Scheduling_Problems",
                column: "ProjectDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_Status_Deadline",
                table: "Scheduling_Problems",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_Problems_Year_Status_Deadline",
                table: "Scheduling_Problems",
                columns: new[] { "Year", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationEvents_ItemId",
                table: "Scheduling_RectificationEvents",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_InspectionId",
                table: "Scheduling_RectificationItems",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_ResponsibleDepartmentId_Status_Deadline",
                table: "Scheduling_RectificationItems",
                columns: new[] { "ResponsibleDepartmentId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_Status_Deadline",
                table: "Scheduling_RectificationItems",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Scheduling_RectificationItems_Year",
                table: "Scheduling_RectificationItems",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Scheduling_InspectedProjects");

            migrationBuilder.DropTable(
                name: "Scheduling_ProblemEvents");

            migrationBuilder.DropTable(
                name: "Scheduling_RectificationEvents");

            migrationBuilder.DropTable(
                name: "Scheduling_Problems");

            migrationBuilder.DropTable(
                name: "Scheduling_RectificationItems");

            migrationBuilder.DropTable(
                name: "Scheduling_Inspections");

            migrationBuilder.DropColumn(
                name: "EventCount",
                table: "Scheduling_Warnings");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Scheduling_WarningEvents");
        }
    }
}
