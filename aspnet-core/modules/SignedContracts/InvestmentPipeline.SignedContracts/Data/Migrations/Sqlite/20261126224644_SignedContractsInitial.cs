using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.SignedContracts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class SignedContractsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignedContracts_Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MatchKey = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SigningEvent = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContractedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ResponsibleDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LandedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_OutboxDeliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_RateDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Numerator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Denominator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_RateDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmailedTo = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NoFundsAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FileSize = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_Funds_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_History",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_History", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_History_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Milestones",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Milestones", x => new { x.ContractId, x.Kind });
                    table.ForeignKey(
                        name: "FK_SignedContracts_Milestones_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedContracts_Problems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssignedDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedDepartmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedContracts_Problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedContracts_Problems_SignedContracts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "SignedContracts_Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_LeadId",
                table: "SignedContracts_Contracts",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_MatchKey",
                table: "SignedContracts_Contracts",
                column: "MatchKey");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_Number",
                table: "SignedContracts_Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_ResponsibleDepartmentId_State",
                table: "SignedContracts_Contracts",
                columns: new[] { "ResponsibleDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Contracts_SignedYear_SigningEvent",
                table: "SignedContracts_Contracts",
                columns: new[] { "SignedYear", "SigningEvent" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Funds_ContractId",
                table: "SignedContracts_Funds",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_History_ContractId",
                table: "SignedContracts_History",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Milestones_ActualOn_PlannedOn",
                table: "SignedContracts_Milestones",
                columns: new[] { "ActualOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_OutboxMessages_ProcessedAtUtc_OccurredAtUtc",
                table: "SignedContracts_OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Problems_AssignedDepartmentId_Status",
                table: "SignedContracts_Problems",
                columns: new[] { "AssignedDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Problems_ContractId",
                table: "SignedContracts_Problems",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_RateDefinitions_Code",
                table: "SignedContracts_RateDefinitions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Reminders_ContractId_Reason_Milestone_Level",
                table: "SignedContracts_Reminders",
                columns: new[] { "ContractId", "Reason", "Milestone", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedContracts_Reminders_DepartmentId_CreatedAtUtc",
                table: "SignedContracts_Reminders",
                columns: new[] { "DepartmentId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignedContracts_Funds");

            migrationBuilder.DropTable(
                name: "SignedContracts_History");

            migrationBuilder.DropTable(
                name: "SignedContracts_Milestones");

            migrationBuilder.DropTable(
                name: "SignedContracts_OutboxDeliveries");

            migrationBuilder.DropTable(
                name: "SignedContracts_OutboxMessages");

            migrationBuilder.DropTable(
                name: "SignedContracts_Problems");

            migrationBuilder.DropTable(
                name: "SignedContracts_RateDefinitions");

            migrationBuilder.DropTable(
                name: "SignedContracts_Reminders");

            migrationBuilder.DropTable(
                name: "SignedContracts_Settings");

            migrationBuilder.DropTable(
                name: "SignedContracts_Contracts");
        }
    }
}
