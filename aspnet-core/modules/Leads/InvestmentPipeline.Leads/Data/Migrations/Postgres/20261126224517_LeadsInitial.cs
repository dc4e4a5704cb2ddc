using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestmentPipeline.Leads.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class LeadsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "leads");

            migrationBuilder.CreateTable(
                name: "Leads_Industries",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Chain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Targets = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Leads",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedCompanyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProjectIntent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IntendedInvestment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceDetail = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Contacts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HighestStage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AbandonReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastActivityOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NextAction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextActionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_OutboxDeliveries",
                schema: "leads",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Leads_OutboxMessages",
                schema: "leads",
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
                    table.PrimaryKey("PK_Leads_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Reminders",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Emailed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_Settings",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaleAfterDays = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leads_FollowUps",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    People = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NextAction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextActionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_FollowUps_Leads_Leads_LeadId",
                        column: x => x.LeadId,
                        principalSchema: "leads",
                        principalTable: "Leads_Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Leads_StageChanges",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeadId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_StageChanges_Leads_Leads_LeadId",
                        column: x => x.LeadId,
                        principalSchema: "leads",
                        principalTable: "Leads_Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_FollowUps_LeadId_OccurredOn",
                schema: "leads",
                table: "Leads_FollowUps",
                columns: new[] { "LeadId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Industries_Code",
                schema: "leads",
                table: "Leads_Industries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Industries_Name",
                schema: "leads",
                table: "Leads_Industries",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_CreatedOn",
                schema: "leads",
                table: "Leads_Leads",
                column: "CreatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_CreditCode",
                schema: "leads",
                table: "Leads_Leads",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_NormalizedCompanyName",
                schema: "leads",
                table: "Leads_Leads",
                column: "NormalizedCompanyName");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_OwnerDepartmentId_Stage",
                schema: "leads",
                table: "Leads_Leads",
                columns: new[] { "OwnerDepartmentId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Leads_Stage_NextActionOn",
                schema: "leads",
                table: "Leads_Leads",
                columns: new[] { "Stage", "NextActionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OutboxMessages_ProcessedAtUtc_OccurredAtUtc",
                schema: "leads",
                table: "Leads_OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Reminders_LeadId_Kind_DueOn",
                schema: "leads",
                table: "Leads_Reminders",
                columns: new[] { "LeadId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Reminders_OwnerUserId_CreatedAtUtc",
                schema: "leads",
                table: "Leads_Reminders",
                columns: new[] { "OwnerUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_StageChanges_LeadId",
                schema: "leads",
                table: "Leads_StageChanges",
                column: "LeadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leads_FollowUps",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_Industries",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_OutboxDeliveries",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_OutboxMessages",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_Reminders",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_Settings",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_StageChanges",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "Leads_Leads",
                schema: "leads");
        }
    }
}
