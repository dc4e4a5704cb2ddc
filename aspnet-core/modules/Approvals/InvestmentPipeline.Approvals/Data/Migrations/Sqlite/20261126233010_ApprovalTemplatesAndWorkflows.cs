using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Approvals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ApprovalTemplatesAndWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Approvals_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CurrentVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EventData = table.Column<string>(type: "TEXT", nullable: true),
                    EventTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsProcessed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExecutionErrors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExecutionPointerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ErrorTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExecutionErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfInstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowDefinitionId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NextExecution = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: true),
                    CreateTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompleteTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfScheduledCommands",
                columns: table => new
                {
                    CommandName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExecuteTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfScheduledCommands", x => new { x.CommandName, x.Data });
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StepId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutionPointerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubscribeAsOf = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubscriptionData = table.Column<string>(type: "TEXT", nullable: true),
                    ExternalToken = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExternalWorkerId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExternalTokenExpiry = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_TemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_TemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_TemplateVersions_Approvals_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Approvals_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExecutionPointers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    StepId = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SleepUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PersistenceData = table.Column<string>(type: "TEXT", nullable: true),
                    StartTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EventPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    EventData = table.Column<string>(type: "TEXT", nullable: true),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Children = table.Column<string>(type: "TEXT", nullable: false),
                    ContextItem = table.Column<string>(type: "TEXT", nullable: true),
                    PredecessorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExecutionPointers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Approvals_WfExecutionPointers_Approvals_WfInstances_WorkflowId",
                        column: x => x.WorkflowId,
                        principalTable: "Approvals_WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Approvals_WfExtensionAttributes",
                columns: table => new
                {
                    ExecutionPointerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Approvals_WfExtensionAttributes", x => new { x.ExecutionPointerId, x.Key });
                    table.ForeignKey(
                        name: "FK_Approvals_WfExtensionAttributes_Approvals_WfExecutionPointers_ExecutionPointerId",
                        column: x => x.ExecutionPointerId,
                        principalTable: "Approvals_WfExecutionPointers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_Templates_Regime",
                table: "Approvals_Templates",
                column: "Regime",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_TemplateVersions_TemplateId_Number",
                table: "Approvals_TemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfEvents_EventName_EventKey_EventTime",
                table: "Approvals_WfEvents",
                columns: new[] { "EventName", "EventKey", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfEvents_IsProcessed_EventTime",
                table: "Approvals_WfEvents",
                columns: new[] { "IsProcessed", "EventTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfExecutionErrors_WorkflowId",
                table: "Approvals_WfExecutionErrors",
                column: "WorkflowId");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfExecutionPointers_WorkflowId_Ordinal",
                table: "Approvals_WfExecutionPointers",
                columns: new[] { "WorkflowId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfInstances_Status_NextExecution",
                table: "Approvals_WfInstances",
                columns: new[] { "Status", "NextExecution" });

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfScheduledCommands_ExecuteTime",
                table: "Approvals_WfScheduledCommands",
                column: "ExecuteTime");

            migrationBuilder.CreateIndex(
                name: "IX_Approvals_WfSubscriptions_EventName_EventKey_SubscribeAsOf",
                table: "Approvals_WfSubscriptions",
                columns: new[] { "EventName", "EventKey", "SubscribeAsOf" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Approvals_TemplateVersions");

            migrationBuilder.DropTable(
                name: "Approvals_WfEvents");

            migrationBuilder.DropTable(
                name: "Approvals_WfExecutionErrors");

            migrationBuilder.DropTable(
                name: "Approvals_WfExtensionAttributes");

            migrationBuilder.DropTable(
                name: "Approvals_WfScheduledCommands");

            migrationBuilder.DropTable(
                name: "Approvals_WfSubscriptions");

            migrationBuilder.DropTable(
                name: "Approvals_Templates");

            migrationBuilder.DropTable(
                name: "Approvals_WfExecutionPointers");

            migrationBuilder.DropTable(
                name: "Approvals_WfInstances");
        }
    }
}
