using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LeadsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Leads_Industries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Targets = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedCompanyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ProjectIntent = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IntendedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceDetail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerDepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HighestStage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AbandonReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastActivityOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextAction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NextActionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_OutboxDeliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Leads_OutboxMessages",
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
                    table.PrimaryKey("PK_Leads_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Emailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaleAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    People = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NextAction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NextActionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_FollowUps_Leads_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads_Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Leads_StageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_StageChanges_Leads_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads_Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_FollowUps_LeadId_OccurredOn",
                table: "Leads_FollowUps",
                columns: new[] { "LeadId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Industries_Code",
                table: "Leads_Industries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Industries_Name",
                table: "Leads_Industries",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_CreatedOn",
                table: "Leads_Leads",
                column: "CreatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_CreditCode",
                table: "Leads_Leads",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_NormalizedCompanyName",
                table: "Leads_Leads",
                column: "NormalizedCompanyName");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_OwnerDepartmentId_Stage",
                table: "Leads_Leads",
                columns: new[] { "OwnerDepartmentId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_Stage_NextActionOn",
                table: "Leads_Leads",
                columns: new[] { "Stage", "NextActionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OutboxMessages_ProcessedAtUtc_OccurredAtUtc",
                table: "Leads_OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Reminders_LeadId_Kind_DueOn",
                table: "Leads_Reminders",
                columns: new[] { "LeadId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Reminders_OwnerUserId_CreatedAtUtc",
                table: "Leads_Reminders",
                columns: new[] { "OwnerUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_StageChanges_LeadId",
                table: "Leads_StageChanges",
                column: "LeadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leads_FollowUps");

            migrationBuilder.DropTable(
                name: "Leads_Industries");

            migrationBuilder.DropTable(
                name: "Leads_OutboxDeliveries");

            migrationBuilder.DropTable(
                name: "Leads_OutboxMessages");

            migrationBuilder.DropTable(
                name: "Leads_Reminders");

            migrationBuilder.DropTable(
                name: "Leads_Settings");

            migrationBuilder.DropTable(
                name: "Leads_StageChanges");

            migrationBuilder.DropTable(
                name: "Leads_Leads");
        }
    }
}
