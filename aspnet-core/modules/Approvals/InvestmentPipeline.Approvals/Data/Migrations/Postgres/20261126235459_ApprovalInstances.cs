using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ApprovalInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_Instances",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Regime = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TemplateVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedById = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_RequestRecords",
                schema: "approvals",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_RequestRecords", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_Decisions",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_Decisions_Approvals_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalSchema: "approvals",
                        principalTable: "Approvals_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_Steps",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TimeLimitDays = table.Column<int>(type: "integer", nullable: false),
                    Prerequisites = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    FirstPendingAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PendingSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotApplicableReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_Steps_Approvals_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalSchema: "approvals",
                        principalTable: "Approvals_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Decisions_InstanceId",
                schema: "approvals",
                table: "Approvals_Decisions",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Decisions_StepId",
                schema: "approvals",
                table: "Approvals_Decisions",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Instances_ResponsibleDepartmentId",
                schema: "approvals",
                table: "Approvals_Instances",
                column: "ResponsibleDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Instances_RunningProject",
                schema: "approvals",
                table: "Approvals_Instances",
                column: "ProjectId",
                unique: true,
                filter: "\"State\" = 'Running'");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Steps_DepartmentId_State",
                schema: "approvals",
                table: "Approvals_Steps",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Steps_InstanceId_Code",
                schema: "approvals",
                table: "Approvals_Steps",
                columns: new[] { "InstanceId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_Decisions",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_RequestRecords",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_Steps",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_Instances",
                schema: "approvals");
        }
    }
}
