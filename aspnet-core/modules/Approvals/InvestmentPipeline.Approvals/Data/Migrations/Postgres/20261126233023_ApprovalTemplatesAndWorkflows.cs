using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ApprovalTemplatesAndWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_Templates",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Regime = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfEvents",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EventData = table.Column<string>(type: "text", nullable: true),
                    EventTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsProcessed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExecutionErrors",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExecutionPointerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ErrorTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExecutionErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfInstances",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowDefinitionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextExecution = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: true),
                    CreateTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompleteTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfScheduledCommands",
                schema: "approvals",
                columns: table => new
                {
                    CommandName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExecuteTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfScheduledCommands", x => new { x.CommandName, x.Data });
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfSubscriptions",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StepId = table.Column<int>(type: "integer", nullable: false),
                    ExecutionPointerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubscribeAsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubscriptionData = table.Column<string>(type: "text", nullable: true),
                    ExternalToken = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExternalWorkerId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExternalTokenExpiry = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_TemplateVersions",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_TemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_TemplateVersions_Approvals_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalSchema: "approvals",
                        principalTable: "Approvals_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExecutionPointers",
                schema: "approvals",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkflowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SleepUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PersistenceData = table.Column<string>(type: "text", nullable: true),
                    StartTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EventKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EventPublished = table.Column<bool>(type: "boolean", nullable: false),
                    EventData = table.Column<string>(type: "text", nullable: true),
                    StepName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RetryCount = table.Column<int>(type: "integer", nullable: false),
                    Children = table.Column<string>(type: "text", nullable: false),
                    ContextItem = table.Column<string>(type: "text", nullable: true),
                    PredecessorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExecutionPointers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_WfExecutionPointers_Approvals_WfInstances_Workflo~",
                        column: x => x.WorkflowId,
                        principalSchema: "approvals",
                        principalTable: "Approvals_WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExtensionAttributes",
                schema: "approvals",
                columns: table => new
                {
                    ExecutionPointerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExtensionAttributes", x => new { x.ExecutionPointerId, x.Key });
                    table.ForeignKey(
                        name: "FK_Approvals_WfExtensionAttributes_Approvals_WfExecutionPointe~",
                        column: x => x.ExecutionPointerId,
                        principalSchema: "approvals",
                        principalTable: "Approvals_WfExecutionPointers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Templates_Regime",
                schema: "approvals",
                table: "Approvals_Templates",
                column: "Regime",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_TemplateVersions_TemplateId_Number",
                schema: "approvals",
                table: "Approvals_TemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfEvents_EventName_EventKey_EventTime",
                schema: "approvals",
                table: "Approvals_WfEvents",
                columns: new[] { "EventName", "EventKey", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfEvents_IsProcessed_EventTime",
                schema: "approvals",
                table: "Approvals_WfEvents",
                columns: new[] { "IsProcessed", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfExecutionErrors_WorkflowId",
                schema: "approvals",
                table: "Approvals_WfExecutionErrors",
                column: "WorkflowId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfExecutionPointers_WorkflowId_Ordinal",
                schema: "approvals",
                table: "Approvals_WfExecutionPointers",
                columns: new[] { "WorkflowId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfInstances_Status_NextExecution",
                schema: "approvals",
                table: "Approvals_WfInstances",
                columns: new[] { "Status", "NextExecution" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfScheduledCommands_ExecuteTime",
                schema: "approvals",
                table: "Approvals_WfScheduledCommands",
                column: "ExecuteTime");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfSubscriptions_EventName_EventKey_SubscribeAsOf",
                schema: "approvals",
                table: "Approvals_WfSubscriptions",
                columns: new[] { "EventName", "EventKey", "SubscribeAsOf" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_TemplateVersions",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfEvents",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfExecutionErrors",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfExtensionAttributes",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfScheduledCommands",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfSubscriptions",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_Templates",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfExecutionPointers",
                schema: "approvals");

            migrationBuilder.DropTable(
                name: "Approvals_WfInstances",
                schema: "approvals");
        }
    }
}
