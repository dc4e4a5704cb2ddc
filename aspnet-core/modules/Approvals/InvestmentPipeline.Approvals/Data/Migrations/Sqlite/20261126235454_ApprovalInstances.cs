using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ApprovalInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_Instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TemplateVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_RequestRecords",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Response = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_RequestRecords", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_Decisions_Approvals_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Approvals_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_Steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Prerequisites = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPendingAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PendingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotApplicableReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HandlerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandlerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_Steps_Approvals_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Approvals_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Decisions_InstanceId",
                table: "Approvals_Decisions",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Decisions_StepId",
                table: "Approvals_Decisions",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Instances_ResponsibleDepartmentId",
                table: "Approvals_Instances",
                column: "ResponsibleDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Instances_RunningProject",
                table: "Approvals_Instances",
                column: "ProjectId",
                unique: true,
                filter: "\"State\" = 'Running'");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Steps_DepartmentId_State",
                table: "Approvals_Steps",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Steps_InstanceId_Code",
                table: "Approvals_Steps",
                columns: new[] { "InstanceId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_Decisions");

            migrationBuilder.DropTable(
                name: "Approvals_RequestRecords");

            migrationBuilder.DropTable(
                name: "Approvals_Steps");

            migrationBuilder.DropTable(
                name: "Approvals_Instances");
        }
    }
}
