using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.SignedContracts.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class SignedContractsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "signedcontracts");

            migrationBuilder.CreateTable(
                name: "SignedContracts_Contracts",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MatchKey = table.Column<string>(type: "character varying(201)", maxLength: 201, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedYear = table.Column<int>(type: "integer", nullable: false),
                    SigningEvent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContractedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    LandedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_OutboxDeliveries",
                schema: "signedcontracts",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_OutboxMessages",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Type = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_RateDefinitions",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Numerator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Denominator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_RateDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Reminders",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Milestone = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmailedTo = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Settings",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    MilestoneReminderDays = table.Column<int>(type: "integer", nullable: false),
                    NoFundsAfterDays = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Funds",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FileSize = table.Column<int>(type: "integer", nullable: true),
                    StoredPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_Funds_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "signedcontracts",
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_History",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FromState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_History", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_History_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "signedcontracts",
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Milestones",
                schema: "signedcontracts",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Milestones", x => new { x.ContractId, x.Kind });
                    table.ForeignKey(
                        name: "FK_SignedContracts_Milestones_SignedContracts_Contracts_Contra~",
                        column: x => x.ContractId,
                        principalSchema: "signedcontracts",
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Problems",
                schema: "signedcontracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssignedDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedDepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_Problems_SignedContracts_Contracts_Contract~",
                        column: x => x.ContractId,
                        principalSchema: "signedcontracts",
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_LeadId",
                schema: "signedcontracts",
                table: "SignedContracts_Contracts",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_MatchKey",
                schema: "signedcontracts",
                table: "SignedContracts_Contracts",
                column: "MatchKey");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_Number",
                schema: "signedcontracts",
                table: "SignedContracts_Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_ResponsibleDepartmentId_State",
                schema: "signedcontracts",
                table: "SignedContracts_Contracts",
                columns: new[] { "ResponsibleDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_SignedYear_SigningEvent",
                schema: "signedcontracts",
                table: "SignedContracts_Contracts",
                columns: new[] { "SignedYear", "SigningEvent" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Funds_ContractId",
                schema: "signedcontracts",
                table: "SignedContracts_Funds",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_History_ContractId",
                schema: "signedcontracts",
                table: "SignedContracts_History",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Milestones_ActualOn_PlannedOn",
                schema: "signedcontracts",
                table: "SignedContracts_Milestones",
                columns: new[] { "ActualOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_OutboxMessages_ProcessedAtUtc_OccurredAtUtc",
                schema: "signedcontracts",
                table: "SignedContracts_OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Problems_AssignedDepartmentId_Status",
                schema: "signedcontracts",
                table: "SignedContracts_Problems",
                columns: new[] { "AssignedDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Problems_ContractId",
                schema: "signedcontracts",
                table: "SignedContracts_Problems",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_RateDefinitions_Code",
                schema: "signedcontracts",
                table: "SignedContracts_RateDefinitions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Reminders_ContractId_Reason_Milestone_Level",
                schema: "signedcontracts",
                table: "SignedContracts_Reminders",
                columns: new[] { "ContractId", "Reason", "Milestone", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Reminders_DepartmentId_CreatedAtUtc",
                schema: "signedcontracts",
                table: "SignedContracts_Reminders",
                columns: new[] { "DepartmentId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignedContracts_Funds",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_History",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_Milestones",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_OutboxDeliveries",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_OutboxMessages",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_Problems",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_RateDefinitions",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_Reminders",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_Settings",
                schema: "signedcontracts");

            migrationBuilder.DropTable(
                name: "SignedContracts_Contracts",
                schema: "signedcontracts");
        }
    }
}
